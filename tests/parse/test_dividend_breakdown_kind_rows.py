"""Dividend grids whose forecast row is split by breakdown rows naming their kind ('(Breakdown) Ordinary
dividend  18.00 yen  36.00 yen', then 'Special dividend  8.00 yen  8.00 yen'), like the 'of which'
rows: the parts of the row above them, same columns aligned right, never a dividend of their own
(etl/parse/dividends.py reads them; etl/parse/tables.py starts a row at them, else their values
shift onto the label above)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, parsed_release

_NAME = "dividend-revision-grid-breakdown-kind-rows.txt"


def _dividends(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


def _expected(fy: str, prior: str) -> set[tuple[str, str, str, float]]:
    return {
        (prior, "interim", "actual", 15.0),
        (prior, "year_end", "actual", 17.0),
        (prior, "annual", "actual", 32.0),
        (fy, "interim", "actual", 18.0),
        (fy, "interim", "previous_forecast", 18.0),
        (fy, "year_end", "previous_forecast", 18.0),
        (fy, "annual", "previous_forecast", 36.0),
        (fy, "year_end", "forecast", 26.0),
        (fy, "annual", "forecast", 44.0),
    }


def _parts(entry: dict) -> dict[str, float]:
    return {p["kind"]: p["per_share"] for p in entry["components"] or []}


def test_breakdown_rows_are_parts_of_the_revised_forecast() -> None:
    result = parsed_release(_NAME)
    assert _dividends(result) == _expected("2025-12-31", "2024-12-31")
    assert _parts(dividend(result, "2025-12-31", "year_end", "forecast")) == {"ordinary": 18.0, "special": 8.0}
    assert _parts(dividend(result, "2025-12-31", "annual", "forecast")) == {"ordinary": 36.0, "special": 8.0}
    assert dividend(result, "2025-12-31", "annual", "forecast")["announced_on"] == "2025-08-06"
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("ordinary", "special", "kind"),
    [
        ("(Breakdown) Ordinary dividend", "Special dividend", "special"),
        ("( Breakdown ) Regular dividends", "Commemorative dividends", "commemorative"),
        ("Breakdown: Ordinary dividend", "Memorial dividend", "commemorative"),
        ("Ordinary dividend", "Extraordinary dividend", "special"),
    ],
)
def test_label_wordings(ordinary: str, special: str, kind: str) -> None:
    text = (RELEASES / _NAME).read_text()
    text = text.replace("(Breakdown) Ordinary dividend", ordinary).replace("Special dividend 8.00", f"{special} 8.00")
    result = parse_release(text)
    assert _dividends(result) == _expected("2025-12-31", "2024-12-31")
    assert _parts(dividend(result, "2025-12-31", "year_end", "forecast")) == {"ordinary": 18.0, kind: 8.0}


def test_only_the_special_row_leaves_the_rest_ordinary() -> None:
    text = (RELEASES / _NAME).read_text().replace("(Breakdown) Ordinary dividend 18.00 yen 36.00 yen\n", "")
    result = parse_release(text)
    assert _dividends(result) == _expected("2025-12-31", "2024-12-31")
    assert _parts(dividend(result, "2025-12-31", "annual", "forecast")) == {"ordinary": 36.0, "special": 8.0}


def test_march_year_unit_row_and_bare_cells() -> None:
    """A March year, a 'Yen Yen Yen' unit row and cells without their unit read the same."""
    text = (RELEASES / _NAME).read_text().replace(" yen", "")
    text = text.replace("December 31, 2025", "March 31, 2026").replace("December 31, 2024", "March 31, 2025")
    text = text.replace("Interim Year-end Annual\n", "Interim Year-end Annual\nYen Yen Yen\n")
    result = parse_release(text)
    assert _dividends(result) == _expected("2026-03-31", "2025-03-31")
    assert _parts(dividend(result, "2026-03-31", "year_end", "forecast")) == {"ordinary": 18.0, "special": 8.0}
