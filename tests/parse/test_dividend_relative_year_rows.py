"""Dividend grid rows naming their year only relative to the current one ('Results for the previous
fiscal year', tests/parse/releases/dividend-revision-grid-previous-year-row-without-year.txt): the
words 'fiscal year' do not make the row the current year; it is the year before
(etl/parse/dividends.py `_fy_of_label`, `_year_offset`)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, parsed_release

_GRID = "dividend-revision-grid-previous-year-row-without-year.txt"


def _dividends(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


def _expected(this: str, last: str) -> set[tuple[str, str, str, float]]:
    return {
        (this, "interim", "actual", 21.0),
        (this, "interim", "previous_forecast", 19.0),
        (this, "year_end", "forecast", 21.0),
        (this, "year_end", "previous_forecast", 19.0),
        (this, "annual", "forecast", 42.0),
        (this, "annual", "previous_forecast", 38.0),
        (last, "interim", "actual", 17.0),
        (last, "year_end", "actual", 20.0),
        (last, "annual", "actual", 37.0),
    }


def test_previous_year_row_is_the_year_before() -> None:
    """No invented current-year actual year-end (30 / 55 in the layout's first sighting)."""
    result = parsed_release(_GRID)
    assert _dividends(result) == _expected("2025-03-31", "2024-03-31")
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "label",
    [
        "Results for the prior fiscal year",
        "Previous fiscal year results",
        "Actual results for the preceding fiscal year",
        "Results for the previous fiscal year (FY ended March 31, 2024)",
    ],
)
def test_previous_year_row_wordings(label: str) -> None:
    text = (RELEASES / _GRID).read_text().replace("Results for the previous fiscal year", label)
    assert _dividends(parse_release(text)) == _expected("2025-03-31", "2024-03-31")


def test_previous_year_row_first_december_year() -> None:
    """A December year, the previous year's row printed above the forecasts."""
    text = (RELEASES / _GRID).read_text()
    for old, new in {
        "March 31, 2025": "December 31, 2024",
        "March 31, 2024": "December 31, 2023",
        "September 30, 2024": "June 30, 2024",
        "September 30, 2023": "June 30, 2023",
        "December 5, 2024": "September 5, 2024",
        "December 7, 2023": "September 7, 2023",
        "October 30, 2024": "July 30, 2024",
        "May 10, 2024": "February 9, 2024",
    }.items():
        text = text.replace(old, new)
    lines = text.splitlines(keepends=True)
    last = next(i for i, line in enumerate(lines) if line.startswith("Results for the previous"))
    lines.insert(lines.index("Interim Year-end Annual\n") + 1, lines.pop(last))
    assert _dividends(parse_release("".join(lines))) == _expected("2024-12-31", "2023-12-31")
