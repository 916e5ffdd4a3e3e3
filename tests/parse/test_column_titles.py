"""Column and row titles that named the wrong metric (tests/parse/releases/), each with its rule:
IFRS filers' own profit measures ('Business profit', 'Core operating profit') keep a column of their
own and yield nothing; a bare 'Profit' column is the parent-only bottom line; any title with 'per
share' is a per-share metric; a two-line header printed word by word is read column-wise; row
groups led by 'Consolidated' / 'Non-consolidated' set their rows' scope."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.figures import header_metrics, metric_of
from etl.parse.numbers import cells_in
from tests.parse.conftest import figure, parsed_release


def _metrics(result: dict, metric: str) -> list[dict]:
    return [f for f in result["figures"] if f["metric"] == metric]


# --- IFRS non-GAAP profit columns ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["ifrs-half-year-business-profit-column.txt", "ifrs-half-year-core-operating-profit-column.txt"]
)
def test_ifrs_own_profit_measure_keeps_its_column(name: str) -> None:
    """'Business profit' / 'Core operating profit' between revenue and operating profit: read as
    operating profit (the operating-profit phrase matched inside 'Core operating profit'), shifting
    the later columns one to the left."""
    result = parsed_release(name)
    assert figure(result, "operating_profit", "2024-09-30", "actual")["value"] == 29_870_000_000
    assert figure(result, "profit_before_tax", "2024-09-30", "actual")["value"] == 31_020_000_000
    assert figure(result, "net_profit_attributable", "2024-09-30", "actual")["value"] == 20_440_000_000
    assert figure(result, "operating_profit", "2023-09-30", "actual")["value"] == 31_910_000_000
    assert figure(result, "operating_profit", "2025-03-31", "forecast")["value"] == 66_000_000_000
    assert figure(result, "profit_before_tax", "2025-03-31", "forecast")["value"] == 67_000_000_000
    assert figure(result, "net_profit_attributable", "2025-03-31", "forecast")["value"] == 45_000_000_000
    assert figure(result, "eps_basic", "2025-03-31", "forecast")["value"] == 126.28
    assert figure(result, "eps_basic", "2024-09-30", "actual")["value"] == 57.36
    assert not [f for f in result["figures"] if f["value"] in (38_150_000_000, 34_300_000_000, 80_000_000_000)]
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


def test_condensed_financial_statements_title() -> None:
    """'Condensed Consolidated Financial Statements for the Six Months Ended ...' is the title of a summary."""
    document = parsed_release("ifrs-half-year-business-profit-column.txt")["document"]
    assert document["title"].startswith("Condensed Consolidated Financial Statements for the Six Months")
    assert document["kind"] == "earnings_summary"


_OWN_MEASURE = """February 12, 2025
Company name: Kitakaze Foods Corporation
Securities code: 2289
Consolidated Financial Results for the Fiscal Year Ended December 31, 2024 [IFRS]
1. Consolidated results for the fiscal year ended December 31, 2024 (January 1, 2024 to December 31, 2024)
(1) Consolidated operating results
Revenue Operating profit {measure} Profit before tax Profit attributable to owners of the parent
JPY billions % JPY billions % JPY billions % JPY billions % JPY billions %
Year ended December 31, 2024 512.4 3.1 40.2 5.0 44.9 6.2 39.8 4.4 26.1 2.0
Year ended December 31, 2023 497.0 1.2 38.3 2.2 42.3 1.0 38.1 0.5 25.6 (1.1)
"""


@pytest.mark.parametrize(
    "measure", ["Core operating income", "Business profit", "EBITDA", "Adjusted EBITDA", "Core Operating Profit"]
)
def test_own_measure_after_operating_profit_in_billions(measure: str) -> None:
    """The measure after operating profit (a December year end, billions): PBT and attributable stay put."""
    result = parse_release(_OWN_MEASURE.format(measure=measure))
    assert figure(result, "operating_profit", "2024-12-31", "actual")["value"] == 40_200_000_000
    assert figure(result, "profit_before_tax", "2024-12-31", "actual")["value"] == 39_800_000_000
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 25_600_000_000
    assert len(result["figures"]) == 8
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "label", ["Business profit", "Core operating profit", "Core operating income", "EBITDA", "Core profit"]
)
def test_own_measure_names_no_metric(label: str) -> None:
    assert metric_of(label) is None


# --- A bare 'Profit' column -----------------------------------------------------------------------


def test_nonconsolidated_reference_summary_bare_profit() -> None:
    """The parent-only operating results of a J-GAAP summary end on a column titled 'Profit': it was
    dropped, and the table warned of a column too many."""
    result = parsed_release("summary-with-nonconsolidated-bare-profit.txt")
    parent = figure(result, "net_profit_attributable", "2024-03-31", "actual", consolidated=False)
    assert parent["value"] == 2_240_000_000 and parent["accounting_standard"] == "J-GAAP"
    prior = figure(result, "net_profit_attributable", "2023-03-31", "actual", consolidated=False)
    assert prior["value"] == 2_100_000_000
    group = figure(result, "net_profit_attributable", "2024-03-31", "actual", consolidated=True)
    assert group["value"] == 3_010_000_000
    assert figure(result, "ordinary_profit", "2024-03-31", "actual", consolidated=False)["value"] == 3_120_000_000
    assert figure(result, "eps_basic", "2024-03-31", "actual", consolidated=False)["value"] == 112.54
    assert result["warnings"] == []


def test_parent_only_revision_bare_profit() -> None:
    result = parsed_release("parent-only-revision-bare-profit.txt")
    assert figure(result, "net_profit_attributable", "2025-03-31", "previous_forecast")["value"] == 800_000_000
    revised = figure(result, "net_profit_attributable", "2025-03-31", "forecast")
    assert revised["value"] == 1_030_000_000 and revised["consolidated"] is False
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 761_000_000
    assert figure(result, "eps_basic", "2025-03-31", "forecast")["value"] == 126.70
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_BARE_PROFIT = """April 9, 2025
Company name: Sakuragawa Stores Co., Ltd.
Securities code: 8207
Notice Regarding Revision of Non-consolidated Earnings Forecasts
1. Revision of non-consolidated forecasts for the year ending February 28, 2026 (March 1, 2025 to February 28, 2026)
{header}
{units}
Previous forecast (A) {a}
Revised forecast (B) {b}
Change (B-A) 120 - - -
"""


@pytest.mark.parametrize(
    ("header", "units", "a", "b"),
    [
        (
            "Operating revenue Ordinary profit Profit Profit per share",
            "Thousands of yen Thousands of yen Thousands of yen Yen",
            "9,800 450 300 21.50",
            "9,920 520 360 25.80",
        ),
        (
            "Profit Net sales Operating profit Ordinary profit",
            "Thousands of yen Thousands of yen Thousands of yen Thousands of yen",
            "300 9,800 410 450",
            "360 9,920 470 520",
        ),
        (
            "Net sales Operating profit Ordinary profit Profit (loss)",
            "(Thousands of yen) (Thousands of yen) (Thousands of yen) (Thousands of yen)",
            "9,800 410 450 300",
            "9,920 470 520 360",
        ),
    ],
)
def test_bare_profit_variants(header: str, units: str, a: str, b: str) -> None:
    """'Profit' first, last, before 'Profit per share', with '(loss)'; a February year end, thousands."""
    result = parse_release(_BARE_PROFIT.format(header=header, units=units, a=a, b=b))
    assert figure(result, "net_profit_attributable", "2026-02-28", "previous_forecast")["value"] == 300_000
    revised = figure(result, "net_profit_attributable", "2026-02-28", "forecast")
    assert revised["value"] == 360_000 and revised["consolidated"] is False
    assert revised["period_start"] == "2025-03-01"
    assert figure(result, "ordinary_profit", "2026-02-28", "forecast")["value"] == 520_000
    if "per share" in header:
        assert figure(result, "eps_basic", "2026-02-28", "forecast")["value"] == 25.80


def test_bare_profit_beside_an_attributable_column_is_none_of_ours() -> None:
    """IFRS 'Profit' (non-controlling interests included) beside the attributable column keeps its place."""
    assert header_metrics(
        "Revenue Operating profit Profit before tax Profit Profit attributable to owners of the parent"
    ) == ("revenue", "operating_profit", "profit_before_tax", None, "net_profit_attributable")
    assert header_metrics("Net sales Operating profit Ordinary profit Profit") == (
        "revenue",
        "operating_profit",
        "ordinary_profit",
        "net_profit_attributable",
    )


def test_profit_inside_longer_titles_is_not_bare() -> None:
    assert header_metrics("Revenue Operating profit Profit before tax") == (
        "revenue",
        "operating_profit",
        "profit_before_tax",
    )
    assert metric_of("Profit per share") == "eps_basic"


# --- US GAAP EPS wording --------------------------------------------------------------------------


def test_usgaap_eps_titled_after_net_income_attributable() -> None:
    """'Net income attributable to X Corporation shareholders per share' over 'Basic Diluted', and
    '(basic)' in the forecast: read as net income (merged away) and EPS lost."""
    result = parsed_release("usgaap-summary-eps-attributable-wording.txt")
    assert figure(result, "eps_basic", "2024-12-31", "actual")["value"] == 412.85
    assert figure(result, "eps_basic", "2023-12-31", "actual")["value"] == 375.61
    assert figure(result, "eps_basic", "2025-12-31", "forecast")["value"] == 423.95
    assert figure(result, "net_profit_attributable", "2025-12-31", "forecast")["value"] == 72_000_000_000
    assert not [f for f in result["figures"] if f["value"] in (411.02, 373.90)]  # diluted
    assert result["warnings"] == []


def test_usgaap_eps_dash_basic_label() -> None:
    """'... per share - basic': the dash was read as a blank cell, splitting the forecast's header."""
    result = parsed_release("usgaap-summary-eps-dash-basic-label.txt")
    assert figure(result, "eps_basic", "2024-12-31", "actual")["value"] == 412.85
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 1_320_000_000_000
    assert figure(result, "operating_profit", "2025-12-31", "forecast")["value"] == 102_000_000_000
    assert figure(result, "profit_before_tax", "2025-12-31", "forecast")["value"] == 104_000_000_000
    assert figure(result, "net_profit_attributable", "2025-12-31", "forecast")["value"] == 72_000_000_000
    assert figure(result, "eps_basic", "2025-12-31", "forecast")["value"] == 423.95
    assert not [f for f in result["figures"] if f["value"] in (411.02, 373.90)]
    assert result["warnings"] == []


def test_usgaap_eps_row_in_billions_is_not_net_income() -> None:
    """The EPS row of a billions table was net income of 412,850,000,000 yen."""
    result = parsed_release("usgaap-results-vs-forecast-eps-row-in-billions.txt")
    assert not _metrics(result, "net_profit_attributable")
    assert figure(result, "eps_basic", "2024-12-31", "actual")["value"] == 412.85
    assert figure(result, "eps_basic", "2024-12-31", "previous_forecast")["value"] == 388.17
    assert figure(result, "eps_basic", "2023-12-31", "actual")["value"] == 375.61
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 1_284_600_000_000


@pytest.mark.parametrize(
    ("label", "metric"),
    [
        ("Net income attributable to Kirishima Optical Corporation shareholders per share (basic)", "eps_basic"),
        ("Net income attributable to Sony Group Corporation stockholders per share: Basic", "eps_basic"),
        ("Basic net income attributable to Sony Group Corporation stockholders per share", "eps_basic"),
        ("Net income attributable to ABC Corporation per share (basic) (yen)", "eps_basic"),
        ("Net income attributable to ABC Inc. shareholders per share - basic", "eps_basic"),
        ("Net income attributable to ABC Inc. shareholders per share", "eps_basic"),
        ("Net income attributable to ABC Inc. shareholders per share - diluted", None),
        ("Net income attributable to ABC Inc. shareholders per share (diluted)", None),
        ("Diluted net income attributable to ABC Inc. shareholders per share", None),
        ("Net income attributable to ABC Inc. shareholders", "net_profit_attributable"),
        ("Net assets per share", None),
    ],
)
def test_per_share_titles(label: str, metric: str | None) -> None:
    """Any title with 'per share' is a per-share metric (basic unless diluted), never net income."""
    assert metric_of(label) == metric


def test_usgaap_header_eps_after_attributable_title() -> None:
    header = (
        "Net revenues Operating income Income before income taxes Net income attributable to ABC shareholders"
        " Net income attributable to ABC shareholders per share - basic"
        " Net income attributable to ABC shareholders per share - diluted"
    )
    assert header_metrics(header) == (
        "revenue",
        "operating_profit",
        "profit_before_tax",
        "net_profit_attributable",
        "eps_basic",
        None,
    )


def test_a_dash_inside_a_label_is_no_blank_cell() -> None:
    assert cells_in("Net income per share - basic") == []
    assert [c.blank for c in cells_in("Year ending March 31, 2025 (Forecast) - 26.00 - yen")] == [True, False, True]
    assert [c.blank for c in cells_in("Interim - - 30.00")] == [True, True, False]


# --- Consolidated and non-consolidated row groups in one table ----------------------------------


def test_consolidated_and_parent_groups_in_one_table() -> None:
    """Rows led by 'Consolidated' / 'Non-consolidated': scope None, and the parent-only rows lost in the merge."""
    result = parsed_release("revision-consolidated-and-parent-groups-in-one-table.txt")
    assert len(result["figures"]) == 16
    assert figure(result, "revenue", "2025-03-31", "previous_forecast", consolidated=True)["value"] == 30_000_000_000
    assert figure(result, "revenue", "2025-03-31", "forecast", consolidated=True)["value"] == 28_200_000_000
    assert figure(result, "revenue", "2025-03-31", "previous_forecast", consolidated=False)["value"] == 24_000_000_000
    parent = figure(result, "net_profit_attributable", "2025-03-31", "forecast", consolidated=False)
    assert parent["value"] == 500_000_000 and parent["announced_on"] == "2025-01-24"
    assert not [f for f in result["figures"] if f["consolidated"] is None]
    assert result["warnings"] == []


_SCOPE_GROUPS = """November 12, 2024
Company name: Hamanaka Kogyo Co., Ltd.
Securities code: 5988
Notice Regarding Revision of Earnings Forecasts
1. Revision of earnings forecasts for the fiscal year ending December 31, 2024 (January 1, 2024 to December 31, 2024)
{units}
Net sales Operating profit Ordinary profit Profit attributable to owners of parent Basic earnings per share
{first}
Previous forecast (A) 18,000 900 950 600 50.12
Revised forecast (B) 17,100 610 640 410 34.25
Change (B-A) (900) (290) (310) (190)
(Reference) Results for the previous fiscal year 17,420 820 880 570 47.61
{second}
Previous forecast (A) 11,000 500 620 430 35.92
Revised forecast (B) 10,400 330 450 300 25.06
Change (B-A) (600) (170) (170) (130)
(Reference) Results for the previous fiscal year 10,870 470 590 410 34.25
"""


@pytest.mark.parametrize(
    ("first", "second", "parent_first"),
    [
        ("Consolidated", "Non-consolidated", False),
        ("Non-consolidated", "Consolidated", True),
        ("Consolidated", "Parent-only", False),
    ],
)
@pytest.mark.parametrize(
    "units", ["(Millions of yen)", "Millions of yen Millions of yen Millions of yen Millions of yen Yen"]
)
def test_scope_group_labels_on_their_own_line(first: str, second: str, parent_first: bool, units: str) -> None:
    """The group label on a line of its own, either order, with reference rows and a December year end."""
    result = parse_release(_SCOPE_GROUPS.format(first=first, second=second, units=units))
    first_revenue, second_revenue = 17_100_000_000, 10_400_000_000
    group_revenue, parent_revenue = (second_revenue, first_revenue) if parent_first else (first_revenue, second_revenue)
    assert figure(result, "revenue", "2024-12-31", "forecast", consolidated=True)["value"] == group_revenue
    assert figure(result, "revenue", "2024-12-31", "forecast", consolidated=False)["value"] == parent_revenue
    assert len([f for f in result["figures"] if f["period_end"] == "2023-12-31"]) == 10
    assert len(result["figures"]) == 30
    assert not [f for f in result["figures"] if f["consolidated"] is None]


# --- Two-line headers printed line by line --------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "revision-interleaved-two-line-header-units-first.txt",
        "revision-interleaved-two-line-header-net-sales-first.txt",
    ],
)
def test_interleaved_two_line_header(name: str) -> None:
    """'Operating Operating Ordinary Profit attributable to Basic earnings' over 'revenue profit profit
    owners of parent per share': operating profit went missing and every later column shifted left."""
    result = parsed_release(name)
    assert figure(result, "operating_profit", "2025-03-31", "forecast")["value"] == 8_100_000_000
    assert figure(result, "ordinary_profit", "2025-03-31", "forecast")["value"] == 8_600_000_000
    assert figure(result, "net_profit_attributable", "2025-03-31", "forecast")["value"] == 5_800_000_000
    assert figure(result, "net_profit_attributable", "2025-03-31", "previous_forecast")["value"] == 4_900_000_000
    assert figure(result, "eps_basic", "2025-03-31", "forecast")["value"] == 148.75
    assert figure(result, "operating_profit", "2024-09-30", "previous_forecast")["value"] == 3_400_000_000
    assert figure(result, "net_profit_attributable", "2023-09-30", "actual")["value"] == 2_322_000_000
    assert figure(result, "ordinary_profit", "2024-03-31", "actual")["value"] == 7_201_000_000
    assert len(result["figures"]) == 30
    assert result["warnings"] == []


_INTERLEAVED = """February 10, 2025
Company name: Hoshizora Systems Inc.
Securities code: 4419
Notice Regarding Differences between Forecasts and Actual Results
1. Differences for the fiscal year ended December 31, 2024 (January 1, 2024 to December 31, 2024)
{block}
Previous forecast (A) {a}
Actual results (B) {b}
"""
_J = "Net sales Operating Ordinary Profit attributable to Basic earnings"


@pytest.mark.parametrize(
    ("block", "a", "b", "expected"),
    [
        (  # IFRS, three titles opening on 'Profit', units row last
            "Revenue Operating Profit Profit Profit EPS\n"
            "profit before tax for the year attributable to owners of parent\n"
            "JPY millions JPY millions JPY millions JPY millions JPY millions JPY",
            "50,000 4,000 3,900 2,700 2,600 41.20",
            "52,100 4,350 4,260 2,950 2,840 45.01",
            {
                "revenue": 52_100,
                "operating_profit": 4_350,
                "profit_before_tax": 4_260,
                "net_profit_attributable": 2_840,
                "eps_basic": 45.01,
            },
        ),
        (  # J-GAAP 'income' wording: two titles opening on 'Net income'
            "(Millions of yen) (Millions of yen) (Millions of yen) (Millions of yen) (Yen)\n"
            "Net sales Operating Ordinary Net income Net income\nincome income per share",
            "50,000 4,000 3,900 2,600 41.20",
            "52,100 4,350 4,260 2,840 45.01",
            {
                "revenue": 52_100,
                "operating_profit": 4_350,
                "ordinary_profit": 4_260,
                "net_profit_attributable": 2_840,
                "eps_basic": 45.01,
            },
        ),
        (  # IFRS 'before income taxes' and a diluted EPS column, units row first
            "Millions of yen Millions of yen Millions of yen Millions of yen Yen Yen\n"
            "Revenue Operating Profit before Profit attributable to Basic earnings Diluted earnings\n"
            "profit income taxes owners of the parent per share per share",
            "50,000 4,000 3,900 2,600 41.20 41.00",
            "52,100 4,350 4,260 2,840 45.01 44.80",
            {
                "revenue": 52_100,
                "operating_profit": 4_350,
                "profit_before_tax": 4_260,
                "net_profit_attributable": 2_840,
                "eps_basic": 45.01,
            },
        ),
        (  # J-GAAP, billions, no EPS column
            "(Billions of yen) (Billions of yen) (Billions of yen) (Billions of yen)\n"
            + _J.split(" Basic")[0]
            + "\nprofit profit owners of parent",
            "50.0 4.0 3.9 2.6",
            "52.1 4.35 4.26 2.84",
            {"revenue": 52_100, "operating_profit": 4_350, "ordinary_profit": 4_260, "net_profit_attributable": 2_840},
        ),
    ],
)
def test_interleaved_header_variants(block: str, a: str, b: str, expected: dict[str, float]) -> None:
    result = parse_release(_INTERLEAVED.format(block=block, a=a, b=b))
    for metric, value in expected.items():
        got = figure(result, metric, "2024-12-31", "actual")
        assert got["value"] == (value if metric == "eps_basic" else value * 1_000_000), metric
        assert got["period_start"] == "2024-01-01"
    assert len([f for f in result["figures"] if f["scenario"] == "actual"]) == len(expected)
    assert not [f for f in result["figures"] if f["value"] in (2_950_000_000, 2_700_000_000, 44.80)]
    assert result["warnings"] == []


def test_interleaved_header_metrics() -> None:
    assert header_metrics(
        "(Millions of yen) (Millions of yen) (Millions of yen) (Millions of yen) (Yen) Operating Operating"
        " Ordinary Profit attributable to Basic earnings revenue profit profit owners of parent per share"
    ) == ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")
    # Title words that no column-wise reading makes whole keep the standard-order fallback.
    assert header_metrics(
        "Profit for the period Basic earnings per Revenues Operating Profit Profit before Tax attributable to"
        " owners of share the parent JPY millions JPY millions JPY millions JPY millions JPY"
    ) == ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")


_BARE_PROFIT_ROWS = """November 11, 2024
Company name: Kawabe Shoji Co., Ltd.
Securities code: 9856
Notice Regarding Revision of Non-consolidated Earnings Forecasts
1. Revision of non-consolidated earnings forecasts for the first half of the fiscal year ending March 31, 2025
(Millions of yen)
Previous forecast (A) Revised forecast (B) Change (B-A) Change (%)
Net sales 10,200 10,950 750 7.4
Ordinary profit 540 610 70 13.0
Profit 380 430 50 13.2
Profit per share (yen) 46.74 52.89 6.15 13.2
"""


def test_bare_profit_row_of_a_parent_only_metrics_as_rows_table() -> None:
    result = parse_release(_BARE_PROFIT_ROWS)
    revised = figure(result, "net_profit_attributable", "2024-09-30", "forecast")
    assert revised["value"] == 430_000_000 and revised["consolidated"] is False
    assert figure(result, "net_profit_attributable", "2024-09-30", "previous_forecast")["value"] == 380_000_000
    assert figure(result, "eps_basic", "2024-09-30", "forecast")["value"] == 52.89
