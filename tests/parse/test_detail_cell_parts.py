"""A dividend notice's detail cell naming its parts by kind alone, '62.00 yen (ordinary 50.00 yen,
commemorative 12.00 yen)' (tests/parse/releases/dividend-notice-parts-by-kind-in-cell-day-first-dateline.txt):
the note is the cell's breakdown, not two more columns (etl/parse/dividends.py `_KIND_AMOUNT_NOTE`);
read as columns, they broke the table's alignment and a bogus forecast of the wrong year came out.
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend

_NOTICE = "dividend-notice-parts-by-kind-in-cell-day-first-dateline.txt"
_PARTS = [{"kind": "ordinary", "per_share": 50.0}, {"kind": "commemorative", "per_share": 12.0}]
_CELL = "62.00 yen (ordinary 50.00 yen, commemorative 12.00 yen)"


def _text(cell: str = _CELL) -> str:
    """The notice under a month-first dateline (the day-first one is tests/parse/test_day_first_dateline.py's)."""
    text = (RELEASES / _NOTICE).read_text().replace("22nd August, 2025\n", "August 22, 2025\n")
    return text.replace(_CELL, cell)


def _keys(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


_EXPECTED = {
    ("2025-06-30", "year_end", "actual", 62.0),
    ("2025-06-30", "year_end", "previous_forecast", 50.0),
    ("2024-06-30", "year_end", "actual", 46.0),
}


def test_parts_in_cell() -> None:
    result = parse_release(_text())
    assert _keys(result) == _EXPECTED
    decided = dividend(result, "2025-06-30", "year_end", "actual")
    assert decided["components"] == _PARTS
    assert (decided["record_date"], decided["effective_date"], decided["total_amount"], decided["resource"]) == (
        "2025-06-30",
        "2025-09-25",
        874_000_000,
        "retained_earnings",
    )
    assert dividend(result, "2025-06-30", "year_end", "previous_forecast")["announced_on"] == "2024-08-09"
    assert dividend(result, "2024-06-30", "year_end", "actual")["status"] == "paid"
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "cell",
    [
        "62.00 yen (ordinary: 50.00 yen, commemorative: 12.00 yen)",
        "¥62.00 (Ordinary ¥50.00, Commemorative ¥12.00)",
        "62.00 yen (of which ordinary 50.00 yen, commemorative 12.00 yen)",
        "62.00 yen (Ordinary dividend 50.00 yen, Commemorative dividend 12.00 yen)",
    ],
)
def test_parts_in_cell_forms(cell: str) -> None:
    result = parse_release(_text(cell))
    assert _keys(result) == _EXPECTED
    assert dividend(result, "2025-06-30", "year_end", "actual")["components"] == _PARTS


def test_parts_in_cell_spaces_and_december_year() -> None:
    """Cells parted by spaces, not pipes, and a December year with month-word dates."""
    text = _text().replace(" | ", "   ")
    for old, new in {
        "2025/06/30": "December 31, 2024",
        "2024/06/30": "December 31, 2023",
        "June 30, 2024": "December 31, 2023",
        "2025/09/25": "March 27, 2025",
        "2024/09/26": "March 28, 2024",
        "2024/08/09": "February 9, 2024",
        "August 22, 2025": "February 14, 2025",
    }.items():
        text = text.replace(old, new)
    result = parse_release(text)
    assert _keys(result) == {
        ("2024-12-31", "year_end", "actual", 62.0),
        ("2024-12-31", "year_end", "previous_forecast", 50.0),
        ("2023-12-31", "year_end", "actual", 46.0),
    }
    assert dividend(result, "2024-12-31", "year_end", "actual")["components"] == _PARTS
