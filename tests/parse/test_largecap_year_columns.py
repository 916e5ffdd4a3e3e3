"""Large-cap English earnings releases (US GAAP / IFRS): a city dateline lead ('Tokyo, May 9, 2025 --
X today reported ...'), a summary table under '(Fiscal years ended March 31)' and 'Yen in millions,
except per share amounts', columns titled by bare years ('2024 2025 Change') or 'FY2024/3 FY2025/3',
labels wrapped onto a second line, and an all-capitals headline ('X ANNOUNCES FISCAL 2025 FINANCIAL
RESULTS'). The lead's '--' read as a blank cell pulled the lead into the table, the year end's day
('March 31)') read as a value, the lead's dates dated the 'FY2025/3' columns, and bare years were never
read as periods: every actual was lost or misdated, silently."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.numbers import cells_in
from etl.parse.tables import is_prose, lines_of
from tests.parse.conftest import figure, parsed_release

_RELEASE = "usgaap-largecap-dateline-year-columns.txt"


def test_year_columns_under_a_stated_year_end() -> None:
    result = parsed_release(_RELEASE)
    revenue = figure(result, "revenue", "2025-03-31", "actual")
    assert revenue["value"] == 2_287_412_000_000 and revenue["period_start"] == "2024-04-01"
    assert revenue["accounting_standard"] == "US GAAP" and revenue["consolidated"] is True
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 2_145_880_000_000
    assert figure(result, "operating_profit", "2024-03-31", "actual")["value"] == 171_204_000_000
    assert figure(result, "profit_before_tax", "2025-03-31", "actual")["value"] == 205_106_000_000
    # A label wrapped onto a second line, and EPS worded '... per common share: Basic'.
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 121_377_000_000
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 94.12
    assert figure(result, "eps_basic", "2025-03-31", "actual")["value"] == 108.35
    assert figure(result, "net_profit_attributable", "2026-03-31", "forecast")["value"] == 145_000_000_000
    assert len(result["figures"]) == 14
    assert result["warnings"] == []


def test_all_capitals_headline_is_the_title() -> None:
    document = parsed_release(_RELEASE)["document"]
    assert document["title"] == "HAYABUSA ELECTRIC ANNOUNCES FISCAL 2025 FINANCIAL RESULTS"
    assert document["kind"] == "earnings_summary"


def test_dateline_lead_is_prose_and_year_end_day_no_value() -> None:
    lead = "Tokyo, May 9, 2025 -- Hayabusa Electric Corporation today reported its consolidated financial results for"
    assert is_prose(lead)
    day_first = "TOKYO, Japan, 13 February 2025 - Kiri Corp. today reported record consolidated financial results for"
    assert is_prose(day_first)
    assert cells_in("(Fiscal years ended March 31)") == []
    assert cells_in("Years ended December 31") == []
    assert [c.value for c in cells_in("Year ended March 31 1,234 1,456")] == [1234, 1456]
    # The lead's last line ('the year ended March 31, 2025.') ends its sentence: prose, not a header line.
    lines = lines_of(f"{lead}\nfiscal 2025, the year ended March 31, 2025.\nConsolidated Financial Summary\n")
    assert lines.prose == [True, True, False]


_SUMMARY = """FOR IMMEDIATE RELEASE
{published}
Kirishima Chemical Corporation
(TSE Code: 4188)

KIRISHIMA CHEMICAL ANNOUNCES {headline} FINANCIAL RESULTS ({standard})

Tokyo, {published} -- Kirishima Chemical Corporation today reported its consolidated financial results for {lead}

Consolidated Financial Summary
{year_end}
{unit}
{columns}
{revenue_label}        {revenue}
{op_label}             {op}
Profit before income taxes         {pbt}
{npa_label}
  the parent                       {npa}
{eps_label}
    Basic                          {eps}
"""

_MARCH = {
    "published": "May 13, 2025",
    "headline": "FISCAL 2025",
    "standard": "U.S. GAAP",
    "lead": "fiscal 2025,\nthe year ended March 31, 2025.",
    "year_end": "(Fiscal years ended March 31)",
    "unit": "Yen in millions, except per share amounts",
    "columns": "2024 2025 Change",
    "revenue_label": "Net revenues",
    "revenue": "4,812,306 5,104,877 6.1%",
    "op_label": "Operating income",
    "op": "398,114 452,906 13.8%",
    "pbt": "441,870 489,215 10.7%",
    "npa_label": "Net income attributable to owners of",
    "npa": "302,455 335,012 10.8%",
    "eps_label": "Net income attributable to owners of the parent per common share:",
    "eps": "172.04 191.88",
}


def _summary(**changes: str) -> dict:
    return parse_release(_SUMMARY.format(**{**_MARCH, **changes}))


def test_december_year_end_ifrs_billions() -> None:
    result = _summary(
        published="February 12, 2025",
        headline="FISCAL 2024",
        standard="IFRS",
        lead="the year ended December 31, 2024.",
        year_end="Years ended December 31",
        unit="(Billions of yen, except per share amounts)",
        revenue_label="Revenue",
        revenue="1,204.5 1,287.9 6.9%",
        op_label="Operating profit",
        op="98.1 104.6 6.6%",
        pbt="101.3 109.0 7.6%",
        npa="70.2 77.4 10.3%",
        columns="2023 2024 Change",
    )
    revenue = figure(result, "revenue", "2024-12-31", "actual")
    assert revenue["value"] == 1_287_900_000_000 and revenue["period_start"] == "2024-01-01"
    assert revenue["accounting_standard"] == "IFRS"
    assert figure(result, "operating_profit", "2023-12-31", "actual")["value"] == 98_100_000_000
    assert figure(result, "eps_basic", "2023-12-31", "actual")["value"] == 172.04
    assert len(result["figures"]) == 10


def test_june_year_end_columns_in_descending_order() -> None:
    result = _summary(
        published="August 8, 2025",
        lead="fiscal 2025, the year ended June 30, 2025.",
        year_end="(Fiscal years ended June 30)",
        columns="2025 2024 Change",
        revenue="5,104,877 4,812,306 6.1%",
        op="452,906 398,114 13.8%",
        pbt="489,215 441,870 10.7%",
        npa="335,012 302,455 10.8%",
        eps="191.88 172.04",
    )
    revenue = figure(result, "revenue", "2025-06-30", "actual")
    assert revenue["value"] == 5_104_877_000_000 and revenue["period_start"] == "2024-07-01"
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 4_812_306_000_000
    assert figure(result, "eps_basic", "2024-06-30", "actual")["value"] == 172.04
    assert len(result["figures"]) == 10


def test_change_column_of_amounts_is_no_period() -> None:
    result = _summary(
        columns="2024 2025 Change",
        revenue="4,812,306 5,104,877 292,571",
        op="398,114 452,906 54,792",
        pbt="441,870 489,215 47,345",
        npa="302,455 335,012 32,557",
    )
    assert figure(result, "revenue", "2025-03-31", "actual")["value"] == 5_104_877_000_000
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 302_455_000_000
    assert len(result["figures"]) == 10


@pytest.mark.parametrize("columns", ["FY2024/3 FY2025/3 Change", "FY3/2024 FY3/2025 Change"])
def test_fiscal_year_columns_not_dated_by_the_dateline(columns: str) -> None:
    """The lead's dates ('May 13, 2025', 'March 31, 2025') were read as the two columns' dates."""
    result = _summary(columns=columns)
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 4_812_306_000_000
    assert figure(result, "revenue", "2025-03-31", "actual")["period_start"] == "2024-04-01"
    assert len(result["figures"]) == 10


def test_year_end_stated_only_by_the_lead() -> None:
    """No '(Fiscal years ended ...)' line: the lead's 'the year ended March 31, 2025' states the year
    end of the column titled 2025."""
    result = _summary(year_end="")
    assert figure(result, "operating_profit", "2025-03-31", "actual")["value"] == 452_906_000_000
    assert figure(result, "operating_profit", "2024-03-31", "actual")["period_start"] == "2023-04-01"
    assert len(result["figures"]) == 10


def test_bare_years_without_a_stated_year_end_are_not_read() -> None:
    """A bare year does not say which year end it closes (nor whether it names the year the fiscal year
    starts in): with no year end stated, the columns are left unread, and the release says so."""
    result = _summary(year_end="", lead="the past year, in which demand recovered.")
    assert result["figures"] == []
    assert any("could not be matched" in w for w in result["warnings"])


def test_six_months_ended_over_year_columns() -> None:
    result = _summary(
        published="November 7, 2024",
        lead="the first half of fiscal 2025.",
        year_end="(Six months ended September 30)",
        columns="2023 2024 Change",
    )
    revenue = figure(result, "revenue", "2024-09-30", "actual")
    assert revenue["value"] == 5_104_877_000_000 and revenue["period_start"] == "2024-04-01"
    assert figure(result, "revenue", "2023-09-30", "actual")["period_start"] == "2023-04-01"
    assert len(result["figures"]) == 10
