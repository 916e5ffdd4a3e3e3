"""A notice whose table decides one dividend and whose prose states the rest of the year ('The Company
plans to pay a year-end dividend of 26.00 yen per share; the annual dividend is expected to be 50.00 yen
per share.'): the prose's dividends for periods no table gives are facts too, dated to the table's
year when the sentence names none; for a period the table gives, the table stands
(etl/parse/release.py, etl/parse/dividends.py)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, parsed_release

_NAME = "interim-dividend-notice-prose-year-end-forecast.txt"


def _dividends(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


def _expected(fy: str, prior: str) -> set[tuple[str, str, str, float]]:
    return {
        (prior, "interim", "actual", 20.0),
        (fy, "interim", "actual", 24.0),
        (fy, "interim", "previous_forecast", 22.0),
        (fy, "year_end", "forecast", 26.0),
        (fy, "annual", "forecast", 50.0),
    }


def test_prose_year_end_and_annual_forecasts_after_the_table() -> None:
    result = parsed_release(_NAME)
    assert _dividends(result) == _expected("2025-12-31", "2024-12-31")
    assert dividend(result, "2025-12-31", "year_end", "forecast")["announced_on"] == "2025-08-08"
    assert dividend(result, "2025-12-31", "interim", "actual")["total_amount"] == 812_000_000
    assert any("text beside the table" in w for w in result["warnings"])


def test_march_year() -> None:
    text = (RELEASES / _NAME).read_text()
    for old, new in (("June 30", "September 30"), ("December 31, 2024", "March 31, 2025")):
        text = text.replace(old, new)
    assert _dividends(parse_release(text)) == _expected("2026-03-31", "2025-03-31")


def test_kept_forecast_dates_from_the_cited_forecast() -> None:
    """'remains unchanged' keeps the forecast announced before; the annual total in the next clause is new."""
    text = (RELEASES / _NAME).read_text().replace(
        "The Company plans to pay a year-end dividend of 26.00 yen per share;",
        "The year-end dividend forecast of 26.00 yen per share remains unchanged;",
    )
    result = parse_release(text)
    assert _dividends(result) == _expected("2025-12-31", "2024-12-31")
    assert dividend(result, "2025-12-31", "year_end", "forecast")["announced_on"] == "2025-02-13"
    assert dividend(result, "2025-12-31", "annual", "forecast")["announced_on"] == "2025-08-08"


@pytest.mark.parametrize(
    "sentence",
    [
        "The interim dividend will be 25.00 yen per share.",  # a period the table gives: the table stands
        "The Company paid a year-end dividend of 30.00 yen per share for the fiscal year ended December 31, 2024.",
    ],
)
def test_prose_does_not_override_tabled_periods(sentence: str) -> None:
    text = (RELEASES / _NAME).read_text().replace(
        "The Company plans to pay a year-end dividend of 26.00 yen per share; the annual dividend is\nexpected to be"
        " 50.00 yen per share.",
        sentence,
    )
    interims = {d for d in _dividends(parse_release(text)) if d[1] == "interim"}
    assert interims == {d for d in _expected("2025-12-31", "2024-12-31") if d[1] == "interim"}


_NOTE = "year-end-dividend-notice-interim-paid-note-june.txt"


@pytest.mark.parametrize(
    ("replace", "fy"),
    [
        ((), "2025-06-30"),
        ((("June 30", "September 30"), ("March 7, 2025", "June 6, 2025")), "2025-09-30"),
        ((("was paid on March 7, 2025", "was paid"),), "2025-06-30"),
    ],
)
def test_interim_paid_stated_only_in_a_note(replace: tuple[tuple[str, str], ...], fy: str) -> None:
    """A year-end notice whose table has no interim, and a note '(Note) The interim dividend of 16.00 yen
    per share ... was paid on March 7, 2025': the interim is an actual, paid; the notice's record date
    and total stay the year-end's."""
    text = (RELEASES / _NOTE).read_text()
    for old, new in replace:
        text = text.replace(old, new)
    result = parse_release(text)
    interim = dividend(result, fy, "interim", "actual")
    assert interim["per_share"] == 16.0 and interim["status"] == "paid"
    assert interim["record_date"] is None and interim["total_amount"] is None
    year_end = dividend(result, fy, "year_end", "actual")
    assert year_end["per_share"] == 18.0 and year_end["status"] == "declared"
    assert year_end["record_date"] == fy and year_end["total_amount"] == 297_000_000
