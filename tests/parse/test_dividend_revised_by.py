"""Revision prose stating what a forecast moved by (tests/parse/releases/): 'increased the year-end dividend
forecast per share by ¥6.00 to ¥42.00 (previous forecast: ¥36.00)'. The amount after 'by' is a change,
never a dividend; it was read as the revised forecast."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, parsed_release

_NOTICE = "dividend-revision-prose-raised-by.txt"
_SENTENCE = "increased the year-end dividend\nforecast per share by ¥6.00 to ¥42.00 (previous forecast: ¥36.00)"


def test_amount_after_by_is_no_forecast() -> None:
    result = parsed_release(_NOTICE)
    revised = dividend(result, "2025-12-31", "year_end", "forecast")
    assert revised["per_share"] == 42.0 and revised["announced_on"] == "2025-08-08"
    replaced = dividend(result, "2025-12-31", "year_end", "previous_forecast")
    assert replaced["per_share"] == 36.0 and replaced["announced_on"] == "2025-02-14"
    assert len(result["dividends"]) == 2


@pytest.mark.parametrize(
    ("sentence", "revised", "previous"),
    [
        ("reduced the year-end dividend\nforecast per share by 10.00 yen to 26.00 yen (previous forecast: 36.00 yen)",
         26.0, 36.0),
        ("raised the year-end dividend forecast\nper share to ¥42.00 (previous forecast: ¥36.00), up by ¥6.00",
         42.0, 36.0),
    ],
)
def test_change_wording_variants(sentence: str, revised: float | None, previous: float | None) -> None:
    text = (RELEASES / _NOTICE).read_text(encoding="utf-8").replace(_SENTENCE, sentence)
    result = parse_release(text)
    got = {d["scenario"]: d["per_share"] for d in result["dividends"]}
    assert got.get("forecast") == revised and got.get("previous_forecast") == previous


def test_a_change_alone_reads_no_dividend() -> None:
    """A revision notice whose only amount is the change states no dividend: nothing is read, and the
    release says so instead of storing the change as the forecast."""
    text = (RELEASES / _NOTICE).read_text(encoding="utf-8").replace(
        _SENTENCE, "lowered the year-end dividend\nforecast per share by JPY 6.00"
    )
    result = parse_release(text)
    assert result["dividends"] == [] and result["status"] == "unparsed"
