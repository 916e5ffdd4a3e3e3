"""Outlook sections of results releases ('Outlook for the Fiscal Year Ending March 31, 2026', 'Business
outlook', 'Earnings Outlook for FY2025'): the figures under such a heading, in a table or in sentences,
are forecasts announced on the release's date; a column of the year just ended set beside the forecast
year is that year's results."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release


def _keys(result: dict) -> set[tuple[str, str, str]]:
    return {(f["metric"], f["period_end"], f["scenario"]) for f in result["figures"]}


def test_outlook_table_forecast_year_and_year_just_ended() -> None:
    result = parsed_release("results-outlook-section-year-columns.txt")
    forecast = figure(result, "revenue", "2026-03-31", "forecast")
    assert forecast["value"] == 70_500_000_000
    assert forecast["announced_on"] == "2025-05-13"
    assert figure(result, "net_profit_attributable", "2026-03-31", "forecast")["value"] == 3_450_000_000
    assert figure(result, "operating_profit", "2025-03-31", "actual")["value"] == 4_610_000_000
    assert not [f for f in result["figures"] if f["period_end"] == "2026-03-31" and f["scenario"] == "actual"]
    assert not [f for f in result["figures"] if f["period_end"] == "2025-03-31" and f["scenario"] == "forecast"]
    assert result["warnings"] == []


def test_outlook_prose_section_reads_forecasts_whatever_the_verb() -> None:
    result = parsed_release("press-release-prose-outlook-section.txt")
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 184_200_000_000
    assert figure(result, "operating_profit", "2025-12-31", "forecast")["value"] == 13_100_000_000
    npa = figure(result, "net_profit_attributable", "2025-12-31", "forecast")
    assert npa["value"] == 8_400_000_000
    assert npa["announced_on"] == "2025-02-12"
    assert ("net_profit_attributable", "2024-12-31", "actual") not in _keys(result)
    assert not [f for f in result["figures"] if f["period_end"] == "2025-12-31" and f["scenario"] == "actual"]


_TABLE = """{title}
{day}
Company name: Kawasemi Systems Inc.
Securities code: 3921
1. Overview of operating results
(Millions of yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Fiscal year ended {ended} 17,120 2,010 2,035 1,390
{heading}
(Millions of yen)
{columns} Change
Net sales {sales} 1,280
Operating profit {op} 240
Ordinary profit 2,035 2,270 235
Profit attributable to owners of parent 1,390 1,540 150
"""


@pytest.mark.parametrize(
    ("day", "ended", "heading", "columns", "ending"),
    [
        ("August 8, 2025", "June 30, 2025", "Outlook for the Fiscal Year Ending June 30, 2026",
         "FY6/2025 FY6/2026", "2026-06-30"),
        ("August 8, 2025", "June 30, 2025", "3. Outlook for the Fiscal Year Ending June 30, 2026",
         "FY6/2025 FY6/2026", "2026-06-30"),
        ("February 13, 2025", "December 31, 2024", "Earnings Outlook for FY2025", "FY2024 FY2025", "2025-12-31"),
        ("February 13, 2025", "December 31, 2024", "(2) Business outlook for the fiscal year ending December 31, 2025",
         "FY2024 FY2025", "2025-12-31"),
    ],
)
@pytest.mark.parametrize("reordered", [False, True])
def test_outlook_table_variants(day: str, ended: str, heading: str, columns: str, ending: str, reordered: bool) -> None:
    sales, op = "17,120 18,400", "2,010 2,250"
    if reordered:  # the forecast year first: values follow their titles
        columns = " ".join(reversed(columns.split()))
        sales, op = "18,400 17,120", "2,250 2,010"
    text = _TABLE.format(
        title=f"Consolidated Financial Results for the Fiscal Year Ended {ended} (Japanese GAAP)",
        day=day, ended=ended, heading=heading, columns=columns, sales=sales, op=op,
    )
    result = parse_release(text)
    assert figure(result, "revenue", ending, "forecast")["value"] == 18_400_000_000
    assert figure(result, "operating_profit", ending, "forecast")["value"] == 2_250_000_000
    ended_on = figure(result, "revenue", ending.replace(ending[:4], str(int(ending[:4]) - 1)), "actual")
    assert ended_on["value"] == 17_120_000_000
    assert not [f for f in result["figures"] if f["period_end"] == ending and f["scenario"] == "actual"]


_PROSE = (
    "FOR IMMEDIATE RELEASE\n"
    "TOKYO, {day} - Mozu Electric Co., Ltd. (TSE: 6631) today announced its consolidated results for the "
    "fiscal year ended {ended}.\n"
    "Net sales for the year rose 4.0% year on year to ¥52.0 billion, supported by orders for power equipment "
    "from utilities, and operating profit increased 2.1% to ¥4.8 billion.\n"
    "{heading}\n"
    "Orders for transmission equipment are expected to stay firm, while material prices stay high through "
    "the coming year.\n"
    "Net sales are ¥55.5 billion and operating profit is ¥5.2 billion, with capital spending of about "
    "¥3.0 billion on the new factory.\n"
    "About Mozu Electric\n"
    "Mozu Electric Co., Ltd. makes switchgear and transformers for utilities and railways in Japan.\n"
)


@pytest.mark.parametrize(
    ("day", "ended", "heading", "ending"),
    [
        ("May 12, 2025", "March 31, 2025", "Outlook for the Fiscal Year Ending March 31, 2026", "2026-03-31"),
        ("May 12, 2025", "March 31, 2025", "3. Outlook for FY2025", "2026-03-31"),
        ("February 10, 2025", "December 31, 2024", "Business outlook", "2025-12-31"),
        ("August 7, 2025", "June 30, 2025", "Earnings Outlook", "2026-06-30"),
    ],
)
def test_outlook_prose_variants(day: str, ended: str, heading: str, ending: str) -> None:
    result = parse_release(_PROSE.format(day=day, ended=ended, heading=heading))
    assert figure(result, "revenue", ending, "forecast")["value"] == 55_500_000_000
    assert figure(result, "operating_profit", ending, "forecast")["value"] == 5_200_000_000
    assert not [f for f in result["figures"] if f["period_end"] == ending and f["scenario"] == "actual"]
    assert figure(result, "revenue", ending.replace(ending[:4], str(int(ending[:4]) - 1)), "actual")["value"] == (
        52_000_000_000
    )


def test_prose_after_the_outlook_section_is_not_a_forecast() -> None:
    """A heading of other words ends the outlook section: a results sentence after it stays actual."""
    text = _PROSE.format(day="May 12, 2025", ended="March 31, 2025", heading="Business outlook")
    results = (
        "Fourth-quarter results\n"
        "For the year, ordinary profit was ¥4.9 billion, as foreign exchange gains on deposits rose in the year.\n"
    )
    text = text.replace("About Mozu Electric\n", results + "About Mozu Electric\n")
    result = parse_release(text)
    assert figure(result, "ordinary_profit", "2025-03-31", "actual")["value"] == 4_900_000_000
