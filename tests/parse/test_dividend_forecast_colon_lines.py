"""Dividend forecast revisions stated as colon lines, one 'Label: amount' line per dividend
(tests/parse/releases/): the revised amount with its '(previous forecast: ...)' note or an arrow, the
decided interim with its dates in the label, and the previous year's annual dividend with its parts."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, parsed_release

_NOTICE = "dividend-forecast-revision-colon-lines-december.txt"


def _notice() -> str:
    return (RELEASES / _NOTICE).read_text(encoding="utf-8")


def _table(result: dict) -> dict[tuple[str, str, str], float | None]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"]): d["per_share"] for d in result["dividends"]}


_DECEMBER = {
    ("2025-12-31", "year_end", "forecast"): 42.0,
    ("2025-12-31", "year_end", "previous_forecast"): 36.0,
    ("2025-12-31", "annual", "forecast"): 78.0,
    ("2025-12-31", "annual", "previous_forecast"): 72.0,
    ("2025-12-31", "interim", "actual"): 36.0,
    ("2024-12-31", "annual", "actual"): 66.0,
    ("2024-12-31", "interim", "actual"): 32.0,
    ("2024-12-31", "year_end", "actual"): 34.0,
}


def test_revision_lines_december_year_end() -> None:
    result = parsed_release(_NOTICE)
    assert _table(result) == _DECEMBER  # the 'raised ... by JPY 6.00' change is no dividend
    revised = dividend(result, "2025-12-31", "year_end", "forecast")
    assert revised["announced_on"] == "2025-08-08"
    assert dividend(result, "2025-12-31", "year_end", "previous_forecast")["announced_on"] == "2025-02-14"
    interim = dividend(result, "2025-12-31", "interim", "actual")
    assert (interim["status"], interim["record_date"], interim["effective_date"]) == (
        "declared",
        "2025-06-30",
        "2025-09-05",
    )
    assert result["warnings"] == [] and result["status"] == "parsed"


def test_lines_reordered_with_yen_signs_and_noise() -> None:
    """Previous year first, the annual line last, '¥' and 'yen' amounts, and a page footer between."""
    lines = _notice().splitlines()
    at = lines.index("1. Details of the revision") + 1
    details = lines[at : at + 4]
    details = [details[3], details[2], "- 1 -", details[0], details[1]]
    text = "\n".join([*lines[:at], *details, *lines[at + 4 :]])
    text = text.replace("JPY 42.00", "¥42.00").replace("JPY 36.00)", "36.00 yen)").replace("JPY 78.00", "78.00 yen")
    assert _table(parse_release(text)) == _DECEMBER


_JUNE = """February 7, 2025
Company name: Tokiwa Foods Corporation
Securities code: 2874

Notice Regarding Revision of Year-end Dividend Forecast

Tokiwa Foods Corporation announces that it has revised the year-end dividend forecast for the fiscal year
ending June 30, 2025, announced on August 9, 2024.

Year-end dividend: 20.00 yen -> 25.00 yen
Annual dividend: 40.00 yen -> 45.00 yen
Interim dividend (paid, record date: December 31, 2024): 20.00 yen
"""


def test_arrow_lines_june_year_end() -> None:
    """Old and new amounts either side of an arrow; the paid interim of a June year end."""
    result = parse_release(_JUNE)
    assert _table(result) == {
        ("2025-06-30", "year_end", "forecast"): 25.0,
        ("2025-06-30", "year_end", "previous_forecast"): 20.0,
        ("2025-06-30", "annual", "forecast"): 45.0,
        ("2025-06-30", "annual", "previous_forecast"): 40.0,
        ("2025-06-30", "interim", "actual"): 20.0,
    }
    assert dividend(result, "2025-06-30", "year_end", "previous_forecast")["announced_on"] == "2024-08-09"


def test_previous_and_revised_forecast_labels() -> None:
    """Each forecast on a line of its own: the revised one replaces the previous one; a previous
    forecast without a revised line for its period still stands (forecast)."""
    text = _JUNE.replace(
        "Year-end dividend: 20.00 yen -> 25.00 yen\nAnnual dividend: 40.00 yen -> 45.00 yen\n",
        "Previous year-end dividend forecast: 20.00 yen\nRevised year-end dividend forecast: 25.00 yen\n"
        "Previous annual dividend forecast: 40.00 yen\n",
    )
    table = _table(parse_release(text))
    assert table[("2025-06-30", "year_end", "previous_forecast")] == 20.0
    assert table[("2025-06-30", "year_end", "forecast")] == 25.0
    assert table[("2025-06-30", "annual", "forecast")] == 40.0


def test_decided_dividend_replacing_a_forecast() -> None:
    """In a notice deciding a dividend, the amount with a '(previous forecast: ...)' note is the decided one."""
    text = _JUNE.replace("Revision of Year-end Dividend Forecast", "Dividends of Surplus").replace(
        "Year-end dividend: 20.00 yen -> 25.00 yen", "Year-end dividend: 25.00 yen (previous forecast: 20.00 yen)"
    )
    table = _table(parse_release(text))
    assert table[("2025-06-30", "year_end", "actual")] == 25.0
    assert table[("2025-06-30", "year_end", "previous_forecast")] == 20.0


@pytest.mark.parametrize(
    "line",
    [
        "Year-end dividend per share: Undetermined (previous forecast: JPY 36.00)",
        "Dividend payout ratio (year-end): 35.0%",
        "Year-end dividend per share: JPY 42.00 (previous forecast: JPY 36.00) and more",
    ],
)
def test_lines_that_state_no_dividend(line: str) -> None:
    text = _notice().replace("Year-end dividend per share: JPY 42.00 (previous forecast: JPY 36.00)", line)
    table = _table(parse_release(text))
    assert ("2025-12-31", "year_end", "forecast") not in table
    assert table[("2025-12-31", "annual", "forecast")] == 78.0


def test_line_without_a_scenario_is_not_read() -> None:
    """Neither label nor title says forecast or decided: the line is not read."""
    text = _JUNE.replace("Notice Regarding Revision of Year-end Dividend Forecast", "Notice to Shareholders")
    text = text.replace(" -> 25.00 yen", "").replace(" -> 45.00 yen", "")
    assert ("2025-06-30", "year_end", "forecast") not in _table(parse_release(text))
