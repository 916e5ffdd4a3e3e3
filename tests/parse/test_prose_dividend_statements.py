"""Dividend notices stating their dividends in sentences only, without a table: 'The year-end dividend
for the fiscal year ended March 31, 2025 will be ¥32 per share.' under a decision title ('Dividends of
Surplus') is the decided dividend; 'plans to pay' forecasts; 'has resolved to pay an interim dividend
of JPY 25.00 per share (record date: September 30, 2025)' decides, with its dates."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import dividend, parsed_release


def _keys(result: dict) -> set[tuple[str, str, str]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"]) for d in result["dividends"]}


def test_will_be_under_a_decision_title_is_the_decided_dividend() -> None:
    result = parsed_release("dividend-notice-prose-will-be-decided.txt")
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert decided["per_share"] == 32.0
    assert decided["status"] == "declared"
    assert (decided["record_date"], decided["effective_date"]) == ("2025-03-31", "2025-06-09")
    assert decided["resource"] == "retained_earnings"
    planned = dividend(result, "2026-03-31", "year_end", "forecast")
    assert (planned["per_share"], planned["announced_on"]) == (40.0, "2025-05-13")
    assert _keys(result) == {("2025-03-31", "year_end", "actual"), ("2026-03-31", "year_end", "forecast")}
    assert result["warnings"] == []


def test_a_resolved_interim_with_its_record_date_in_brackets() -> None:
    result = parsed_release("dividend-notice-prose-interim-record-date-in-brackets.txt")
    interim = dividend(result, "2026-03-31", "interim", "actual")
    assert (interim["per_share"], interim["record_date"], interim["effective_date"]) == (
        25.0, "2025-09-30", "2025-12-05")
    assert dividend(result, "2026-03-31", "year_end", "forecast")["per_share"] == 32.0
    assert result["warnings"] == []


_NOTICE = (
    "{published}\nCompany name: Kiso Valley Foods Co., Ltd.\n(Securities code: 2911, TSE Standard Market)\n\n"
    "{title}\n\n"
    "Kiso Valley Foods Co., Ltd. (the \"Company\") hereby announces the following regarding its dividends.\n\n"
    "1. Details\n"
    "The {period} dividend for the fiscal year {tense} {fy} will be {amount} per share. {payment}\n"
)


@pytest.mark.parametrize(
    ("published", "fy", "fy_end", "tense", "period", "key"),
    [
        ("May 13, 2025", "March 31, 2025", "2025-03-31", "ended", "year-end", "year_end"),
        ("February 14, 2025", "December 31, 2024", "2024-12-31", "ended", "year-end", "year_end"),
        ("February 7, 2025", "June 30, 2025", "2025-06-30", "ending", "interim", "interim"),
    ],
)
@pytest.mark.parametrize("amount", ["¥32", "32 yen", "JPY 32.00", "¥32.00"])
@pytest.mark.parametrize(
    "payment", ["", "Payment will commence on {pay}.", "The effective date of payment will be {pay}."]
)
def test_decided_variants(published: str, fy: str, fy_end: str, tense: str, period: str, key: str,
                          amount: str, payment: str) -> None:
    """Other year ends, an interim decided for the year under way, other units, a payment sentence or none."""
    pay = "March 10, 2025" if key == "interim" else "June 9, 2025"
    text = _NOTICE.format(published=published, title="Notice Regarding Dividends of Surplus", period=period,
                          tense=tense, fy=fy, amount=amount, payment=payment.format(pay=pay))
    result = parse_release(text)
    decided = dividend(result, fy_end, key, "actual")
    assert decided["per_share"] == 32.0
    expected = {"March 10, 2025": "2025-03-10", "June 9, 2025": "2025-06-09"}[pay] if payment else None
    assert decided["effective_date"] == expected
    assert result["warnings"] == []


def test_the_same_words_under_a_forecast_title_forecast() -> None:
    text = _NOTICE.format(published="May 13, 2025", title="Notice Regarding Dividend Forecast", period="year-end",
                          tense="ending", fy="March 31, 2026", amount="¥34", payment="")
    result = parse_release(text)
    assert dividend(result, "2026-03-31", "year_end", "forecast")["per_share"] == 34.0
    assert _keys(result) == {("2026-03-31", "year_end", "forecast")}


def test_the_same_words_under_a_title_deciding_nothing_state_no_dividend() -> None:
    """Without a decided or forecast word, only the title says what the amount is; a buyback notice does not."""
    text = _NOTICE.format(published="May 13, 2025", title="Notice Regarding Acquisition of Treasury Shares",
                          period="year-end", tense="ending", fy="March 31, 2026", amount="¥34", payment="")
    assert parse_release(text)["dividends"] == []


@pytest.mark.parametrize(
    ("sentence", "scenario", "value"),
    [
        ("For the fiscal year ending March 31, 2026, the Company plans to pay a year-end dividend of 40 yen "
         "per share.", "forecast", 40.0),
        ("The Board of Directors has resolved to pay an interim dividend of JPY 25.00 per share for the fiscal "
         "year ending March 31, 2026 (record date: September 30, 2025).", "actual", 25.0),
        ("The Company expects a year-end dividend of ¥40 per share for the fiscal year ending March 31, 2026.",
         "forecast", 40.0),
    ],
)
def test_verbs_decide_over_the_title(sentence: str, scenario: str, value: float) -> None:
    text = ("November 7, 2025\nCompany name: Kiso Valley Foods Co., Ltd.\n(Securities code: 2911)\n\n"
            "Notice Regarding Dividends of Surplus\n\n" + sentence + "\n")
    result = parse_release(text)
    period = "interim" if "interim" in sentence else "year_end"
    assert dividend(result, "2026-03-31", period, scenario)["per_share"] == value


def test_an_increase_over_the_latest_forecast_leaves_the_decided_dividend_decided() -> None:
    """'The year-end dividend will be JPY 34 per share, an increase of JPY 4 from the most recent dividend
    forecast': the forecast is what 34 is measured against; the notice prints no forecast amount, so none
    is computed (34 - 4)."""
    result = parsed_release("dividend-notice-prose-increase-from-latest-forecast.txt")
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert (decided["per_share"], decided["status"], decided["record_date"], decided["effective_date"]) == (
        34.0, "declared", "2025-03-31", "2025-06-06")
    assert _keys(result) == {("2025-03-31", "year_end", "actual")}
    # The earlier forecast (34 - 4) is implied, not stated: a warning, not a fact.
    assert result["warnings"] == [
        "The release gives the year-end dividend for the fiscal year ending 2025-03-31 as 34 yen, 4 yen above an "
        "earlier forecast it does not state: that forecast (30 yen) was not recorded."
    ]


_INCREASE = (
    "{published}\nCompany name: Kiso Valley Foods Co., Ltd.\n(Securities code: 2911, TSE Standard Market)\n\n"
    "{title}\n\n"
    "The Board of Directors of Kiso Valley Foods Co., Ltd. met on {published} concerning dividends of surplus "
    "with a record date of {fy}.\n\n"
    "The year-end dividend for the fiscal year ended {fy} will be {new} per share, {change}.\n"
)


@pytest.mark.parametrize(
    ("published", "fy", "fy_end"),
    [("May 12, 2025", "March 31, 2025", "2025-03-31"), ("February 13, 2025", "December 31, 2024", "2024-12-31"),
     ("August 8, 2025", "June 30, 2025", "2025-06-30")],
)
@pytest.mark.parametrize(
    ("change", "previous"),
    [
        ("an increase of {d} from the most recent dividend forecast", None),
        ("up {d} from the latest forecast", None),
        ("a decrease of {d} compared with the previous forecast", None),
        ("an increase of {d} from the most recent dividend forecast of {old} announced on January 31, 2025", 30.0),
        ("up {d} (previous forecast: {old})", 30.0),
    ],
)
@pytest.mark.parametrize("unit", ["JPY {}", "¥{}.00", "{} yen"])
def test_change_against_a_forecast_variants(published: str, fy: str, fy_end: str, change: str,
                                            previous: float | None, unit: str) -> None:
    """Other year ends, other ways of citing the forecast, a printed forecast amount or none, other units."""
    text = _INCREASE.format(published=published, fy=fy, title="Notice Regarding Dividends of Surplus",
                            new=unit.format(34), change=change.format(d=unit.format(4), old=unit.format(30)))
    result = parse_release(text)
    decided = dividend(result, fy_end, "year_end", "actual")
    assert (decided["per_share"], decided["record_date"]) == (34.0, {"2025-03-31": "2025-03-31"}.get(fy_end, fy_end))
    if previous is None:
        assert _keys(result) == {(fy_end, "year_end", "actual")}
    else:
        assert dividend(result, fy_end, "year_end", "previous_forecast")["per_share"] == previous


def test_under_a_forecast_title_the_compared_amount_stays_a_forecast() -> None:
    text = _INCREASE.format(published="May 12, 2025", fy="March 31, 2025",
                            title="Notice Regarding Revision of Dividend Forecast", new="JPY 34",
                            change="an increase of JPY 4 from the most recent dividend forecast")
    result = parse_release(text)
    assert dividend(result, "2025-03-31", "year_end", "forecast")["per_share"] == 34.0
