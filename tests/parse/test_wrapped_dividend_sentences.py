"""Prose dividend sentences wrapped by a PDF's line width: the wrap leaves the announcement date or the
bracketed amounts on a line of their own ('... annual 36.00 yen)' / 'announced on February 10, 2025.',
'announced on February' / '10, 2025.', '... announced on February 10, 2025' / '(interim dividend of
18.00 yen per share, ...).'). The lines read as one sentence, as the sentence on one line does: its
amounts are forecasts dated by the date it names, and no table is made of them."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import dividend, parsed_release


def _no_table_warning(result: dict) -> bool:
    return not any("could not be matched" in w for w in result["warnings"])


def test_the_date_on_the_next_line_dates_the_forecasts() -> None:
    result = parsed_release("revision-notice-wrapped-dividend-sentence-tails.txt")
    for period, amount in (("interim", 18.0), ("year_end", 18.0), ("annual", 36.0)):
        d = dividend(result, "2026-03-31", period, "forecast")
        assert (d["per_share"], d["announced_on"]) == (amount, "2025-02-10")
    assert len(result["dividends"]) == 3
    assert result["warnings"] == []


_NOTICE = (
    "{published}\nCompany name: Hamanako Textile Co., Ltd.\n(Securities code: 3592, TSE Standard Market)\n\n"
    "Notice Regarding Revision of Earnings Forecasts\n\n"
    "Hamanako Textile Co., Ltd. (the \"Company\") hereby announces that it has revised its consolidated earnings "
    "forecasts for the fiscal year ending {fy}, which were announced on {previous}, as follows.\n\n"
    "{heading}\n{body}\n"
)
_YEARS = [
    ("November 11, 2025", "March 31, 2026", "2026-03-31", "May 13, 2025"),
    ("August 7, 2025", "December 31, 2025", "2025-12-31", "February 13, 2025"),
    ("February 10, 2026", "June 30, 2026", "2026-06-30", "August 8, 2025"),
]
_HEADINGS = ["3. Dividend forecast", "3. Dividend policy", "3. Effect on the dividend forecast",
             "3. Impact on dividends"]
_A = "There is no change to the dividend forecast (interim {a}, year-end {a}, annual {b})"
_WRAPS = {
    "date on the next line": _A + "\nannounced on February 10, 2025.",
    "month, then day and year": _A + " announced on February\n10, 2025.",
    "'as' before the wrap": "The Company expects a year-end dividend of {a} per share (interim {a}, annual {b}), as\n"
    "announced on February 10, 2025.",
    "bracket opening the line": "There is no change to the dividend forecast announced on February 10, 2025\n"
    "(interim dividend of {a} per share, year-end dividend of {a} per share, annual dividend of {b} per share).",
    "bracket after a short first line": "The dividend forecast announced on February 10, 2025 is unchanged\n"
    "(interim dividend of {a} per share and year-end dividend of {a} per share, annual {b}).",
}


@pytest.mark.parametrize(("published", "fy", "fy_end", "previous"), _YEARS)
@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize("wrap", list(_WRAPS))
@pytest.mark.parametrize(("a", "b"), [("18.00 yen", "36.00 yen"), ("¥18", "¥36"), ("JPY 18.00", "JPY 36.00")])
def test_wrap_variants(published: str, fy: str, fy_end: str, previous: str, heading: str, wrap: str,
                       a: str, b: str) -> None:
    """Other year ends, section headings, wraps and units: the three forecasts, dated February 10, 2025."""
    body = _WRAPS[wrap].format(a=a, b=b)
    result = parse_release(_NOTICE.format(published=published, fy=fy, previous=previous, heading=heading, body=body))
    for period, amount in (("interim", 18.0), ("year_end", 18.0), ("annual", 36.0)):
        d = dividend(result, fy_end, period, "forecast")
        assert (d["per_share"], d["announced_on"]) == (amount, "2025-02-10")
    assert len(result["dividends"]) == 3
    assert _no_table_warning(result)


@pytest.mark.parametrize(("published", "fy", "fy_end", "previous"), _YEARS)
@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize("amount", ["20.00 yen", "¥20", "JPY 20.00"])
def test_a_short_one_line_sentence_under_any_heading(published: str, fy: str, fy_end: str, previous: str,
                                                     heading: str, amount: str) -> None:
    """A sentence too short to read as prose by its length, its amount marked as yen: read whatever the
    heading above it (its date is left to the 'unchanged' rule)."""
    body = f"The year-end dividend forecast of {amount} per share remains unchanged."
    result = parse_release(_NOTICE.format(published=published, fy=fy, previous=previous, heading=heading, body=body))
    assert dividend(result, fy_end, "year_end", "forecast")["per_share"] == 20.0
    assert len(result["dividends"]) == 1
    assert _no_table_warning(result)
