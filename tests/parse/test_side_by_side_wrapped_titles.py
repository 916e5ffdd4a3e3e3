"""Dividend-notice detail tables whose column titles wrap side by side ('(announced on' over 'May 15,
2024)' beside '(Fiscal year ended' over 'March 31, 2024)'): the fiscal-year end is the date under the
'year ended' phrase, not the neighbouring column's date the line below opens with."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.periods import learn_calendar
from tests.parse.conftest import RELEASES, dividend

NAME = "dividend-notice-titles-wrapped-side-by-side.txt"


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def test_year_end_is_the_date_under_the_phrase() -> None:
    result = parse_release(_text())
    assert result["document"]["fiscal_year_end_month"] == 3
    decided = dividend(result, "2025-03-31", "interim", "actual")
    assert decided["per_share"] == 24.0 and decided["effective_date"] == "2024-12-05"
    previous = dividend(result, "2025-03-31", "interim", "previous_forecast")
    assert previous["per_share"] == 22.0 and previous["announced_on"] == "2024-05-15"
    assert dividend(result, "2024-03-31", "interim", "actual")["per_share"] == 20.0


# Other year ends: (announcement date, prior year end, record dates now / a year before, effective dates,
# fiscal year ends now / before).
_DECEMBER = {
    "November 12, 2024": "August 9, 2024",
    "May 15, 2024)": "February 14, 2024)",
    "March 31, 2024)": "December 31, 2023)",
    "September 30, 2024": "June 30, 2024",
    "September 30, 2023": "June 30, 2023",
    "December 5, 2024": "September 5, 2024",
    "December 6, 2023": "September 6, 2023",
}
_JUNE = {
    "November 12, 2024": "February 12, 2025",
    "May 15, 2024)": "August 9, 2024)",
    "March 31, 2024)": "June 30, 2024)",
    "September 30, 2024": "December 31, 2024",
    "September 30, 2023": "December 31, 2023",
    "December 5, 2024": "March 10, 2025",
    "December 6, 2023": "March 11, 2024",
}


def _replaced(text: str, changes: dict[str, str]) -> str:
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    ("changes", "month", "current", "prior", "announced"),
    [
        (_DECEMBER, 12, "2024-12-31", "2023-12-31", "2024-02-14"),
        (_JUNE, 6, "2025-06-30", "2024-06-30", "2024-08-09"),
    ],
)
def test_other_year_ends(changes: dict[str, str], month: int, current: str, prior: str, announced: str) -> None:
    result = parse_release(_replaced(_text(), changes))
    assert result["document"]["fiscal_year_end_month"] == month
    assert dividend(result, current, "interim", "actual")["per_share"] == 24.0
    assert dividend(result, current, "interim", "previous_forecast")["announced_on"] == announced
    assert dividend(result, prior, "interim", "actual")["per_share"] == 20.0


def test_year_end_column_left_of_the_announced_one() -> None:
    """The previous year's column first: the 'year ended' date is now the line's first, still its own."""
    text = _text()
    header = text[text.index("                                                   Latest") : text.index("Record date")]
    swapped = (
        "                             Amount decided        Previous year's results      Latest forecast\n"
        "                                                   (Fiscal year ended           (announced on\n"
        "                                                   March 31, 2024)              May 15, 2024)\n"
    )
    result = parse_release(text.replace(header, swapped))
    assert result["document"]["fiscal_year_end_month"] == 3


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # the side-by-side titles alone
        ("          (announced on       (Fiscal year ended\n          May 15, 2024)       March 31, 2024)\n", 3),
        ("          (Fiscal year ended  (announced on\n          June 30, 2024)      August 9, 2024)\n", 6),
        # the same titles joined on one line (the outer title takes the first date)
        ("Amount decided (announced on (Fiscal year ended May 15, 2024) March 31, 2024)\n", 3),
        ("(Announced on (Year ended August 9, 2024) June 30, 2024)\n", 6),
        # wrapped prose: the date opens the next line at the paragraph's indent, or a hanging indent
        ("Profit for the fiscal year ended\nDecember 31, 2024 rose.\n", 12),
        ("(1) Dividends for the fiscal year ending\n    June 30, 2025 are unchanged.\n", 6),
        # a wrapped one-column title
        ("Results      (Fiscal year ended\n             September 30, 2024)\n", 9),
    ],
)
def test_calendar_votes(text: str, month: int) -> None:
    assert learn_calendar(text).fye_month == month
