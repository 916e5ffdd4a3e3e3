"""Undecided-dividend family in prose: 'The year-end dividend is yet to be determined; the annual
dividend is expected to be 40.00 yen per share.' The words leave the year-end open: no fact for it, a
warning naming it (as for an 'Undetermined' cell), and 'determined' in them decides no other amount of
the sentence (the annual dividend it expects stays a forecast)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import dividend, parsed_release


def _undecided(result: dict) -> list[str]:
    return [w for w in result["warnings"] if "undetermined (" in w]


def test_yet_to_be_determined_leaves_the_year_end_open() -> None:
    result = parsed_release("revision-notice-prose-year-end-dividend-yet-to-be-determined.txt")
    interim = dividend(result, "2025-12-31", "interim", "actual")
    assert (interim["per_share"], interim["record_date"]) == (20.0, "2025-06-30")
    annual = dividend(result, "2025-12-31", "annual", "forecast")
    assert (annual["per_share"], annual["announced_on"]) == (40.0, "2025-08-07")
    assert {(d["period"], d["scenario"]) for d in result["dividends"]} == {
        ("interim", "actual"), ("annual", "forecast")}
    warnings = _undecided(result)
    assert len(warnings) == 1
    assert "year-end dividend for the fiscal year ending 2025-12-31 undetermined" in warnings[0]


_NOTICE = (
    "{published}\nCompany name: Kiso Valley Foods Co., Ltd.\n(Securities code: 2911, TSE Standard Market)\n\n"
    "Notice Regarding Revision of Earnings Forecasts\n\n"
    "Kiso Valley Foods Co., Ltd. (the \"Company\") hereby announces that it has revised its earnings forecasts "
    "for the fiscal year ending {fy}.\n\n"
    "3. Dividend forecast\n"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    ("published", "fy", "fy_end"),
    [("November 12, 2024", "March 31, 2025", "2025-03-31"), ("August 7, 2025", "December 31, 2025", "2025-12-31"),
     ("February 10, 2025", "June 30, 2025", "2025-06-30")],
)
@pytest.mark.parametrize(
    "words",
    ["is yet to be determined", "is to be determined", "has not yet been determined", "is not yet decided",
     "remains undecided", "has yet to be decided", "is undetermined at this time"],
)
@pytest.mark.parametrize("amount", ["36.00 yen", "¥36", "JPY 36.00"])
def test_undecided_words_variants(published: str, fy: str, fy_end: str, words: str, amount: str) -> None:
    """Other year ends, other words for an open dividend, other units: the annual stays a forecast."""
    sentence = f"The year-end dividend {words}; the annual dividend is expected to be {amount} per share."
    result = parse_release(_NOTICE.format(published=published, fy=fy, sentence=sentence))
    annual = dividend(result, fy_end, "annual", "forecast")
    assert annual["per_share"] == 36.0
    assert [d["period"] for d in result["dividends"]] == ["annual"]
    assert len(_undecided(result)) == 1
    assert f"year-end dividend for the fiscal year ending {fy_end} undetermined" in _undecided(result)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The interim dividend of 18.00 yen per share was resolved today; the year-end dividend is not yet determined.",
        "The year-end dividend has not been decided yet, while the interim dividend was decided at 18.00 yen per "
        "share.",
    ],
)
def test_a_decided_dividend_beside_an_open_one_stays_decided(sentence: str) -> None:
    """Reordered: the decided interim stays an actual, the open year-end gets only a warning."""
    result = parse_release(_NOTICE.format(published="November 12, 2024", fy="March 31, 2025", sentence=sentence))
    assert dividend(result, "2025-03-31", "interim", "actual")["per_share"] == 18.0
    assert [d["period"] for d in result["dividends"]] == ["interim"]
    assert "year-end dividend for the fiscal year ending 2025-03-31 undetermined" in _undecided(result)[0]


def test_a_determined_dividend_is_still_decided() -> None:
    """Noise: 'has been determined' decides; only the words leaving it open are taken out."""
    sentence = ("The Board of Directors resolved today that the year-end dividend for the fiscal year ended "
                "March 31, 2025 has been determined at 18.00 yen per share.")
    result = parse_release(_NOTICE.format(published="May 13, 2025", fy="March 31, 2025", sentence=sentence))
    assert dividend(result, "2025-03-31", "year_end", "actual")["per_share"] == 18.0
    assert _undecided(result) == []
