"""A quarterly payer's reference breakdown under its dividend notice prints the year's results so far and
the rest of the year as two short rows, the second under a bare scenario word ('Current fiscal year
26.00 26.00' / 'Forecast 26.00 26.00 104.00'; tests/parse/releases/dividend-notice-quarterly-payer-forecast-row.txt).
The bare word was read as the tail of the row above (making the results a forecast) and the forecast
values as a row of no label, read as results (etl/parse/tables.py `_BARE_SCENARIO`).
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend

_NOTICE = "dividend-notice-quarterly-payer-forecast-row.txt"
_ROWS = """\
Current fiscal year  26.00     26.00
Forecast                                 26.00     26.00      104.00
"""


def _text(rows: str = _ROWS) -> str:
    text = (RELEASES / _NOTICE).read_text()
    assert _ROWS in text
    return text.replace(_ROWS, rows)


def _year(result: dict, fy_end: str) -> set[tuple[str, str, float]]:
    return {(d["period"], d["scenario"], d["per_share"]) for d in result["dividends"] if d["fiscal_year_end"] == fy_end}


_CURRENT = {
    ("q1", "actual", 26.0),
    ("interim", "actual", 26.0),
    ("interim", "previous_forecast", 26.0),
    ("q3", "forecast", 26.0),
    ("year_end", "forecast", 26.0),
    ("annual", "forecast", 104.0),
}
_PRIOR = {
    ("q1", "actual", 22.0),
    ("interim", "actual", 22.0),
    ("q3", "actual", 22.0),
    ("year_end", "actual", 24.0),
    ("annual", "actual", 90.0),
}


def test_forecast_row() -> None:
    result = parse_release(_text())
    assert _year(result, "2025-03-31") == _CURRENT
    assert _year(result, "2024-03-31") == _PRIOR
    decided = dividend(result, "2025-03-31", "interim", "actual")
    assert (decided["record_date"], decided["effective_date"], decided["total_amount"]) == (
        "2024-09-30",
        "2024-12-02",
        2_418_000_000,
    )
    assert dividend(result, "2025-03-31", "annual", "forecast")["announced_on"] == "2024-11-12"
    assert result["warnings"] == []


@pytest.mark.parametrize("word", ["Forecasts", "Plan", "Estimate"])
def test_forecast_row_words(word: str) -> None:
    result = parse_release(_text(_ROWS.replace("Forecast ", f"{word:<9}")))
    assert _year(result, "2025-03-31") == _CURRENT
    assert _year(result, "2024-03-31") == _PRIOR


def test_first_quarter_notice_december_year() -> None:
    """A first quarter-end notice of a December year: one result, four forecast values."""
    text = _text("Current fiscal year  26.00\nForecast                       26.00     26.00     26.00      104.00\n")
    for old, new in {
        "November 12, 2024": "May 13, 2025",
        "(Second Quarter-End Dividend)": "(First Quarter-End Dividend)",
        "(second quarter-end dividend)": "(first quarter-end dividend)",
        "fiscal year (second": "fiscal year (first",
        "September 30, 2024": "March 31, 2025",
        "September 30, 2023": "March 31, 2024",
        "(announced on May 13,          ": "(announced on February 13,     ",
        "2024)                          quarter-end": "2025)                          quarter-end",
        "December 2, 2024": "June 2, 2025",
        "December 1, 2023": "June 3, 2024",
        "Fiscal year ending March 31, 2025": "Fiscal year ending December 31, 2025",
        "FY ended March 31, 2024": "FY ended December 31, 2024",
    }.items():
        assert old in text, old
        text = text.replace(old, new)
    result = parse_release(text)
    assert _year(result, "2025-12-31") == {
        ("q1", "actual", 26.0),
        ("q1", "previous_forecast", 26.0),
        ("interim", "forecast", 26.0),
        ("q3", "forecast", 26.0),
        ("year_end", "forecast", 26.0),
        ("annual", "forecast", 104.0),
    }
    assert _year(result, "2024-12-31") == _PRIOR
    assert dividend(result, "2025-12-31", "q1", "previous_forecast")["announced_on"] == "2025-02-13"
