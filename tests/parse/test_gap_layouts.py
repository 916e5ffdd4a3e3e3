"""Release layouts written for the gap hunt (tests/parse/releases/), each with the rule it needed:
an IFRS summary whose results columns include 'Profit for the period' and 'Total comprehensive
income' between ours, ..."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.figures import header_metrics
from etl.parse.numbers import cells_in
from tests.parse.conftest import RELEASES, dividend, figure, parsed_release


def test_ifrs_summary_with_other_profit_columns() -> None:
    """The column-title line ('... Profit for the period Profit attributable to owners of the parent
    Total comprehensive income') read as a sentence, losing the header; and the two columns that are
    none of ours shifted attributable profit onto 'Profit for the period'."""
    result = parsed_release("december-q3-ifrs-other-profit-columns.txt")
    q3 = figure(result, "net_profit_attributable", "2022-09-30", "actual")
    assert q3["value"] == 13_988_000_000 and q3["period_start"] == "2022-01-01"
    assert q3["accounting_standard"] == "IFRS"
    assert figure(result, "profit_before_tax", "2021-09-30", "actual")["value"] == 22_320_000_000
    assert figure(result, "revenue", "2022-09-30", "actual")["value"] == 218_405_000_000
    assert figure(result, "net_profit_attributable", "2022-12-31", "forecast")["value"] == 18_000_000_000
    assert len(result["figures"]) == 15
    assert dividend(result, "2022-12-31", "year_end", "forecast")["per_share"] == 26.0
    assert result["warnings"] == []


_RESULTS_TABLE = """Consolidated Financial Results for the Six Months Ended August 31, 2023 [IFRS]
October 12, 2023
Company name: Hokuto Retail Holdings Co., Ltd.
Code number: 8299
1. Consolidated Financial Results for the Six Months Ended August 31, 2023 (March 1, 2023 to August 31, 2023)
(1) Consolidated Operating Results (cumulative)
(% indicates changes from the same period of the previous fiscal year)
{titles}
Six months ended Millions of yen % Millions of yen % Millions of yen % Millions of yen % Millions of yen %
August 31, 2023 {row_2023}
August 31, 2022 {row_2022}
"""
_COLUMNS = {
    "Operating revenue": ("88,120 5.1", "83,840 2.0"),
    "Operating profit": ("6,204 △3.0", "6,396 8.8"),
    "Profit for the period": ("4,410 1.2", "4,358 3.3"),
    "Total comprehensive income": ("5,001 20.0", "4,167 -"),
    "Profit attributable to owners of the parent": ("4,105 1.1", "4,060 3.0"),
}


@pytest.mark.parametrize(
    "order",
    [
        list(_COLUMNS),
        [
            "Operating revenue",
            "Operating profit",
            "Total comprehensive income",
            "Profit attributable to owners of the parent",
            "Profit for the period",
        ],
    ],
)
def test_other_profit_columns_keep_their_place_under_a_february_year_end(order: list[str]) -> None:
    text = _RESULTS_TABLE.format(
        titles=" ".join(order),
        row_2023=" ".join(_COLUMNS[c][0] for c in order),
        row_2022=" ".join(_COLUMNS[c][1] for c in order),
    )
    result = parse_release(text)
    half = figure(result, "net_profit_attributable", "2023-08-31", "actual")
    assert half["value"] == 4_105_000_000 and half["period_start"] == "2023-03-01"
    assert figure(result, "net_profit_attributable", "2022-08-31", "actual")["value"] == 4_060_000_000
    assert figure(result, "revenue", "2023-08-31", "actual")["value"] == 88_120_000_000
    assert len(result["figures"]) == 6


def test_parent_only_revision_with_ranges_that_print_their_unit_twice() -> None:
    """'△32.10 yen ~ △8.45 yen' read as two cells (the lower bound, then a stray '△8.45' that shifted
    into the next row's first column); the range is one cell, its bounds kept, never averaged."""
    result = parsed_release("parent-only-revision-ranges-with-units.txt")
    eps = figure(result, "eps_basic", "2024-03-31", "forecast", consolidated=False)
    assert eps["value"] is None and (eps["range_low"], eps["range_high"]) == (-32.10, -8.45)
    sales = figure(result, "revenue", "2024-03-31", "forecast", consolidated=False)
    assert sales["value"] is None and (sales["range_low"], sales["range_high"]) == (2_400_000_000, 3_100_000_000)
    loss = figure(result, "operating_profit", "2024-03-31", "forecast")
    assert (loss["range_low"], loss["range_high"]) == (-900_000_000, -200_000_000)
    assert figure(result, "eps_basic", "2024-03-31", "previous_forecast")["announced_on"] == "2023-05-12"
    assert figure(result, "revenue", "2023-03-31", "actual")["value"] == 1_210_000_000
    assert {f["accounting_standard"] for f in result["figures"]} == {"J-GAAP"}
    assert len(result["figures"]) == 15


@pytest.mark.parametrize(
    ("printed", "low", "high"),
    [
        ("△32.10 yen ~ △8.45 yen", -32.10, -8.45),
        ("12.50 yen to 14.00 yen", 12.5, 14.0),
        ("¥40.00 to ¥60.00", 40.0, 60.0),
        ("JPY 40.00 ~ JPY 60.00", 40.0, 60.0),
        ("60.0% ~ 106.7%", 60.0, 106.7),
        ("88,000 to 120,000", 88_000.0, 120_000.0),
    ],
)
def test_a_range_with_its_unit_on_both_bounds_is_one_cell(printed: str, low: float, high: float) -> None:
    cells = cells_in(f"Revised forecast (B) {printed} 1,500")
    assert [(c.low, c.high) for c in cells[:1]] == [(low, high)]
    assert [c.value for c in cells[1:]] == [1_500.0]


def test_revision_in_billions_with_full_width_digits_and_a_damaged_dateline() -> None:
    """'Novernber l2, 2O21' gave no date (so no announced_on for the revised forecast), and '8.2' billion
    yen came out as 8199999999.999999: a decimal in billions is rounded to whole yen."""
    result = parsed_release("revision-billions-fullwidth-ocr-dateline.txt")
    assert result["document"]["published_on"] == "2021-11-12"
    assert result["document"]["company"] == {"code": "2914", "name": "Kita-Nihon Foods Co., Ltd."}
    assert figure(result, "ordinary_profit", "2021-03-31", "actual")["value"] == 8_200_000_000
    revised = figure(result, "revenue", "2022-03-31", "forecast")
    assert revised["value"] == 126_500_000_000 and revised["announced_on"] == "2021-11-12"
    assert figure(result, "eps_basic", "2022-03-31", "previous_forecast")["value"] == 102.43
    assert all(isinstance(f["value"], int) for f in result["figures"] if f["unit"] == "JPY")
    assert len(result["figures"]) == 15


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("Novernber l2, 2O21", "2021-11-12"),
        ("Decernber 1, 2O21", "2021-12-01"),
        ("May l4, 2O18 (Mon.)", "2018-05-14"),
        ("Septernber 3O, 2022", "2022-09-30"),
        ("Fiscal 12, 2021", None),  # not a month within two edits
    ],
)
def test_an_ocr_damaged_dateline_is_read(dateline: str, day: str | None) -> None:
    text = f"{dateline}\nCompany name: Kita Foods Co., Ltd.\nSecurities code: 2914\nNotice Concerning Dividends\n"
    assert parse_release(text)["document"]["published_on"] == day


def test_correction_of_a_summary_skips_every_table_before_the_after_marker() -> None:
    """'[Before correction]' printed over two tables (results, then EPS): the marker held for the first
    only, so the EPS 'before correction' (24.88) merged first and won over the corrected 26.31. A
    '(Correction)' tag before the title hid the title."""
    result = parsed_release("correction-of-summary-two-tables-per-side.txt")
    doc = result["document"]
    assert doc["is_correction"] is True and doc["title"].startswith("(Correction) Notice of Partial Correction")
    assert figure(result, "eps_basic", "2024-06-30", "actual")["value"] == 26.31
    assert figure(result, "ordinary_profit", "2024-06-30", "actual")["value"] == 955_000_000
    assert figure(result, "net_profit_attributable", "2024-06-30", "actual")["value"] == 646_000_000
    assert len(result["figures"]) == 10


def test_correction_of_a_dividend_detail_table_reads_the_corrected_copy() -> None:
    result = parsed_release("correction-of-dividend-detail.txt")
    decided = dividend(result, "2024-03-31", "year_end", "actual")
    assert decided["effective_date"] == "2024-06-27" and decided["total_amount"] == 1_216_000_000
    assert decided["resource"] == "retained_earnings"
    assert dividend(result, "2024-03-31", "year_end", "previous_forecast")["announced_on"] == "2024-02-09"
    assert len(result["dividends"]) == 3


_MARKERS_OVER_HEADINGS = """October 2, 2023
Company name: Sanyo Precision Parts Co., Ltd.
Securities code: 6395
Notice of Partial Correction of "Notice Regarding Revision of Earnings Forecasts"
1. Details of the correction
{before}
(1) Revision of the consolidated forecast for the year ending December 31, 2023 (January 1 to December 31, 2023)
(Unit: million yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Previous forecast (A) 40,000 3,000 3,100 2,000
Revised forecast (B) 42,000 3,300 3,400 2,300
{after}
(1) Revision of the consolidated forecast for the year ending December 31, 2023 (January 1 to December 31, 2023)
(Unit: million yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Previous forecast (A) 40,000 3,000 3,100 2,000
Revised forecast (B) 42,000 3,300 3,400 2,150
"""


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Before correction", "After correction"),
        ("(Before)", "(After)"),
        ("【Before correction】", "【After correction】"),
    ],
)
def test_correction_markers_hold_across_the_headings_under_them(before: str, after: str) -> None:
    result = parse_release(_MARKERS_OVER_HEADINGS.format(before=before, after=after))
    revised = figure(result, "net_profit_attributable", "2023-12-31", "forecast")
    assert revised["value"] == 2_150_000_000 and revised["announced_on"] == "2023-10-02"
    assert len(result["figures"]) == 8


def test_part_notes_under_a_dividend_grid_row_are_its_components() -> None:
    """'(Ordinary dividend 25.00)' / '(Commemorative dividend 10.00)' printed one a line under the revised
    year-end cell of a revision grid: the parts were lost (only notes inside a detail table were read)."""
    result = parsed_release("dividend-revision-grid-part-notes.txt")
    revised = dividend(result, "2024-03-31", "year_end", "forecast")
    assert revised["per_share"] == 35.0 and revised["announced_on"] == "2023-11-06"
    assert revised["components"] == [
        {"kind": "ordinary", "per_share": 25.0},
        {"kind": "commemorative", "per_share": 10.0},
    ]
    assert dividend(result, "2024-03-31", "year_end", "previous_forecast")["components"] is None
    interim = dividend(result, "2024-03-31", "interim", "actual")
    assert interim["effective_date"] == "2023-12-04" and interim["total_amount"] == 1_875_000_000
    assert dividend(result, "2023-03-31", "interim", "actual")["status"] == "paid"
    assert len(result["dividends"]) == 9


def test_december_dividend_from_capital_surplus_with_a_commemorative_part() -> None:
    result = parsed_release("dividend-notice-capital-surplus-december.txt")
    decided = dividend(result, "2024-12-31", "year_end", "actual")
    assert decided["resource"] == "capital_surplus" and decided["total_amount"] == 1_512_000_000
    assert decided["components"] == [
        {"kind": "ordinary", "per_share": 35.0},
        {"kind": "commemorative", "per_share": 10.0},
    ]
    forecast = dividend(result, "2024-12-31", "year_end", "previous_forecast")
    assert forecast["record_date"] == "2024-12-31" and forecast["announced_on"] == "2024-11-08"  # 'Same as left'
    assert dividend(result, "2023-12-31", "year_end", "actual")["status"] == "paid"
    assert dividend(result, "2024-12-31", "annual", "actual")["per_share"] == 75.0


def test_same_as_left_read_through_ocr_damage() -> None:
    text = (RELEASES / "correction-of-dividend-detail.txt").read_text().replace("Same as left", "Same as 1eft")
    assert dividend(parse_release(text), "2024-03-31", "year_end", "previous_forecast")["record_date"] == "2024-03-31"


def test_group_phrase_with_dates_before_the_first_row() -> None:
    """'First half (April 1, 2022 to September 30, 2022)' right before 'Previous forecast (A)': the
    bracket parted the two, the group phrase went into the header and the whole half year was lost."""
    result = parsed_release("us-gaap-revision-groups-with-dates.txt")
    half = figure(result, "net_profit_attributable", "2022-09-30", "forecast")
    assert half["value"] == 31_500_000_000 and half["period_start"] == "2022-04-01"
    assert half["accounting_standard"] == "US GAAP"
    assert figure(result, "profit_before_tax", "2022-09-30", "previous_forecast")["announced_on"] == "2022-04-27"
    prior = figure(result, "eps_basic", "2021-09-30", "actual")
    assert prior["value"] == -16.5 and prior["period_start"] == "2021-04-01"
    assert figure(result, "revenue", "2023-03-31", "forecast")["value"] == 910_000_000_000
    assert len(result["figures"]) == 30


_GROUPS = """February 3, 2023
Company name: Aoi Logistics Co., Ltd.
Securities code: 9306
Notice Regarding Revision of Earnings Forecasts
1. Revision of consolidated earnings forecasts for the fiscal year ending December 31, 2023
(Unit: million yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
{first} ({first_dates})
Previous forecast (A) 14,000 900 950 620
Revised forecast (B) 12,600 410 480 300
Full year ({full_dates})
Previous forecast (A) 29,000 2,100 2,200 1,450
Revised forecast (B) 26,500 1,200 1,300 850
"""


@pytest.mark.parametrize(
    ("first", "first_dates", "end"),
    [
        ("First half", "January 1, 2023 to June 30, 2023", "2023-06-30"),
        ("Six months", "January 1, 2023 - June 30, 2023", "2023-06-30"),
        ("Nine months", "From January 1, 2023 to September 30, 2023", "2023-09-30"),
    ],
)
def test_group_phrase_with_dates_under_a_december_year_end(first: str, first_dates: str, end: str) -> None:
    text = _GROUPS.format(first=first, first_dates=first_dates, full_dates="January 1, 2023 to December 31, 2023")
    result = parse_release(text)
    group = figure(result, "operating_profit", end, "forecast")
    assert group["value"] == 410_000_000 and group["period_start"] == "2023-01-01"
    assert figure(result, "operating_profit", "2023-12-31", "forecast")["value"] == 1_200_000_000
    assert len(result["figures"]) == 16


def test_results_vs_forecast_metric_rows_with_a_reference_column_title() -> None:
    """Scenario column titles one a line, the last '(Reference) Results for the fiscal year ended ...':
    it was read as a heading that cut the table from its header, and as two columns ('(Reference)',
    'Results ...'), one more than the table has. Billions with one decimal; 'Business profit' is none of ours."""
    result = parsed_release("results-vs-forecast-metric-rows-cell-per-line.txt")
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 1_902_400_000_000
    assert figure(result, "profit_before_tax", "2024-03-31", "previous_forecast")["announced_on"] == "2024-02-02"
    prior = figure(result, "net_profit_attributable", "2023-03-31", "actual")
    assert prior["value"] == 57_300_000_000 and prior["period_start"] == "2022-04-01"
    assert figure(result, "eps_basic", "2023-03-31", "actual")["value"] == 170.88
    assert not [f for f in result["figures"] if f["metric"] == "operating_profit"]
    assert len(result["figures"]) == 12


_REFERENCE_COLUMN = """November 8, 2023
Company name: Tsurumi Heavy Industries, Ltd.
Code number: 7011
Notice Concerning Differences between Forecasts and Actual Results for the First Half
1. Differences for the first half of the fiscal year ending December 31, 2023 (January 1, 2023 to June 30, 2023)
(Unit: million yen)
Previous forecast (A) Actual results (B) Change (B-A) Change (%) {tag} Results for the first half of the previous year
Net sales 52,000 54,310 2,310 4.4 50,118
Operating profit 4,100 4,420 320 7.8 3,904
"""


@pytest.mark.parametrize("tag", ["(Reference)", "<Reference>", "[Reference]", "(Ref.)"])
def test_a_reference_tag_opens_no_column_of_its_own(tag: str) -> None:
    result = parse_release(_REFERENCE_COLUMN.format(tag=tag))
    assert figure(result, "revenue", "2023-06-30", "actual")["value"] == 54_310_000_000
    prior = figure(result, "operating_profit", "2022-06-30", "actual")
    assert prior["value"] == 3_904_000_000 and prior["period_start"] == "2022-01-01"
    assert len(result["figures"]) == 6


def test_a_year_after_fiscal_in_a_row_label_is_not_a_value() -> None:
    """'(Reference) Results for fiscal 2020' then its values one a line: '2020' read as the first cell,
    every prior-year figure moved one column right and the EPS column was lost. The previous forecast
    was undetermined ('―'): no previous figures."""
    result = parsed_release("ifrs-forecast-after-undetermined-cell-per-line.txt")
    prior = figure(result, "revenue", "2020-12-31", "actual")
    assert prior["value"] == 58_312_000_000 and prior["period_start"] == "2020-01-01"
    assert figure(result, "profit_before_tax", "2020-12-31", "actual")["value"] == -1_530_000_000
    assert figure(result, "eps_basic", "2020-12-31", "actual")["value"] == -53.0
    new = figure(result, "eps_basic", "2021-12-31", "forecast")
    assert new["value"] == 98.53 and new["announced_on"] == "2021-08-09"
    assert not [f for f in result["figures"] if f["scenario"] == "previous_forecast"]
    assert len(result["figures"]) == 10 and result["warnings"] == []


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("(Reference) Results for fiscal 2020 58,312 (1,204)", [58_312.0, -1_204.0]),
        ("Fiscal 2023 results 1,234", [1_234.0]),
        ("FY 2022 actual 980 12.50", [980.0, 12.5]),
        ("Full year 2015.30", [2_015.3]),  # a per-share value, not a year
    ],
)
def test_years_named_by_fiscal_or_fy_are_labels(line: str, values: list[float]) -> None:
    assert [c.value for c in cells_in(line)] == values


def test_parent_only_bottom_line_titled_profit() -> None:
    """Non-consolidated J-GAAP tables title the bottom line 'Profit' alone: it was not read, and the
    EPS column was then matched to it (a warning, and no parent-only profit or EPS)."""
    result = parsed_release("results-vs-forecast-with-parent-only-profit-column.txt")
    parent = figure(result, "net_profit_attributable", "2025-03-31", "forecast", consolidated=False)
    assert parent["value"] == 1_150_000_000 and parent["accounting_standard"] == "J-GAAP"
    assert figure(result, "eps_basic", "2025-03-31", "forecast", consolidated=False)["value"] == 57.52
    assert figure(result, "eps_basic", "2024-03-31", "actual", consolidated=False)["value"] == 85.11
    nine = figure(result, "net_profit_attributable", "2024-12-31", "actual", consolidated=True)
    assert nine["value"] == 1_215_000_000 and nine["period_start"] == "2024-04-01"
    assert len(result["figures"]) == 27 and result["warnings"] == []


_IFRS_BARE_PROFIT = """Consolidated Financial Results for the Year Ended March 31, 2024 [IFRS]
May 10, 2024
Company name: Kansai Optics Holdings Co., Ltd.
Code number: 7791
1. Consolidated Financial Results for the Year Ended March 31, 2024 (April 1, 2023 to March 31, 2024)
(1) Consolidated Operating Results
Revenue Operating profit Profit before tax Profit Profit attributable to owners of parent
Year ended Millions of yen % Millions of yen % Millions of yen % Millions of yen % Millions of yen %
March 31, 2024 218,405 12.4 21,770 4.1 20,915 6.3 14,602 8.0 13,988 9.2
March 31, 2023 194,312 18.9 22,701 55.2 22,320 60.1 15,872 71.3 15,405 70.8
"""


def test_ifrs_bare_profit_beside_attributable_profit_is_none_of_ours() -> None:
    result = parse_release(_IFRS_BARE_PROFIT)
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 13_988_000_000
    assert figure(result, "net_profit_attributable", "2023-03-31", "actual")["value"] == 15_405_000_000
    assert len(result["figures"]) == 8 and result["warnings"] == []


_PARENT_ROWS = """May 12, 2023
Company name: Hakata Textile Co., Ltd.
Code number: 3205
Notice Regarding Differences between Non-consolidated Forecasts and Actual Results
1. Differences between non-consolidated forecasts and results for the fiscal year ended March 31, 2023
(Millions of yen)
Previous forecast (A) Actual results (B) Change (B-A) Change (%)
Net sales 9,300 9,512 212 2.3
Ordinary profit 460 488 28 6.1
{label} 300 321 21 7.0
"""


@pytest.mark.parametrize("label", ["Profit", "Profit (loss)"])
def test_parent_only_profit_row(label: str) -> None:
    result = parse_release(_PARENT_ROWS.format(label=label))
    actual = figure(result, "net_profit_attributable", "2023-03-31", "actual")
    assert actual["value"] == 321_000_000 and actual["consolidated"] is False
    assert len(result["figures"]) == 6


def test_prose_dividend_notice_details_in_later_sentences() -> None:
    """A press release stating the dividend in sentences: the effective date, source and total in the
    sentences after the amount were lost, and 'the interim dividend of ¥40 per share already paid'
    (no 'resolved') was not read at all."""
    result = parsed_release("dividend-press-release-prose-only.txt")
    decided = dividend(result, "2024-03-31", "year_end", "actual")
    assert (decided["per_share"], decided["record_date"]) == (48.0, "2024-03-31")
    assert decided["effective_date"] == "2024-06-05"
    assert decided["total_amount"] == 2_016_000_000 and decided["resource"] == "retained_earnings"
    assert decided["components"] == [{"kind": "ordinary", "per_share": 40.0}, {"kind": "special", "per_share": 8.0}]
    interim = dividend(result, "2024-03-31", "interim", "actual")
    assert interim["per_share"] == 40.0 and interim["status"] == "paid"
    annual = dividend(result, "2024-03-31", "annual", "actual")
    assert annual["per_share"] == 88.0 and annual["status"] == "declared"


def test_prose_dividend_from_capital_surplus() -> None:
    text = (
        "June 2, 2023\nCompany name: Aoi Logistics Co., Ltd.\nSecurities code: 9306\n"
        "Notice Regarding Dividend of Surplus\n"
        "The Board of Directors of the Company resolved today to pay a year-end dividend of ¥25 per share for the"
        " fiscal year ended March 31, 2023 to shareholders of record as of March 31, 2023.\n"
        "The dividend will be funded from capital surplus. The total amount of dividends is ¥512.5 million, and the"
        " payment start date is June 20, 2023.\n"
    )
    decided = dividend(parse_release(text), "2023-03-31", "year_end", "actual")
    assert decided["resource"] == "capital_surplus" and decided["total_amount"] == 512_500_000
    assert decided["effective_date"] == "2023-06-20" and decided["record_date"] == "2023-03-31"


def test_summary_with_a_parent_only_reference_section() -> None:
    """A December tanshin with '(Reference) Summary of Non-consolidated Financial Results', whose bottom
    line is titled 'Profit': parent-only figures beside the consolidated ones, none mixed up."""
    result = parsed_release("december-summary-with-parent-only-reference.txt")
    parent = figure(result, "net_profit_attributable", "2023-12-31", "actual", consolidated=False)
    assert parent["value"] == 1_570_000_000 and parent["period_start"] == "2023-01-01"
    assert figure(result, "eps_basic", "2022-12-31", "actual", consolidated=False)["value"] == 82.65
    group = figure(result, "net_profit_attributable", "2023-12-31", "actual", consolidated=True)
    assert group["value"] == 1_880_000_000
    assert figure(result, "revenue", "2024-06-30", "forecast")["value"] == 15_800_000_000
    assert len(result["figures"]) == 30
    assert dividend(result, "2024-12-31", "annual", "forecast")["per_share"] == 34.0


def test_correction_with_before_and_after_columns() -> None:
    """'Before correction After correction' as the two columns of a metrics-as-rows table: the table
    was skipped whole (no facts); the corrected column holds the facts, the other none."""
    result = parsed_release("correction-before-after-columns.txt")
    assert result["document"]["is_correction"] is True
    corrected = figure(result, "ordinary_profit", "2024-06-30", "actual")
    assert corrected["value"] == 955_000_000 and corrected["period_start"] == "2024-04-01"
    assert figure(result, "net_profit_attributable", "2024-06-30", "actual")["value"] == 646_000_000
    assert len(result["figures"]) == 4


def test_loss_titled_rows_of_a_loss_making_company() -> None:
    """'Net loss (thousand yen)' and 'Net loss per share (yen)' rows were none of ours (only 'Operating
    loss' and 'Ordinary loss' were): the bottom line and EPS of a loss-making company were lost."""
    result = parsed_release("parent-only-revision-loss-rows-in-thousands.txt")
    loss = figure(result, "net_profit_attributable", "2024-03-31", "forecast", consolidated=False)
    assert loss["value"] == -895_600_000 and loss["announced_on"] == "2024-03-15"
    assert figure(result, "eps_basic", "2024-03-31", "previous_forecast")["value"] == -40.21
    assert figure(result, "net_profit_attributable", "2023-03-31", "actual")["value"] == -1_362_441_000
    assert len(result["figures"]) == 15


@pytest.mark.parametrize(
    ("titles", "metrics"),
    [
        ("Revenue Operating loss Loss before tax Loss attributable to owners of the parent Basic loss per share",
         ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")),
        ("Net sales Operating loss Ordinary loss Net loss Net loss per share",
         ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")),
    ],
)
def test_loss_titled_columns(titles: str, metrics: tuple[str, ...]) -> None:
    assert header_metrics(titles) == metrics


def test_initial_and_previous_forecasts_the_latest_is_superseded() -> None:
    """'Initial forecast (A)', 'Previous forecast (B)', 'Actual results (C)', 'Change (C-B)': the initial
    forecast was kept as the previous one (the first statement won the merge) and the change row was
    checked against it, giving eight false warnings."""
    result = parsed_release("results-vs-initial-and-previous-forecasts.txt")
    previous = figure(result, "ordinary_profit", "2024-03-31", "previous_forecast")
    assert previous["value"] == 9_900_000_000 and previous["announced_on"] == "2023-11-10"
    assert figure(result, "ordinary_profit", "2024-03-31", "actual")["value"] == 10_220_000_000
    assert len(result["figures"]) == 10 and result["warnings"] == []


_THREE_COLUMNS = """May 9, 2024
Company name: Kurobe Shipping Co., Ltd.
Securities code: 9119
Notice Regarding Differences between Forecasts and Actual Results
1. Differences for the fiscal year ended March 31, 2024 (April 1, 2023 to March 31, 2024)
(Millions of yen)
Initial forecast (A) Previous forecast (B) Actual results (C) Change (C-B) Change (%)
Net sales 118,000 122,000 120,450 (1,550) (1.3)
Ordinary profit 9,300 9,900 10,220 320 3.2
"""


def test_initial_and_previous_forecast_columns() -> None:
    result = parse_release(_THREE_COLUMNS)
    assert figure(result, "revenue", "2024-03-31", "previous_forecast")["value"] == 122_000_000_000
    assert figure(result, "ordinary_profit", "2024-03-31", "actual")["value"] == 10_220_000_000
    assert len(result["figures"]) == 4


def test_period_columns_followed_by_a_change_column() -> None:
    """'Three months ended June 30, 2023 | Three months ended June 30, 2024 | Change (%)' over metric rows:
    two dates for three columns, so no column was matched and the release gave nothing."""
    result = parsed_release("us-gaap-periods-as-columns-with-change.txt")
    q1 = figure(result, "net_profit_attributable", "2024-06-30", "actual")
    assert q1["value"] == 8_870_000_000 and q1["period_start"] == "2024-04-01"
    assert q1["accounting_standard"] == "US GAAP"
    assert figure(result, "eps_basic", "2023-06-30", "actual")["value"] == 61.2
    assert len(result["figures"]) == 10


_PERIOD_COLUMNS = """May 14, 2024
Company name: Meiwa Electronics Corporation
Securities code: 6816
Consolidated Financial Results for the Fiscal Year Ended December 31, 2023
1. Consolidated results (January 1, 2023 to December 31, 2023)
(Millions of yen)
Year ended December 31, 2022 Year ended December 31, 2023 {derived}
Net sales 152,340 160,118 {sales_change}
Operating profit 10,212 12,006 {profit_change}
"""


@pytest.mark.parametrize(
    ("derived", "sales_change", "profit_change"),
    [
        ("Change Change (%)", "7,778 5.1", "1,794 17.6"),
        ("Increase/decrease", "7,778", "1,794"),
        ("YoY change", "5.1%", "17.6%"),
    ],
)
def test_derived_columns_after_period_columns(derived: str, sales_change: str, profit_change: str) -> None:
    text = _PERIOD_COLUMNS.format(derived=derived, sales_change=sales_change, profit_change=profit_change)
    result = parse_release(text)
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 160_118_000_000
    assert figure(result, "operating_profit", "2022-12-31", "actual")["period_start"] == "2022-01-01"
    assert len(result["figures"]) == 4


_FORECAST_ROWS = """Consolidated Financial Results for the Fiscal Year Ended {fy} (Under Japanese GAAP)
February 12, 2024
Company name: Kurobe Shipping Co., Ltd.
Securities code: 9119
3. Consolidated earnings forecasts for the fiscal year ending {next_fy} ({span})
Net sales Operating profit Ordinary profit Profit attributable to owners of parent Basic earnings per share
Millions of yen % Millions of yen % Millions of yen % Millions of yen % Yen
{label} 60,000 2.0 4,800 1.5 5,000 1.2 3,300 0.5 82.15
Full year 125,000 3.8 10,300 4.4 10,650 4.2 7,200 4.3 179.23
"""


_YEAR_ENDS = {
    "March": ("March 31, 2024", "March 31, 2025", "from April 1, 2024 to March 31, 2025", "2024-04-01", "2024-09-30",
              "2025-03-31"),
    "December": ("December 31, 2023", "December 31, 2024", "January 1, 2024 to December 31, 2024", "2024-01-01",
                 "2024-06-30", "2024-12-31"),
}


@pytest.mark.parametrize(
    "label",
    ["Second quarter (cumulative)", "2Q (cumulative)", "Q2 (Cumulative)", "1H", "H1", "Interim period",
     "First six months", "Cumulative second quarter"],
)
@pytest.mark.parametrize("year_end", list(_YEAR_ENDS))
def test_half_year_forecast_row_labels(label: str, year_end: str) -> None:
    """A half-year forecast row whose label is no known row word ('2Q (cumulative)', '1H') after the unit
    row: the unit row and the label went into the EPS column title's row, shifting every column; a bare
    '1H' then read as the full year."""
    fy, next_fy, span, start, half_end, full_end = _YEAR_ENDS[year_end]
    result = parse_release(_FORECAST_ROWS.format(fy=fy, next_fy=next_fy, span=span, label=label))
    first = figure(result, "ordinary_profit", half_end, "forecast")
    assert first["value"] == 5_000_000_000 and first["period_start"] == start
    assert figure(result, "eps_basic", half_end, "forecast")["value"] == 82.15
    assert figure(result, "revenue", full_end, "forecast")["value"] == 125_000_000_000
    assert len(result["figures"]) == 10 and result["warnings"] == []
