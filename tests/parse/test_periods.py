"""Fiscal periods from explicit phrases, defined labels and era years."""

from __future__ import annotations

from datetime import date

import pytest

from etl.parse.dates import find_dates
from etl.parse.periods import Calendar, learn_calendar, resolve

MARCH = Calendar(fye_month=3)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("FY2019 (from April 1, 2019 to March 31, 2020)", date(2019, 4, 1), date(2020, 3, 31)),
        ("first half of the fiscal year ending March 2020", date(2019, 4, 1), date(2019, 9, 30)),
        ("Six months ending September 30, 2023", date(2023, 4, 1), date(2023, 9, 30)),
        ("Year ended March 31, 2018", date(2017, 4, 1), date(2018, 3, 31)),
        ("FY3/2018", date(2017, 4, 1), date(2018, 3, 31)),
        ("Nine months ended December 31, 2023", date(2023, 4, 1), date(2023, 12, 31)),
        ("Three months ended June 30, 2021", date(2021, 4, 1), date(2021, 6, 30)),
        ("(January 1 through March 31, 2021)", date(2021, 1, 1), date(2021, 3, 31)),
        ("first three quarters of the fiscal year ending March 31, 2024", date(2023, 4, 1), date(2023, 12, 31)),
        ("Second Quarter of the Fiscal Year Ending March 31, 2024", date(2023, 4, 1), date(2023, 9, 30)),
        ("Actual results of the first half year ended March 31, 2020", date(2019, 4, 1), date(2019, 9, 30)),
    ],
)
def test_explicit_phrases(phrase: str, start: date, end: date) -> None:
    period, assumed = resolve(phrase, MARCH)
    assert period is not None and (period.start, period.end) == (start, end) and not assumed


def test_year_ending_november() -> None:
    cal = learn_calendar("the fiscal year ending November 30, 2015 (December 1, 2014 to November 30, 2015)")
    assert cal.fye_month == 11
    period, _ = resolve("first half", cal, date(2015, 11, 30))
    assert (period.start, period.end) == (date(2014, 12, 1), date(2015, 5, 31))


def test_defined_labels_settle_the_convention() -> None:
    text = (
        'first half ("1H19", from April 1, 2019 to September 30, 2019) and '
        'full year ("FY2019", from April 1, 2019 to March 31, 2020)'
    )
    cal = learn_calendar(text)
    assert cal.label_start_year is True
    period, assumed = resolve("FY2018 Results", cal)
    assert (period.start, period.end, period.label, assumed) == (date(2018, 4, 1), date(2019, 3, 31), "FY2018", False)
    period, _ = resolve("1H18", cal)
    assert (period.start, period.end) == (date(2018, 4, 1), date(2018, 9, 30))


def test_bare_label_is_an_assumption_for_march_companies() -> None:
    period, assumed = resolve("FY2019", MARCH)
    assert assumed and (period.start, period.end) == (date(2019, 4, 1), date(2020, 3, 31))
    period, assumed = resolve("FY2019", Calendar(fye_month=12))
    assert not assumed and (period.start, period.end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_era_years() -> None:
    assert [d for d, _, _ in find_dates("July 31, Reiwa 2 and March 31, Heisei 30")] == [
        date(2020, 7, 31),
        date(2018, 3, 31),
    ]


def test_transitional_year_keeps_its_printed_range() -> None:
    period, _ = resolve("transitional period (April 1, 2023 to December 31, 2023)", MARCH)
    assert (period.start, period.end) == (date(2023, 4, 1), date(2023, 12, 31))


def test_label_defined_by_the_year_end_beside_it() -> None:
    """'FY2024 (fiscal year ending March 31, 2025)' settles the start-year convention, so the
    document's 'FY2023 Results' is the year ended March 2024 with no assumption."""
    cal = learn_calendar(
        "Forecasts for FY2024 (fiscal year ending March 31, 2025) against the year ended March 31, 2024"
    )
    assert cal.label_start_year is True
    period, assumed = resolve("FY2023 Results", cal)
    assert (period.start, period.end, assumed) == (date(2023, 4, 1), date(2024, 3, 31), False)


def test_explicit_year_end_beats_an_undefined_label() -> None:
    period, assumed = resolve("Forecasts for FY2024 (fiscal year ending March 31, 2025)", MARCH)
    assert (period.start, period.end, assumed) == (date(2024, 4, 1), date(2025, 3, 31), False)


def test_balance_dates_do_not_define_labels() -> None:
    cal = learn_calendar("FY2020 (as of December 31, 2020) and the year ended December 31, 2020")
    assert "FY2020" not in cal.labels
