"""Dividend notices worded only with 'FY ended March 31, 2024' / 'FY ending ...' (tests/parse/releases/
dividend-notice-fy-ended-wording-only.txt): the year-end month is learnt from them
(etl/parse/periods.py `_FY_ENDED`), so each entry is dated by its own year, not a year early; a
numeric date after 'year ended' ('2025/03/31') votes too instead of failing the parse."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.periods import learn_calendar
from tests.parse.conftest import RELEASES, dividend, parsed_release

_NOTICE = "dividend-notice-fy-ended-wording-only.txt"


def _dividends(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


def _expected(this: str, last: str) -> set[tuple[str, str, str, float]]:
    return {
        (this, "year_end", "actual", 26.0),
        (this, "year_end", "previous_forecast", 24.0),
        (this, "interim", "actual", 24.0),
        (this, "annual", "actual", 50.0),
        (last, "year_end", "actual", 21.0),
        (last, "interim", "actual", 19.0),
        (last, "annual", "actual", 40.0),
    }


def test_fy_ended_notice() -> None:
    result = parsed_release(_NOTICE)
    assert result["document"]["fiscal_year_end_month"] == 3
    assert _dividends(result) == _expected("2025-03-31", "2024-03-31")
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert (decided["record_date"], decided["effective_date"], decided["total_amount"]) == (
        "2025-03-31",
        "2025-06-27",
        1_043_000_000,
    )
    assert dividend(result, "2024-03-31", "year_end", "actual")["status"] == "paid"
    assert dividend(result, "2025-03-31", "year_end", "previous_forecast")["announced_on"] == "2024-11-08"
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("replacements", "month", "this", "last"),
    [
        (
            {
                "March 31, 2025": "December 31, 2024",
                "March 31, 2024": "December 31, 2023",
                "2025/05/14": "2025/02/14",
                "May 14, 2025": "February 14, 2025",
                "June 27, 2025": "March 28, 2025",
                "June 28, 2024": "March 29, 2024",
                "Nov. 8, 2024": "Aug. 8, 2024",
            },
            12,
            "2024-12-31",
            "2023-12-31",
        ),
        (
            {
                "March 31, 2025": "June 30, 2025",
                "March 31, 2024": "June 30, 2024",
                "2025/05/14": "2025/08/14",
                "May 14, 2025": "August 14, 2025",
                "June 27, 2025": "September 26, 2025",
                "June 28, 2024": "September 27, 2024",
                "Nov. 8, 2024": "Feb. 7, 2025",
            },
            6,
            "2025-06-30",
            "2024-06-30",
        ),
        ({"FY ended": "FY Ended"}, 3, "2025-03-31", "2024-03-31"),
    ],
)
def test_fy_ended_notice_other_year_ends(replacements: dict[str, str], month: int, this: str, last: str) -> None:
    text = (RELEASES / _NOTICE).read_text()
    for old, new in replacements.items():
        text = text.replace(old, new)
    result = parse_release(text)
    assert result["document"]["fiscal_year_end_month"] == month
    assert _dividends(result) == _expected(this, last)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Dividend for the FY ended March 31, 2024 was 30 yen.", 3),
        ("The forecast for the FY ending December 31, 2025 is unchanged.", 12),
        ("Annual dividends (FY ended 2024/06/30)", 6),
        ("Results for the year ended 2025-03-31", 3),  # a numeric date votes (it used to fail the parse)
    ],
)
def test_fy_ended_month_learnt(text: str, month: int) -> None:
    assert learn_calendar(text).fye_month == month
