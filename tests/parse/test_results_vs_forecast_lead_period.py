"""Results-vs-forecast notices whose table heading names no period (tests/parse/releases/), with the rules
they needed: a 'Previous forecast (A) | Actual results (B)' table takes the period its lead paragraph (else
its title) names, as a revision table does; a row that names its year only as 'the previous fiscal year'
belongs to the year before; 'announced as a range on <date>' dates the previous forecast; 'N months ended
<date>' ends on that date when the fiscal-year end is not known."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.periods import Calendar, resolve
from tests.parse.conftest import dividend, figure, parsed_release

_METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")


def test_results_vs_forecast_table_takes_the_leads_period() -> None:
    result = parsed_release("results-vs-forecast-heading-names-no-period.txt")
    expected = {
        ("2024-09-30", "previous_forecast"): (46_500e6, 2_750e6, 2_820e6, 1_900e6, 98.45),
        ("2024-09-30", "actual"): (47_318e6, 3_102e6, 3_266e6, 2_214e6, 114.73),
        ("2023-09-30", "actual"): (44_027e6, 2_511e6, 2_604e6, 1_722e6, 89.21),
    }
    for (end, scenario), values in expected.items():
        for metric, value in zip(_METRICS, values, strict=True):
            assert figure(result, metric, end, scenario)["value"] == pytest.approx(value)
    assert figure(result, "revenue", "2024-09-30", "actual")["period_start"] == "2023-10-01"
    assert figure(result, "revenue", "2023-09-30", "actual")["period_start"] == "2022-10-01"
    assert figure(result, "revenue", "2024-09-30", "previous_forecast")["announced_on"] == "2024-05-14"
    assert figure(result, "revenue", "2024-09-30", "actual")["announced_on"] is None
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_NOTICE = """{published}
Company name: Sample Freight Co., Ltd.
Securities code: 9999

Notice Regarding Differences between Earnings Forecasts and Actual Results for the Fiscal Year Ended {fy}

Sample Freight Co., Ltd. hereby announces the differences between the {scope} earnings forecasts for the
fiscal year ended {fy}, announced {announced}, and the actual results announced today.
{heading}{units}
Net sales Operating profit Ordinary profit Net income
{rows}
Change (B-A) 600 120 130 100
(Reference) Results for the previous fiscal year{reference_year} 11,400 850 880 560
"""
_PREVIOUS = "Previous forecast (A) 12,000 900 950 600"
_ACTUAL = "Actual results (B) 12,600 1,020 1,080 700"


@pytest.mark.parametrize(
    "heading", ["", "1. Differences between forecasts and actual results\n", "[Differences from the forecast]\n"]
)
@pytest.mark.parametrize(
    ("fy", "published", "fy_end", "prior_end", "prior_start"),
    [
        ("December 31, 2024", "February 13, 2025", "2024-12-31", "2023-12-31", "2023-01-01"),
        ("June 30, 2024", "August 9, 2024", "2024-06-30", "2023-06-30", "2022-07-01"),
        ("February 29, 2024", "April 5, 2024", "2024-02-29", "2023-02-28", "2022-03-01"),
    ],
)
def test_results_vs_forecast_variants(
    heading: str, fy: str, published: str, fy_end: str, prior_end: str, prior_start: str
) -> None:
    text = _NOTICE.format(
        published=published,
        fy=fy,
        scope="non-consolidated",
        announced="on May 10, 2023",
        heading=heading,
        units="(Millions of yen)",
        rows=f"{_PREVIOUS}\n{_ACTUAL}",
        reference_year="",
    )
    result = parse_release(text)
    assert figure(result, "revenue", fy_end, "previous_forecast")["value"] == 12_000e6
    assert figure(result, "revenue", fy_end, "previous_forecast")["announced_on"] == "2023-05-10"
    assert figure(result, "ordinary_profit", fy_end, "actual")["value"] == 1_080e6
    prior = figure(result, "net_profit_attributable", prior_end, "actual")
    assert prior["value"] == 560e6 and prior["period_start"] == prior_start
    assert figure(result, "revenue", fy_end, "actual")["consolidated"] is False
    assert len(result["figures"]) == 12


def test_actual_row_first_thousands_and_a_range_announced_as_such() -> None:
    """Rows in the other order, amounts in thousands, and a previous forecast given as a range whose
    date follows 'announced as a range on'."""
    text = _NOTICE.format(
        published="February 13, 2025",
        fy="December 31, 2024",
        scope="consolidated",
        announced="as a range on February 14, 2024",
        heading="",
        units="(Thousands of yen)",
        rows=f"{_ACTUAL}\nPrevious forecast (A) 11,000~13,000 800~1,000 850~1,050 500~700",
        reference_year=" (FY ended December 31, 2023)",
    )
    result = parse_release(text)
    previous = figure(result, "operating_profit", "2024-12-31", "previous_forecast")
    assert (previous["value"], previous["range_low"], previous["range_high"]) == (None, 800_000, 1_000_000)
    assert previous["announced_on"] == "2024-02-14"
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 12_600_000
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 11_400_000


def test_rows_naming_their_own_year_are_dated_by_it() -> None:
    """The lead's period does not override rows that name theirs."""
    text = _NOTICE.format(
        published="August 9, 2024",
        fy="June 30, 2024",
        scope="consolidated",
        announced="on August 10, 2023",
        heading="",
        units="(Millions of yen)",
        rows="FY6/2024 previous forecast (A) 12,000 900 950 600\nFY6/2024 actual results (B) 12,600 1,020 1,080 700",
        reference_year="",
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2024-06-30", "previous_forecast")["value"] == 12_000e6
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 12_600e6


@pytest.mark.parametrize(
    ("label", "end"),
    [
        ("Results for the previous fiscal year", "2024-03-31"),
        ("Prior fiscal year results", "2024-03-31"),
        ("Results for the preceding fiscal year", "2024-03-31"),
        ("Results for the current fiscal year", "2025-03-31"),
        ("Previous forecast for the full year", "2025-03-31"),
    ],
)
def test_a_year_named_only_as_the_previous_one(label: str, end: str) -> None:
    cal = Calendar(fye_month=3)
    period = resolve(label, cal, cal.fy_end(2025))[0]
    assert period is not None and period.end.isoformat() == end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Actual Results for the Six Months Ended September 30, 2023", "2023-04-01", "2023-09-30"),
        ("for the nine months ended December 31, 2024", "2024-04-01", "2024-12-31"),
        ("Results for the Fiscal Year Ended June 30, 2024", "2023-07-01", "2024-06-30"),
    ],
)
def test_months_ended_a_date_end_on_it_when_the_fiscal_year_is_unknown(text: str, start: str, end: str) -> None:
    period = resolve(text, Calendar())[0]
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == (start, end)


_DIVIDEND_REVISION = """November 11, 2024
Company name: Sample Trust Bank, Ltd.
Securities code: 9999

Notice Regarding Revision of Year-end Dividend Forecast

The Bank hereby announces that it has revised the year-end dividend forecast for the fiscal year ending {fy},
as follows.

Annual dividends per share
Interim Year-end Annual
Previous forecast 30.00 yen 30.00 yen 60.00 yen
Revised forecast 32.50 yen 65.00 yen
Results for the current fiscal year 32.50 yen
Results for the previous fiscal year 25.00 yen 30.00 yen 55.00 yen
"""


@pytest.mark.parametrize(
    ("fy", "fy_end", "prior_end"),
    [("March 31, 2025", "2025-03-31", "2024-03-31"), ("December 31, 2024", "2024-12-31", "2023-12-31")],
)
def test_dividend_row_of_the_previous_fiscal_year(fy: str, fy_end: str, prior_end: str) -> None:
    """The same words in a dividend revision grid: the year before, not an invented actual of this year."""
    result = parse_release(_DIVIDEND_REVISION.format(fy=fy))
    assert dividend(result, prior_end, "year_end", "actual")["per_share"] == 30.0
    assert dividend(result, prior_end, "annual", "actual")["per_share"] == 55.0
    assert dividend(result, fy_end, "year_end", "forecast")["per_share"] == 32.5
    this_year = [(d["period"], d["scenario"]) for d in result["dividends"] if d["fiscal_year_end"] == fy_end]
    assert ("year_end", "actual") not in this_year
