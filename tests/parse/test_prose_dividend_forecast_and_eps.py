"""Press releases stating a revision in sentences: a raised dividend forecast beside an interim
dividend 'already paid' is a forecast (only the paid part is an actual), and earnings per share
stated with its previous forecast is read like the money figures."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, figure

NAME = "press-release-prose-raised-dividend-forecast-and-eps.txt"


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _dividends(result: dict) -> set[tuple[str, str, str, float, str | None, str | None]]:
    return {
        (d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"], d["announced_on"], d["status"])
        for d in result["dividends"]
    }


def test_raised_dividend_forecast_is_a_forecast_and_the_paid_interim_an_actual() -> None:
    result = parse_release(_text())
    assert _dividends(result) == {
        ("2025-06-30", "year_end", "forecast", 32.0, "2025-02-06", None),
        ("2025-06-30", "year_end", "previous_forecast", 26.0, "2024-08-09", None),
        ("2025-06-30", "annual", "forecast", 58.0, "2025-02-06", None),
        ("2025-06-30", "interim", "actual", 26.0, None, "paid"),
    }


def test_eps_and_its_previous_forecast_from_prose() -> None:
    result = parse_release(_text())
    new = figure(result, "eps_basic", "2025-06-30", "forecast")
    assert new["value"] == 96.2 and new["announced_on"] == "2025-02-06"
    old = figure(result, "eps_basic", "2025-06-30", "previous_forecast")
    assert old["value"] == 79.95 and old["announced_on"] == "2024-08-09"


def _december(text: str) -> str:
    """The same release for a December year end, amounts printed with '¥'."""
    return (
        text.replace("fiscal year ending June 30, 2025", "fiscal year ending December 31, 2025")
        .replace("August 9, 2024", "February 12, 2025")
        .replace("Feb. 6, 2025", "May 9, 2025")
        .replace("six months ended December 31, 2024", "three months ended March 31, 2025")
        .replace("96.20 yen", "¥96.20")
        .replace("79.95 yen", "¥79.95")
        .replace("to 32.00 yen per share from 26.00 yen", "to ¥32.00 per share from ¥26.00")
        .replace("interim dividend of 26.00 yen already paid", "interim dividend of ¥26.00 that was paid in March")
    )


def test_december_year_and_yen_sign_amounts() -> None:
    result = parse_release(_december(_text()))
    assert figure(result, "eps_basic", "2025-12-31", "forecast")["value"] == 96.2
    assert figure(result, "eps_basic", "2025-12-31", "previous_forecast")["value"] == 79.95
    assert dividend(result, "2025-12-31", "year_end", "forecast")["per_share"] == 32.0
    assert dividend(result, "2025-12-31", "annual", "forecast")["per_share"] == 58.0
    assert dividend(result, "2025-12-31", "interim", "actual")["per_share"] == 26.0


def test_lowered_forecast_with_noise_lines() -> None:
    text = _text().replace("raised its year-end dividend forecast to 32.00 yen per share from 26.00 yen",
                           "lowered its year-end dividend forecast to 20.00 yen per share from 26.00 yen")
    text = text.replace("bringing the annual dividend to 58.00 yen", "bringing the annual dividend to 46.00 yen")
    result = parse_release(text.replace("\n\nAbout", "\n\n- 2 -\n\nAbout"))
    assert dividend(result, "2025-06-30", "year_end", "forecast")["per_share"] == 20.0
    assert dividend(result, "2025-06-30", "annual", "forecast")["per_share"] == 46.0
    assert dividend(result, "2025-06-30", "interim", "actual")["status"] == "paid"


def test_a_paid_dividend_beside_a_plan_word_stays_an_actual() -> None:
    text = _text().replace(
        "The Company also raised its year-end dividend forecast to 32.00 yen per share from 26.00 yen, bringing "
        "the annual dividend to 58.00 yen including the interim dividend of 26.00 yen already paid.",
        "The interim dividend of 26.00 yen per share was paid to shareholders in December as planned.",
    )
    result = parse_release(text)
    assert {(d["period"], d["scenario"]) for d in result["dividends"]} == {("interim", "actual")}


def test_money_amounts_are_not_eps() -> None:
    text = _text().replace("Basic earnings per share is expected to be 96.20 yen (previous forecast: 79.95 yen).",
                           "Basic earnings per share is expected to rise with profit of ¥1.48 billion.")
    result = parse_release(text)
    assert not any(f["metric"] == "eps_basic" for f in result["figures"])



_REVISION_NOTICE = (
    "Notice Regarding Revision of Dividend Forecast\n{published}\nCompany name: Hoshizora Kogyo Co., Ltd.\n"
    "Securities code: 6123\n"
    "Hoshizora Kogyo Co., Ltd. announces that its Board of Directors resolved at a meeting held today to revise"
    " the dividend forecast for the fiscal year ending {year_end}.\n"
    "The Company {verb} the year-end dividend forecast to {new:.2f} yen per share from {old:.2f} yen. As a"
    " result, the annual dividend forecast is {annual:.2f} yen per share, including the interim dividend of"
    " 18.00 yen already paid.\n"
)


@pytest.mark.parametrize(
    ("verb", "new", "old", "published", "year_end", "fy_end"),
    [
        ("has decided to raise", 20.0, 18.0, "November 8, 2024", "March 31, 2025", "2025-03-31"),
        ("will raise", 22.0, 19.0, "August 7, 2024", "December 31, 2024", "2024-12-31"),
        ("is raising", 21.0, 20.0, "February 6, 2025", "June 30, 2025", "2025-06-30"),
        ("has decided to reduce", 10.0, 18.0, "November 8, 2024", "March 31, 2025", "2025-03-31"),
        ("lowers", 12.0, 15.0, "August 7, 2024", "December 31, 2024", "2024-12-31"),
    ],
)
def test_revision_verb_in_any_tense_gives_the_previous_forecast(
    verb: str, new: float, old: float, published: str, year_end: str, fy_end: str
) -> None:
    """Layout family: dividend revisions in prose. Before, only past-tense verbs ('raised') made the
    amount after 'from' the previous forecast; 'has decided to raise ... from ¥18' lost it."""
    text = _REVISION_NOTICE.format(published=published, year_end=year_end, verb=verb, new=new, old=old,
                                   annual=new + 18)
    result = parse_release(text)
    assert dividend(result, fy_end, "year_end", "forecast")["per_share"] == new
    assert dividend(result, fy_end, "year_end", "previous_forecast")["per_share"] == old
    assert dividend(result, fy_end, "annual", "forecast")["per_share"] == new + 18
    assert dividend(result, fy_end, "interim", "actual")["status"] == "paid"


def test_an_increase_from_last_year_is_no_previous_forecast() -> None:
    """'an increase of ¥5 from last year's ¥40': a comparison, not a revision of a forecast."""
    text = _REVISION_NOTICE.format(
        published="November 8, 2024", year_end="March 31, 2025", verb="plans", new=45.0, old=0.0, annual=63.0
    ).replace(" from 0.00 yen.", ", an increase of 5.00 yen from 40.00 yen in the previous fiscal year.")
    result = parse_release(text)
    assert dividend(result, "2025-03-31", "year_end", "forecast")["per_share"] == 45.0
    assert not [d for d in result["dividends"] if d["scenario"] == "previous_forecast"]
