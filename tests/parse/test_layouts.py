"""Whole releases in layouts the dev corpus does not show, written for these tests
(tests/parse/releases/): a March-year-end Q3 summary with bare-date rows under a 'Nine months
ended' stub, a correction notice, a revision with metrics as rows, and a US GAAP company."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, figure, parsed_release


def test_q3_summary_with_date_rows_under_a_stub() -> None:
    result = parsed_release("march-q3-tanshin-date-rows.txt")
    assert result["document"]["accounting_standard"] == "J-GAAP"
    q3 = figure(result, "operating_profit", "2023-12-31", "actual")
    assert q3["value"] == 5_021_000_000 and q3["period_start"] == "2023-04-01"
    assert figure(result, "revenue", "2022-12-31", "actual")["value"] == 87_310_000_000
    assert figure(result, "eps_basic", "2023-12-31", "actual")["value"] == 95.12
    full = figure(result, "eps_basic", "2024-03-31", "forecast")
    assert full["value"] == 120.05 and full["announced_on"] == "2024-02-09"  # 'Revisions ...: Yes'
    assert len(result["figures"]) == 15
    assert dividend(result, "2024-03-31", "year_end", "forecast")["announced_on"] is None  # 'None', no date
    assert dividend(result, "2024-03-31", "annual", "forecast")["per_share"] == 64.0
    assert result["warnings"] == []


def test_correction_keeps_only_corrected_figures() -> None:
    result = parsed_release("correction-before-after.txt")
    assert result["document"]["is_correction"] is True
    corrected = figure(result, "net_profit_attributable", "2022-03-31", "forecast")
    assert corrected["value"] == 1_750_000_000 and corrected["announced_on"] == "2022-03-03"
    assert figure(result, "eps_basic", "2022-03-31", "forecast")["value"] == 70.14
    assert figure(result, "revenue", "2022-03-31", "previous_forecast")["announced_on"] is None
    assert len(result["figures"]) == 10


def test_metrics_as_rows_with_scenario_columns() -> None:
    result = parsed_release("revision-metrics-as-rows.txt")
    assert figure(result, "revenue", "2023-03-31", "forecast")["value"] == 252_000_000_000
    previous = figure(result, "profit_before_tax", "2023-03-31", "previous_forecast")
    assert previous["value"] == 30_500_000_000 and previous["announced_on"] == "2022-05-12"
    prior = figure(result, "eps_basic", "2022-03-31", "actual")
    assert prior["value"] == 162.98 and prior["period_start"] == "2021-04-01"
    assert len(result["figures"]) == 15  # the change and % columns are not facts


def test_us_gaap_results_vs_forecast() -> None:
    result = parsed_release("us-gaap-results-vs-forecast.txt")
    assert result["document"]["kind"] == "results_vs_forecast"
    actual = figure(result, "net_profit_attributable", "2023-09-30", "actual")
    assert actual["value"] == 33_420_000_000 and actual["accounting_standard"] == "US GAAP"
    assert actual["consolidated"] is None  # neither the title nor the heading says
    assert figure(result, "profit_before_tax", "2022-09-30", "actual")["value"] == 40_206_000_000
    assert len(result["figures"]) == 15  # the US$ convenience translation is not a fact


def test_html_release_one_cell_per_line() -> None:
    """A web page through ingestion's extractor: navigation and footer dates are not the dateline,
    and a '(Reference) ...' row label followed by its values is a row, not a heading."""
    from etl.ingest.extract import extract

    page = RELEASES / "html-revision-with-navigation.html"
    result = parse_release(extract(page.name, page.read_bytes()).text)
    assert result["document"]["published_on"] == "2025-05-12"
    assert result["document"]["company"] == {"code": "6493", "name": "Tenjin Robotics Corporation"}
    assert figure(result, "operating_profit", "2025-03-31", "forecast")["value"] == 2_480_000_000
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 66.43
    assert len(result["figures"]) == 15


def test_special_part_printed_under_the_per_share_cell() -> None:
    result = parsed_release("dividend-notice-special-part-in-cell.txt")
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert decided["per_share"] == 65.0 and decided["total_amount"] == 2_901_000_000
    assert sorted((c["kind"], c["per_share"]) for c in decided["components"]) == [("ordinary", 50.0), ("special", 15.0)]
    superseded = dividend(result, "2025-03-31", "year_end", "previous_forecast")
    assert superseded["per_share"] == 50.0 and superseded["announced_on"] == "2024-11-08"
    assert dividend(result, "2024-03-31", "year_end", "actual")["status"] == "paid"
    assert len(result["dividends"]) == 3


def test_q1_summary_with_ranges_and_unchanged_forecast() -> None:
    result = parsed_release("q1-tanshin-ranges-unchanged-forecast.txt")
    assert figure(result, "operating_profit", "2024-06-30", "actual")["value"] == -210_000_000
    assert figure(result, "eps_basic", "2024-06-30", "actual")["value"] == -12.33
    half = figure(result, "eps_basic", "2024-09-30", "forecast")
    assert half["value"] == 4.87 and half["announced_on"] == "2024-05-10"
    full = figure(result, "revenue", "2025-03-31", "forecast")
    assert (full["value"], full["range_low"], full["range_high"]) == (None, 54e9, 58e9)
    assert full["announced_on"] == "2024-05-10"
    assert dividend(result, "2025-03-31", "interim", "forecast")["per_share"] == 11.0
    assert len(result["figures"]) == 20 and len(result["dividends"]) == 6


def test_results_vs_forecast_with_dividend_revision() -> None:
    """'Previously announced forecast (A)', 'Difference', 'Rate of change'; a dividend revision whose
    revised row lists only the rest of the year (right-aligned) and whose results row lists the paid
    interim (left-aligned)."""
    result = parsed_release("results-vs-forecast-half-with-dividend-revision.txt")
    assert figure(result, "eps_basic", "2023-09-30", "previous_forecast")["value"] == 45.71
    assert figure(result, "eps_basic", "2023-09-30", "actual")["value"] == 65.05
    assert figure(result, "revenue", "2022-09-30", "actual")["value"] == 57_903_000_000
    assert figure(result, "net_profit_attributable", "2024-03-31", "forecast")["announced_on"] == "2023-11-10"
    assert len(result["figures"]) == 30
    assert dividend(result, "2024-03-31", "year_end", "forecast")["per_share"] == 25.0
    assert dividend(result, "2024-03-31", "annual", "forecast")["per_share"] == 45.0
    assert dividend(result, "2024-03-31", "interim", "actual")["per_share"] == 20.0
    assert dividend(result, "2024-03-31", "interim", "previous_forecast")["announced_on"] == "2023-05-12"
    assert result["warnings"] == []


def test_half_and_full_year_groups_in_one_table() -> None:
    """'First half' and 'Full year' opening rows start groups: each group's rows take its period and
    its reference row is the same period a year earlier; each group's change rows are checked."""
    result = parsed_release("revision-half-and-full-year-groups.txt")
    assert figure(result, "revenue", "2024-09-30", "forecast")["value"] == 12_600_000_000
    assert figure(result, "revenue", "2025-03-31", "forecast")["value"] == 26_500_000_000
    assert figure(result, "eps_basic", "2023-09-30", "actual")["value"] == 42.77
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 101.11
    assert len(result["figures"]) == 30
    assert result["warnings"] == []
    broken = (RELEASES / "revision-half-and-full-year-groups.txt").read_text().replace("(2,500) (900)", "(2,500) (990)")
    assert any("Derived row does not match" in w for w in parse_release(broken)["warnings"])


def test_dividend_breakdown_rows_give_components() -> None:
    result = parsed_release("dividend-notice-breakdown-rows.txt")
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert decided["per_share"] == 40.0 and decided["total_amount"] == 812_000_000
    assert sorted((c["kind"], c["per_share"]) for c in decided["components"]) == [
        ("commemorative", 10.0),
        ("ordinary", 30.0),
    ]
    assert dividend(result, "2025-03-31", "year_end", "previous_forecast")["components"] is None
    assert len(result["dividends"]) == 3


def test_fy_slash_labels_and_end_of_fy_columns() -> None:
    """Rows labelled 'FY3/2025' (the year ending March 2025), 'EPS (Yen)' and 'End of Q2 / End of FY'."""
    result = parsed_release("tanshin-fy-slash-labels.txt")
    assert figure(result, "net_profit_attributable", "2025-03-31", "actual")["period_start"] == "2024-04-01"
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 105.5
    assert figure(result, "eps_basic", "2026-03-31", "forecast")["announced_on"] == "2025-05-09"
    assert dividend(result, "2025-03-31", "year_end", "actual")["per_share"] == 19.0
    assert dividend(result, "2026-03-31", "annual", "forecast")["per_share"] == 38.0
    assert len(result["figures"]) == 15 and len(result["dividends"]) == 9
    assert result["warnings"] == []


def test_us_dollar_convenience_columns_are_not_facts() -> None:
    result = parsed_release("summary-with-usd-convenience-column.txt")
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 152_300_000_000
    assert figure(result, "net_profit_attributable", "2023-03-31", "actual")["value"] == 5_330_000_000
    assert len(result["figures"]) == 8
    assert all(f["unit"] == "JPY" for f in result["figures"])


def test_statements_in_thousands_refine_page_one() -> None:
    """Page 1 in millions (a '(Millions of yen)' line above the unit row) and the statement of income
    in thousands: one fact per figure, with the more precise value; non-controlling profit is not ours."""
    result = parsed_release("summary-with-statements-in-thousands.txt")
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 61_233_456_000
    assert figure(result, "operating_profit", "2023-03-31", "actual")["value"] == 3_004_998_000
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 2_210_125_000
    assert figure(result, "profit_before_tax", "2024-03-31", "actual")["value"] == 3_305_556_000
    assert len(result["figures"]) == 10
    assert result["warnings"] == []


# The same notice for a December year end: its interim record date is June 30.
_DECEMBER = (
    ("November 14, 2024", "August 9, 2024"),
    ("September 30, 2024", "June 30, 2024"),
    ("September 30, 2023", "June 30, 2023"),
    ("December 5, 2024", "September 5, 2024"),
    ("December 6, 2023", "September 6, 2023"),
    ("March 31, 2024", "December 31, 2023"),
    ("March 31, 2025", "December 31, 2024"),
)


@pytest.mark.parametrize(
    ("year_end", "layout"),
    [("march", "rows"), ("march", "cells"), ("december", "rows"), ("december", "cells")],
)
def test_current_year_is_not_the_previous_year_column_that_comes_first(year_end: str, layout: str) -> None:
    """An interim dividend notice whose first year-end phrase glosses the previous-year column ('Actual
    results for the previous fiscal year (Interim dividend for the fiscal year ended March 31, 2024)'):
    the breakdown's 'current fiscal year' rows belong to the year the notice is about."""
    text = (RELEASES / "interim-dividend-notice-previous-year-column-first.txt").read_text()
    if year_end == "december":
        for old, new in _DECEMBER:
            text = text.replace(old, new)
    if layout == "cells":  # one cell per line, as some extractions print the tables
        text = text.replace(" yen ", " yen\n").replace(" Same as left ", "\nSame as left\n")
    result = parse_release(text)
    current, previous = ("2025-03-31", "2024-03-31") if year_end == "march" else ("2024-12-31", "2023-12-31")
    assert dividend(result, current, "interim", "actual")["per_share"] == 23.0
    assert dividend(result, current, "year_end", "forecast")["per_share"] == 23.0
    assert dividend(result, current, "annual", "forecast")["per_share"] == 46.0
    assert dividend(result, previous, "year_end", "actual")["per_share"] == 23.5
    assert not [d for d in result["dividends"] if d["fiscal_year_end"] == previous and d["scenario"] == "forecast"]


def test_february_year_end_q3_summary_with_rows_on_one_line() -> None:
    """A retailer's nine-month summary: cumulative from March 1, a leap-year February 29 year end,
    '△' and bracketed changes beside the values, a dividend grid with '-' quarter cells."""
    result = parsed_release("february-q3-tanshin-rows-on-one-line.txt")
    assert result["document"]["fiscal_year_end_month"] == 2
    nine_months = figure(result, "revenue", "2023-11-30", "actual")
    assert (nine_months["period_start"], nine_months["value"]) == ("2023-03-01", 412_388_000_000)
    assert figure(result, "net_profit_attributable", "2022-11-30", "actual")["value"] == 11_423_000_000
    assert figure(result, "eps_basic", "2024-02-29", "forecast")["value"] == 161.4
    assert figure(result, "ordinary_profit", "2024-02-29", "forecast")["period_start"] == "2023-03-01"
    assert dividend(result, "2024-02-29", "interim", "actual")["per_share"] == 22.0
    assert dividend(result, "2024-02-29", "annual", "forecast")["per_share"] == 44.0
    assert not [d for d in result["dividends"] if d["period"] in ("q1", "q3")]  # '-' cells are no facts
    assert len(result["figures"]) == 15


def test_results_for_a_transitional_nine_month_year() -> None:
    """A change of year end from March to December: the year ended December 31, 2024 runs nine months
    from April 1, and the previous (twelve-month) year keeps its own span."""
    result = parsed_release("results-vs-forecast-transitional-nine-month-year.txt")
    actual = figure(result, "operating_profit", "2024-12-31", "actual")
    assert (actual["period_start"], actual["value"]) == ("2024-04-01", 1_611_000_000)
    previous = figure(result, "revenue", "2024-12-31", "previous_forecast")
    assert (previous["value"], previous["announced_on"]) == (31_000_000_000, "2024-11-08")
    reference = figure(result, "revenue", "2024-03-31", "actual")
    assert (reference["period_start"], reference["value"]) == ("2023-04-01", 40_118_000_000)
