"""Figures: forecast-revision and results-vs-forecast tables and earnings-summary tables, in
variants of the layouts the dev corpus shows (other units, year ends, column orders, signs)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure

DECEMBER_REVISION = """\
February 10, 2023

Company name: Kanto Precision Industries Co., Ltd.
(Securities code: 7011, Tokyo Stock Exchange Prime Market)

Notice Regarding Revision of Consolidated Earnings Forecasts

Kanto Precision Industries Co., Ltd. (the "Company") has revised the consolidated earnings forecasts for the
fiscal year ending December 31, 2023 that it announced on November 8, 2022, as set out below.

1. Revision of consolidated earnings forecasts for the fiscal year ending December 31, 2023 (January 1, 2023\
 - December 31, 2023)
(Billions of yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent Basic earnings per share (Yen)
Previous forecast (A) 120.5 8.0 8.4 5.1 88.20
Revised forecast (B) 101.2 ▲2.5 ▲2.1 ▲3.3 ▲57.06
Change (B-A) ▲19.3 ▲10.5 ▲10.5 ▲8.4
Change (%) ▲16.0 - - -
(Reference) Results for the previous fiscal year (ended December 31, 2022) 118.0 7.6 8.0 4.9 84.71
"""


def test_december_year_end_billions_and_triangles() -> None:
    result = parse_release(DECEMBER_REVISION)
    assert result["document"]["kind"] == "forecast_revision"
    assert result["document"]["company"] == {"code": "7011", "name": "Kanto Precision Industries Co., Ltd."}
    assert result["document"]["fiscal_year_end_month"] == 12
    revised = figure(result, "operating_profit", "2023-12-31", "forecast")
    assert revised["value"] == -2.5e9 and revised["period_start"] == "2023-01-01"
    assert revised["announced_on"] == "2023-02-10"
    assert revised["accounting_standard"] == "J-GAAP" and revised["consolidated"] is True
    previous = figure(result, "revenue", "2023-12-31", "previous_forecast")
    assert previous["value"] == 120.5e9 and previous["announced_on"] == "2022-11-08"
    eps = figure(result, "eps_basic", "2023-12-31", "forecast")
    assert eps["value"] == -57.06 and eps["unit"] == "JPY_per_share"
    prior = figure(result, "net_profit_attributable", "2022-12-31", "actual")
    assert prior["value"] == 4.9e9 and prior["period_start"] == "2022-01-01"
    assert len(result["figures"]) == 15
    assert not any("Derived row" in w for w in result["warnings"])


REORDERED_ONE_CELL_PER_LINE = """\
October 14, 2022
Company name: Hokuriku Retail Holdings Inc.
Securities code: 3551
Notice Regarding Revision of Earnings Forecasts
Hokuriku Retail Holdings Inc. revised its consolidated earnings forecasts for the first half of the fiscal year
ending February 28, 2023, first announced on April 12, 2022.
1. Revision of forecasts for the first half (March 1, 2022 - August 31, 2022)
(Thousand yen)
Operating income
Net sales
Profit attributable to owners of parent
Ordinary income
Previous forecast (A)
800,000
41,000,000
450,000
820,000
Revised forecast (B)
(120,000)
39,500,000
--
(90,000)
Change (B-A)
(920,000)
(1,500,000)
--
(910,000)
"""


def test_clean_header_order_is_kept_and_thousands_scale() -> None:
    result = parse_release(REORDERED_ONE_CELL_PER_LINE)
    assert result["document"]["fiscal_year_end_month"] == 2
    op = figure(result, "operating_profit", "2022-08-31", "forecast")
    assert op["value"] == -120_000_000 and op["period_start"] == "2022-03-01"
    assert figure(result, "revenue", "2022-08-31", "forecast")["value"] == 39_500_000_000
    assert figure(result, "ordinary_profit", "2022-08-31", "forecast")["value"] == -90_000_000
    # No revised value for profit: the previous forecast still stands.
    standing = figure(result, "net_profit_attributable", "2022-08-31", "forecast")
    assert standing["value"] == 450_000_000 and standing["announced_on"] == "2022-04-12"
    assert figure(result, "revenue", "2022-08-31", "previous_forecast")["value"] == 41_000_000_000


RANGE_FORECAST = """\
September 5, 2024
Company name: Seto Bio Pharma Corporation  (Securities code: 4599)
Notice Regarding Revision of Full-Year Earnings Forecast
Seto Bio Pharma Corporation revised its consolidated forecast for the fiscal year ending September 30, 2024
(October 1, 2023 to September 30, 2024), announced on November 13, 2023.
1. Revision of the consolidated forecast for the fiscal year ending September 30, 2024
Revenue (Millions of yen) Operating profit (Millions of yen) Profit before tax (Millions of yen) Profit\
 attributable to owners of the parent (Millions of yen) Basic earnings per share (Yen)
Previous forecast (A) 88,000~120,000 -- -- -- --
Revised forecast (B) 95,000~105,000 △1,000~2,000 - - -
"""


def test_ranges_are_bounds_never_averaged() -> None:
    result = parse_release(RANGE_FORECAST)
    revised = figure(result, "revenue", "2024-09-30", "forecast")
    assert revised["value"] is None
    assert (revised["range_low"], revised["range_high"]) == (95e9, 105e9)
    previous = figure(result, "revenue", "2024-09-30", "previous_forecast")
    assert (previous["range_low"], previous["range_high"]) == (88e9, 120e9)
    op = figure(result, "operating_profit", "2024-09-30", "forecast")
    assert (op["range_low"], op["range_high"]) == (-1e9, 2e9)
    assert op["provenance"]["text"] == "△1,000~2,000"
    assert len(result["figures"]) == 3


PARENT_ONLY_RESULTS_VS_FORECAST = """\
[Translation]
April 25, 2019
Company name: Minato Steel Works, Ltd.
Stock code: 5488
Notice Regarding Differences between Non-consolidated Forecasts and Actual Results for the Fiscal Year Ended\
 March 31, 2019
1. Differences between non-consolidated forecasts and actual results for the fiscal year ended March 31, 2019\
 (April 1, 2018 to March 31, 2019)
(Unit: Million yen)
Net sales Ordinary income Net income Net income per share (Yen)
Previous forecast (A) 52,000 1,800 1,150 61.20
Actual results (B) 50,412 2,108 1,391 74.02
Change (B-A) (1,588) 308 241
Change (%) (3.1) 17.1 21.0
"""


def test_parent_only_results_vs_forecast() -> None:
    result = parse_release(PARENT_ONLY_RESULTS_VS_FORECAST)
    assert result["document"]["kind"] == "results_vs_forecast"
    actual = figure(result, "net_profit_attributable", "2019-03-31", "actual", consolidated=False)
    assert actual["value"] == 1_391_000_000 and actual["announced_on"] is None
    assert actual["accounting_standard"] == "J-GAAP"
    prev = figure(result, "revenue", "2019-03-31", "previous_forecast", consolidated=False)
    assert prev["value"] == 52_000_000_000
    assert len(result["figures"]) == 8
    assert result["warnings"] == []


def test_mismatching_change_row_is_warned() -> None:
    broken = PARENT_ONLY_RESULTS_VS_FORECAST.replace("(1,588) 308 241", "(1,588) 398 241")
    result = parse_release(broken)
    assert any("Derived row does not match" in w for w in result["warnings"])
    assert len(result["figures"]) == 8


DECEMBER_TANSHIN = """\
Summary of Consolidated Financial Results for the Six Months Ended June 30, 2022 [IFRS]
August 9, 2022
Company name: Nishiki Chemical Holdings Inc.
Stock exchange listing: Tokyo
Code number: 4112
1. Consolidated financial results for the six months ended June 30, 2022 (January 1, 2022 to June 30, 2022)
(1) Consolidated operating results (% indicates changes from the previous corresponding period.)
Revenue Operating profit Profit before tax Profit attributable to owners of parent
Millions of yen % Millions of yen % Millions of yen % Millions of yen %
Six months ended June 30, 2022 45,210 12.5 3,880 (4.1) 3,702 (6.0) 2,410 (9.9)
Six months ended June 30, 2021 40,187 8.0 4,046 15.2 3,938 16.1 2,675 20.4
Basic earnings per share Diluted earnings per share
Yen Yen
Six months ended June 30, 2022 48.12 48.01
Six months ended June 30, 2021 53.41 53.30
2. Dividends
Annual dividends per share
1st quarter-end 2nd quarter-end 3rd quarter-end Year-end Total
Yen Yen Yen Yen Yen
Fiscal year ended December 31, 2021 - 20.00 - 25.00 45.00
Fiscal year ending December 31, 2022 - 22.00
Fiscal year ending December 31, 2022 (Forecast) - 22.00 44.00
Note: Revisions to the forecast of dividends most recently announced: None
3. Forecast of consolidated financial results for the fiscal year ending December 31, 2022 (January 1, 2022\
 to December 31, 2022)
Revenue Operating profit Profit before tax Profit attributable to owners of parent Basic earnings per share
Millions of yen % Millions of yen % Millions of yen % Millions of yen % Yen
Full year 92,000 9.1 8,100 3.3 7,800 2.0 5,000 1.1 99.83
Note: Revisions to the forecast of financial results most recently announced: None
"""


def test_december_tanshin_half_year() -> None:
    result = parse_release(DECEMBER_TANSHIN)
    doc = result["document"]
    assert doc["kind"] == "earnings_summary" and doc["fiscal_year_end_month"] == 12
    assert doc["company"] == {"code": "4112", "name": "Nishiki Chemical Holdings Inc."}
    this = figure(result, "operating_profit", "2022-06-30", "actual")
    assert this["value"] == 3_880_000_000 and this["period_start"] == "2022-01-01"
    assert this["accounting_standard"] == "IFRS" and this["consolidated"] is True
    assert figure(result, "net_profit_attributable", "2021-06-30", "actual")["value"] == 2_675_000_000
    assert figure(result, "eps_basic", "2022-06-30", "actual")["value"] == 48.12
    full = figure(result, "eps_basic", "2022-12-31", "forecast")
    assert full["value"] == 99.83 and full["announced_on"] is None
    assert figure(result, "revenue", "2022-12-31", "forecast")["period_start"] == "2022-01-01"
    assert len(result["figures"]) == 15


def test_prose_adjusted_results() -> None:
    text = DECEMBER_REVISION + (
        "\n*1 Regarding the results for the fiscal year ended December 31, 2022, a one-time cost should have been "
        "spread over the year. Adjusted results for the fiscal year ended December 31, 2022 were as follows:\n"
        "Operating profit: JPY8,100 million, and Profit attributable to owners of parent: JPY5,300 million.\n"
    )
    result = parse_release(text)
    adjusted = figure(result, "operating_profit", "2022-12-31", "adjusted_actual")
    assert adjusted["value"] == 8.1e9 and adjusted["period_start"] == "2022-01-01"
    assert figure(result, "net_profit_attributable", "2022-12-31", "adjusted_actual")["value"] == 5.3e9


def test_segment_prose_is_not_a_company_figure() -> None:
    text = DECEMBER_REVISION + (
        "\nNet sales in the Precision segment were JPY 40,100 million for the fiscal year ended December 31, 2022,"
        " and operating profit was JPY 2,000 million.\n"
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2022-12-31", "actual")["value"] == 118e9
    assert len(result["figures"]) == 15


def test_segment_rows_are_not_company_figures() -> None:
    head = DECEMBER_REVISION.split("1. Revision")[0]
    text = head + (
        "1. Forecast by segment for the fiscal year ending December 31, 2023 (January 1, 2023 - December 31, 2023)\n"
        "(Billions of yen)\nNet sales Operating profit\nPrecision Instruments 60.1 1.2\nIndustrial Systems 41.1 (3.7)\n"
    )
    assert parse_release(text)["figures"] == []


def test_a_figure_stated_at_two_precisions_keeps_the_more_precise() -> None:
    statements = (
        "\n2. Consolidated statement of income for the fiscal year ending December 31, 2022"
        " (January 1, 2022 - December 31, 2022)\n(Thousands of yen)\n"
        "Results for the fiscal year ended December 31, 2022\nNet sales 118,012,345\nOperating profit 7,598,000\n"
    )
    result = parse_release(DECEMBER_REVISION + statements)
    assert figure(result, "revenue", "2022-12-31", "actual")["value"] == 118_012_345_000
    assert figure(result, "operating_profit", "2022-12-31", "actual")["value"] == 7_598_000_000
    assert len(result["figures"]) == 15


@pytest.mark.parametrize(
    ("note", "scale"),
    [("(Unit: 1,000 yen)", 1e3), ("(in 1,000 yen)", 1e3), ("(¥1,000)", 1e3), ("(JPY 1,000)", 1e3),
     ("(Unit: 1,000 yen, except per-share data)", 1e3), ("(Unit: 100 million yen)", 1e8),
     ("(Unit: ¥100 million)", 1e8), ("(Unit: hundred million yen)", 1e8), ("(Hundred millions of yen)", 1e8)],
)
def test_a_table_whose_unit_note_prints_the_scale_as_a_number(note: str, scale: float) -> None:
    """Unit notes family: the scale printed as a number is the scale, not a row of values."""
    text = (
        "August 5, 2022\nCompany name: Minami Pharma Co., Ltd. (Code number: 4567)\n"
        "Notice Regarding Revision of Financial Results Forecasts\n"
        "1. Revision of the consolidated forecast for the fiscal year ending March 31, 2023 "
        "(April 1, 2022 to March 31, 2023)\n"
        f"{note}\n"
        "Revenue Operating profit Net income per share\n"
        "Previous forecast (A) 12,000,000 1,500,000 80.15\n"
        "Revised forecast (B) 12,600,000 1,750,000 97.78\n"
    )
    result = parse_release(text)
    got = {(f["metric"], f["scenario"]): f["value"] for f in result["figures"]}
    assert got[("revenue", "previous_forecast")] == 12_000_000 * scale
    assert got[("operating_profit", "forecast")] == 1_750_000 * scale
    assert got[("eps_basic", "forecast")] == 97.78
