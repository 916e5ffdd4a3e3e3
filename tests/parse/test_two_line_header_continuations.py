"""Two-line column headers printed line by line (pdftotext -layout) whose second line carries
capitalised words that continue a title: a company name ('Net income attributable' over 'to Asagiri
Optical') or 'Company' / 'Owners' ('Profit attributable to' over 'Owners of the Company'). Those words
were read as titles of their own, so PBT and EPS went missing and the attributable profit took the PBT
column. A header that still leaves a title unread between the titles read is skipped with a warning:
its columns cannot be handed out in order."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.figures import header_metrics
from tests.parse.conftest import figure, parsed_release

FIVE = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")


def test_ifrs_revision_title_continued_by_owners_of_the_company() -> None:
    result = parsed_release("revision-two-line-header-title-runs-on-capitalised.txt")
    for scenario, values in {
        "previous_forecast": (286.0, 24.0, 23.1, 15.8, 92.40),
        "forecast": (301.5, 27.2, 26.4, 18.1, 105.85),
    }.items():
        for metric, value in zip(FIVE, values, strict=True):
            expected = value if metric == "eps_basic" else round(value * 1e9)
            assert figure(result, metric, "2025-12-31", scenario)["value"] == expected, (metric, scenario)
    assert figure(result, "profit_before_tax", "2024-12-31", "actual")["value"] == 21_900_000_000
    assert figure(result, "eps_basic", "2024-12-31", "actual")["value"] == 85.96
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


def test_us_gaap_quarter_title_continued_by_the_parent_name() -> None:
    """Three- and six-month rows of a June fiscal year: every column on its own metric."""
    result = parsed_release("usgaap-quarter-two-line-header-parent-name.txt")
    got = {(f["metric"], f["period_start"]): f["value"] for f in result["figures"] if f["scenario"] == "actual"}
    assert got[("profit_before_tax", "2024-10-01")] == 7_388_000_000
    assert got[("profit_before_tax", "2023-07-01")] == 12_377_000_000
    assert got[("net_profit_attributable", "2024-10-01")] == 5_012_000_000
    assert got[("net_profit_attributable", "2024-07-01")] == 9_655_000_000
    assert got[("eps_basic", "2023-10-01")] == 36.55
    assert got[("eps_basic", "2024-07-01")] == 80.46
    assert len(got) == 20
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("header", "metrics"),
    [
        (  # IFRS, billions, 'shareholders of the Company'
            "(Yen in billions) Revenue    Operating profit   Income before      Net profit attributable to"
            "     Basic earnings income taxes       shareholders of the Company    per share (yen)",
            FIVE,
        ),
        (  # US GAAP, a unit note with words, the parent's name, the first row's stub run on
            "(Millions of yen, except per share amounts) Net sales   Operating income   Income before   Net income"
            " attributable   Basic net income income taxes    to Hoshino Electric       per share (yen)"
            " Nine months ended",
            FIVE,
        ),
        (  # J-GAAP, 'Owners of Parent' capitalised, ordinary profit, a diluted EPS column after the basic one
            "(Millions of yen) Net sales   Operating profit   Ordinary profit   Profit attributable to   Basic earnings"
            "   Diluted earnings Owners of Parent   per share (yen)   per share (yen)",
            ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic", None),
        ),
    ],
)
def test_header_metrics_with_capitalised_continuations(header: str, metrics: tuple) -> None:
    assert header_metrics(header) == metrics


_REVISION = """2025/08/08
Company name: Kitamura Denki Co., Ltd.
Code: 6652, Tokyo Stock Exchange Standard Market
Notice Regarding Revision of Consolidated Financial Forecasts
Kitamura Denki Co., Ltd. hereby announces that it has revised the consolidated financial forecasts for the
fiscal year ending June 30, 2026 (July 1, 2025 to June 30, 2026), which were announced on August 9, 2025.
1. Revision of consolidated financial forecasts
{header}
Previous forecast (A) {a}
Revised forecast (B) {b}
Change (B-A) 300 40 45 30 -
"""


@pytest.mark.parametrize(
    ("header", "a", "b", "expected"),
    [
        (  # millions, June fiscal year, 'to Owners of the Company' on line 2
            "(Millions of yen)\n"
            "Net sales     Operating profit    Income before     Profit attributable     Basic earnings\n"
            "                                  income taxes      to Owners of the Company  per share (yen)",
            "12,000 1,100 1,080 720 61.20",
            "12,300 1,140 1,125 750 63.75",
            {"revenue": 12_300e6, "operating_profit": 1_140e6, "profit_before_tax": 1_125e6,
             "net_profit_attributable": 750e6, "eps_basic": 63.75},
        ),
        (  # thousands, the parent named in full, page-furniture noise above
            "- 2 -\n(Thousands of yen)\n"
            "Revenue     Operating income    Income before     Net income attributable     Basic net income\n"
            "                                income taxes      to Kitamura Denki Co., Ltd.  per share (yen)",
            "12,000 1,100 1,080 720 61.20",
            "12,300 1,140 1,125 750 63.75",
            {"revenue": 12_300e3, "operating_profit": 1_140e3, "profit_before_tax": 1_125e3,
             "net_profit_attributable": 750e3, "eps_basic": 63.75},
        ),
    ],
)
def test_two_line_header_variants(header: str, a: str, b: str, expected: dict[str, float]) -> None:
    result = parse_release(_REVISION.format(header=header, a=a, b=b))
    for metric, value in expected.items():
        got = figure(result, metric, "2026-06-30", "forecast")
        assert got["value"] == pytest.approx(value), metric
        assert got["period_start"] == "2025-07-01"
    assert len([f for f in result["figures"] if f["scenario"] == "forecast"]) == len(expected)
    assert result["warnings"] == []


def test_title_left_unread_between_others_skips_the_table() -> None:
    """'Income before' over 'extraordinary items': no title of ours, read nowhere, so which column is the
    attributable profit is unknown. Handing the columns out in order put the wrong values on metrics."""
    header = (
        "(Millions of yen)\n"
        "Net sales     Operating income    Income before          Net income          Net income\n"
        "                                  extraordinary items                        per share (yen)"
    )
    result = parse_release(_REVISION.format(header=header, a="12,000 1,100 1,080 720 61.20",
                                            b="12,300 1,140 1,125 750 63.75"))
    assert [f for f in result["figures"] if f["period_end"] == "2026-06-30"] == []
    assert any("unread" in w for w in result["warnings"])
