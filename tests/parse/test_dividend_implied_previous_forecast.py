"""A dividend stated with its difference from an earlier forecast ('JPY 34 per share, an increase of JPY 4
from the most recent dividend forecast', 'JPY 4 higher than the latest forecast'): the earlier forecast
is only implied, and the contract records what a release states, so it is no fact; a warning names the
amount it implies (etl/parse/dividends.py). The difference is never a dividend, and a sentence
comparing by a difference is still read."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend

_NAME = "dividend-notice-prose-increase-from-latest-forecast.txt"
_PHRASE = "an increase of JPY 4 from the most recent dividend forecast"


def _parse(phrase: str, month: str = "March") -> dict:
    text = (RELEASES / _NAME).read_text().replace(_PHRASE, phrase)
    return parse_release(text.replace("March 31", f"{month} 31"))


@pytest.mark.parametrize(
    ("phrase", "implied"),
    [
        (_PHRASE, "(30 yen)"),
        ("JPY 4 higher than the most recent dividend forecast", "(30 yen)"),
        ("JPY 4 per share higher than the latest forecast", "(30 yen)"),
        ("a decrease of JPY 4 from the most recent dividend forecast", "(38 yen)"),
        ("an increase of 4 yen from the previous forecast", "(30 yen)"),
    ],
)
@pytest.mark.parametrize("month", ["March", "December"])
def test_implied_forecast_is_a_warning_not_a_fact(phrase: str, implied: str, month: str) -> None:
    result = _parse(phrase, month)
    decided = [d for d in result["dividends"] if d["period"] == "year_end"]
    assert [(d["scenario"], d["per_share"]) for d in decided] == [("actual", 34.0)]
    assert decided[0]["fiscal_year_end"] == f"2025-{'03' if month == 'March' else '12'}-31"
    assert [w for w in result["warnings"] if "earlier forecast" in w and implied in w]


def test_stated_previous_forecast_needs_no_warning() -> None:
    result = _parse("an increase of JPY 4 from the most recent dividend forecast (previous forecast: JPY 30)")
    assert dividend(result, "2025-03-31", "year_end", "actual")["per_share"] == 34.0
    assert not [w for w in result["warnings"] if "earlier forecast" in w]


def test_threshold_comparison_is_still_no_dividend() -> None:
    result = _parse("and the Company intends to keep it not less than JPY 30 in future years")
    assert result["dividends"] == []
