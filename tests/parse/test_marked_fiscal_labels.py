"""Quarter and half markers on fiscal-year labels ('1Q FY3/2025', 'FY2024 Q1', 'First half of
FY3/2025'), metrics-as-rows column titles with a year-on-year column and a forecast column, and
datelines written day first after a city or with a Japanese era year (tests/parse/releases/)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.parse import parse_release
from etl.parse.identity import published_on
from etl.parse.periods import Period, learn_calendar, resolve
from tests.parse.conftest import RELEASES, figure, parsed_release


def _periods(result: dict, metric: str) -> set[tuple[str, str, str]]:
    return {(f["period_start"], f["period_end"], f["scenario"]) for f in result["figures"] if f["metric"] == metric}


def test_tanshin_rows_labelled_1q_and_1h_with_a_fiscal_year_slash() -> None:
    """'1Q FY3/2025' rows are the first quarter's actuals, '1H FY3/2025' the half-year forecast: neither
    is the full year, and the real full-year forecast ('FY3/2025') is kept."""
    result = parsed_release("tanshin-q1-fy-slash-quarter-half-row-labels.txt")
    q1 = figure(result, "revenue", "2024-06-30", "actual")
    assert (q1["value"], q1["period_start"], q1["period_label"]) == (8_412_000_000, "2024-04-01", "1Q FY3/2025")
    assert figure(result, "eps_basic", "2024-06-30", "actual")["value"] == 34.1
    assert figure(result, "net_profit_attributable", "2023-06-30", "actual")["value"] == 571_000_000
    assert figure(result, "revenue", "2024-09-30", "forecast")["value"] == 17_500_000_000
    assert figure(result, "revenue", "2025-03-31", "forecast")["value"] == 36_000_000_000
    assert figure(result, "eps_basic", "2025-03-31", "forecast")["value"] == 145.73
    assert _periods(result, "revenue") == {
        ("2023-04-01", "2023-06-30", "actual"),
        ("2024-04-01", "2024-06-30", "actual"),
        ("2024-04-01", "2024-09-30", "forecast"),
        ("2024-04-01", "2025-03-31", "forecast"),
    }
    assert len(result["figures"]) == 20 and result["warnings"] == []


_ROWS = """{day}
Company name: Hoshizora Systems Inc.
Securities code: 4419
Consolidated Financial Results for the {nth} Quarter of the Fiscal Year Ending {fy_end} [Japanese GAAP]
1. Consolidated results for {cur} ({start} to {end})
(1) Consolidated operating results (cumulative)
(Percentages indicate year-on-year changes)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Millions of yen % Millions of yen % Millions of yen % Millions of yen %
{cur} 8,412 12.0 1,022 25.3 1,040 24.1 702 22.9
{prev} 7,511 8.8 816 10.2 838 9.6 571 8.0
2. Consolidated forecasts for {fy}
Net sales Operating profit Ordinary profit Profit attributable to owners of parent Basic earnings per share
Millions of yen % Millions of yen % Millions of yen % Millions of yen % Yen
{half} 17,500 9.4 2,050 12.0 2,080 11.5 1,400 10.3 68.01
{fy} 36,000 8.1 4,400 10.0 4,450 9.8 3,000 9.5 145.73
"""
_MARCH = {"day": "August 9, 2024", "nth": "First", "fy_end": "March 31, 2025", "start": "April 1, 2024"}
_MARCH_Q1 = (("2024-04-01", "2024-06-30"), ("2023-04-01", "2023-06-30"), "2024-09-30", "2025-03-31")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({**_MARCH, "cur": "1Q FY3/2025", "prev": "1Q FY3/2024", "half": "1H FY3/2025", "fy": "FY3/2025"}, _MARCH_Q1),
        ({**_MARCH, "cur": "FY3/2025 Q1", "prev": "FY3/2024 Q1", "half": "FY3/2025 1H", "fy": "FY3/2025"}, _MARCH_Q1),
        ({**_MARCH, "cur": "Q1 FY2025/3", "prev": "Q1 FY2024/3", "half": "H1 FY2025/3", "fy": "FY2025/3"}, _MARCH_Q1),
        (
            {**_MARCH, "cur": "1Q FY3/2025", "prev": "1Q FY3/2024", "half": "First half of FY3/2025", "fy": "FY3/2025"},
            _MARCH_Q1,
        ),
        (  # a December year end
            {
                "day": "May 10, 2025",
                "nth": "First",
                "fy_end": "December 31, 2025",
                "start": "January 1, 2025",
                "cur": "1Q FY12/2025",
                "prev": "1Q FY12/2024",
                "half": "1H FY12/2025",
                "fy": "FY12/2025",
            },
            (("2025-01-01", "2025-03-31"), ("2024-01-01", "2024-03-31"), "2025-06-30", "2025-12-31"),
        ),
        (  # a February year end, third quarter: cumulative from the year's first day, as tanshin results are
            {
                "day": "January 10, 2025",
                "nth": "Third",
                "fy_end": "February 28, 2025",
                "start": "March 1, 2024",
                "cur": "3Q FY2/2025",
                "prev": "3Q FY2/2024",
                "half": "2H FY2/2025",
                "fy": "FY2/2025",
            },
            (("2024-03-01", "2024-11-30"), ("2023-03-01", "2023-11-30"), "2025-02-28", "2025-02-28"),
        ),
    ],
)
def test_quarter_and_half_markers_combine_with_every_fiscal_year_form(
    fields: dict[str, str], expected: tuple[tuple[str, str], tuple[str, str], str, str]
) -> None:
    (cur_start, cur_end), (prev_start, prev_end), half_end, fy_end = expected
    result = parse_release(_ROWS.format(end=date.fromisoformat(cur_end).strftime("%B %-d, %Y"), **fields))
    q = figure(result, "revenue", cur_end, "actual")
    assert (q["value"], q["period_start"]) == (8_412_000_000, cur_start)
    assert figure(result, "revenue", prev_end, "actual")["period_start"] == prev_start
    forecasts = {(f["period_end"], f["value"]) for f in result["figures"] if f["scenario"] == "forecast"}
    assert {(fy_end, 36_000_000_000), (half_end, 17_500_000_000)} <= forecasts
    # The quarter's actuals are not full-year actuals.
    assert not any(f["period_end"] == fy_end and f["scenario"] == "actual" for f in result["figures"])


def test_a_second_half_label_is_the_years_last_six_months() -> None:
    """'2H FY2/2025' is stand-alone by its name: the last six months, beside (not replacing) the full year."""
    fields = {
        "day": "October 10, 2024",
        "nth": "Second",
        "fy_end": "February 28, 2025",
        "start": "March 1, 2024",
        "cur": "1H FY2/2025",
        "prev": "1H FY2/2024",
        "half": "2H FY2/2025",
        "fy": "FY2/2025",
    }
    result = parse_release(_ROWS.format(end="August 31, 2024", **fields))
    assert figure(result, "revenue", "2024-08-31", "actual")["period_start"] == "2024-03-01"
    revenue = {(f["period_start"], f["value"]) for f in result["figures"] if f["period_end"] == "2025-02-28"}
    assert ("2024-09-01", 17_500_000_000) in revenue and ("2024-03-01", 36_000_000_000) in revenue


@pytest.mark.parametrize(
    ("label", "start", "end"),
    [
        ("1Q FY3/2025", date(2024, 4, 1), date(2024, 6, 30)),
        ("FY3/2025 1H", date(2024, 4, 1), date(2024, 9, 30)),
        ("Q3 FY2025/3", date(2024, 4, 1), date(2024, 12, 31)),
        ("2Q of the fiscal year ending March 31, 2025", date(2024, 4, 1), date(2024, 9, 30)),
        ("FY2024 Q1", date(2024, 4, 1), date(2024, 6, 30)),
        ("Q1 FY2024", date(2024, 4, 1), date(2024, 6, 30)),  # as before: a quarter label with the assumed convention
        ("FY3/2025", date(2024, 4, 1), date(2025, 3, 31)),
    ],
)
def test_marked_labels_resolve_to_their_quarter_or_half(label: str, start: date, end: date) -> None:
    cal = learn_calendar("for the fiscal year ending March 31, 2025")
    period, _ = resolve(label, cal)
    assert period is not None and (period.start, period.end) == (start, end)
    assert period == Period(start, end, period.label)


def test_metrics_rows_with_1q_fy_column_titles() -> None:
    """Column titles '1Q FY2023 1Q FY2024' are the first quarters, not the full years."""
    result = parsed_release("metrics-rows-1q-fy-label-columns.txt")
    assert _periods(result, "revenue") == {
        ("2023-04-01", "2023-06-30", "actual"),
        ("2024-04-01", "2024-06-30", "actual"),
    }
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 196_100_000_000
    assert figure(result, "net_profit_attributable", "2023-06-30", "actual")["value"] == 10_100_000_000


@pytest.mark.parametrize(
    "titles",
    [
        "1Q FY3/2024 1Q FY3/2025 YoY change FY3/2025 forecast",
        "Q1 FY2023 Q1 FY2024 YoY change FY2024 forecast",
        "Three months ended June 30, 2023 Three months ended June 30, 2024 Year-on-year change FY3/2025 forecast",
    ],
)
def test_metrics_rows_with_a_yoy_column_and_a_forecast_column(titles: str) -> None:
    """One period per value column: the year-on-year column has none, the forecast column is the full year;
    'Three months ended ...' titles are read with their own dates."""
    text = (RELEASES / "metrics-rows-three-months-yoy-forecast-columns.txt").read_text()
    header = next(line for line in text.splitlines() if line.startswith("Three months ended"))
    result = parse_release(text.replace(header, titles))
    assert _periods(result, "operating_profit") == {
        ("2023-04-01", "2023-06-30", "actual"),
        ("2024-04-01", "2024-06-30", "actual"),
        ("2024-04-01", "2025-03-31", "forecast"),
    }
    assert figure(result, "revenue", "2023-06-30", "actual")["value"] == 182_400_000_000
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 196_100_000_000
    assert figure(result, "revenue", "2025-03-31", "forecast")["value"] == 820_000_000_000
    # 'Note: The full-year forecast for FY3/2025 is unchanged from the forecast announced on May 9, 2024.'
    assert figure(result, "revenue", "2025-03-31", "forecast")["announced_on"] == "2024-05-09"
    assert len(result["figures"]) == 12


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("TOKYO, 14 November 2024 - Kogane Motors Co., Ltd. (TSE: 7263) today announced", date(2024, 11, 14)),
        ("Osaka, 3 Feb. 2025 — Acme Co., Ltd. today announced", date(2025, 2, 3)),
        ("TOKYO - November 14, 2024 - Acme Co., Ltd. today announced", date(2024, 11, 14)),
        ("Reiwa 6 (2024) November 8", date(2024, 11, 8)),
        ("Heisei 31 (2019) April 26", date(2019, 4, 26)),
        ("November 8, Reiwa 6 (2024)", date(2024, 11, 8)),
    ],
)
def test_day_first_city_and_era_year_datelines(dateline: str, day: date) -> None:
    text = f"FOR IMMEDIATE RELEASE\nAcme Announces Results for the Fiscal Year Ending March 2025\n{dateline}\n"
    assert published_on(text) == day


def test_era_year_dateline_dates_the_revised_forecasts() -> None:
    result = parsed_release("revision-era-year-dateline.txt")
    assert result["document"]["published_on"] == "2024-11-08"
    assert figure(result, "revenue", "2025-03-31", "forecast")["announced_on"] == "2024-11-08"
    assert figure(result, "revenue", "2025-03-31", "previous_forecast")["announced_on"] == "2024-05-10"
