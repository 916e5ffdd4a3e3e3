"""OCR-damaged metric words: a lower-case 'l' read as a capital 'I' after a lower-case letter ('Net
SaIes', 'ConsoIidated', 'MiIIions'), with '0' for 'O' ('0perating', '0rdinary') and '1' for 'l'
('attributab1e') beside it. 'Net SaIes' went unread, so revenue was lost and every later column
shifted left. Only words that then read as title words are mended; names and figures stay as printed."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.text.repair import repair_text
from tests.parse.conftest import figure, parsed_release


def test_q1_tanshin_with_damaged_titles_june_fiscal_year() -> None:
    result = parsed_release("q1-tanshin-ocr-capital-i-and-zero-titles-june.txt")
    assert result["document"]["title"].startswith("Summary of Consolidated Financial Results")
    quarter = {f["metric"]: f["value"] for f in result["figures"] if f["period_start"] == "2025-07-01"
               and f["scenario"] == "actual"}
    assert quarter == {
        "revenue": 7_815_000_000,
        "operating_profit": 503_000_000,
        "ordinary_profit": 540_000_000,
        "net_profit_attributable": 362_000_000,
        "eps_basic": 18.10,
    }
    assert figure(result, "revenue", "2026-06-30", "forecast")["value"] == 32_000_000_000
    assert figure(result, "net_profit_attributable", "2026-06-30", "forecast")["value"] == 1_550_000_000
    assert figure(result, "revenue", "2024-09-30", "actual")["value"] == 7_500_000_000
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("Net SaIes 24,000", "Net Sales 24,000"),
        ("ConsoIidated FinanciaI ResuIts", "Consolidated Financial Results"),
        ("(MiIIions of yen)", "(Millions of yen)"),
        ("0perating profit 0rdinary profit", "Operating profit Ordinary profit"),
        ("Profit attributab1e to owners", "Profit attributable to owners"),
        ("AnnuaI dividends", "Annual dividends"),
        # camel-case names and acronyms keep their capitals; figures are never touched
        ("DataInsight Co., Ltd. McIntosh IFRS", "DataInsight Co., Ltd. McIntosh IFRS"),
        ("SaIes 1,0I0 10.1", "Sales 1,0I0 10.1"),
    ],
)
def test_capital_i_for_l_is_mended_in_title_words_only(damaged: str, repaired: str) -> None:
    assert repair_text(damaged) == repaired


_REVISION = """{date}
Company name: Hidaka Plastics Co., Ltd.
Securities code: 4241
Notice Regarding Revision of Earnings Forecast
Hidaka Plastics Co., Ltd. hereby announces that it has revised its consolidated earnings forecast for the
fiscal year ending {fye} announced on {announced}.
1. Revision of consolidated earnings forecast for the fiscal year ending {fye}
{table}
"""


@pytest.mark.parametrize(
    ("fye", "date", "announced", "table", "period_end", "scale"),
    [
        (  # metrics as columns, billions, March year
            "March 31, 2026", "November 7, 2025", "May 13, 2025",
            "(Billions of yen)\n"
            "Net SaIes 0perating profit 0rdinary profit Profit attributable to owners of parent Net income per share\n"
            "Previous forecast (A) 24.0 2.4 2.45 1.7 85.00\n"
            "Revised forecast (B) 21.5 1.5 1.56 1.05 52.50",
            "2026-03-31", 1e9,
        ),
        (  # metrics as rows, millions, December year, reordered rows
            "December 31, 2025", "August 8, 2025", "February 13, 2025",
            "(MiIIions of yen) Previous forecast (A) Revised forecast (B) Change (B-A) Change (%)\n"
            "0perating profit 2.4 1.5 (0.9) (37.5)\n"
            "Net SaIes 24.0 21.5 (2.5) (10.4)\n"
            "0rdinary profit 2.45 1.56 (0.89) (36.3)\n"
            "Profit attributab1e to owners of parent 1.7 1.05 (0.65) (38.2)\n"
            "Net income per share (yen) 85.00 52.50 (32.50) (38.2)",
            "2025-12-31", 1e6,
        ),
    ],
)
def test_damaged_titles_variants(
    fye: str, date: str, announced: str, table: str, period_end: str, scale: float
) -> None:
    result = parse_release(_REVISION.format(fye=fye, date=date, announced=announced, table=table))
    revised = {f["metric"]: f["value"] for f in result["figures"] if f["scenario"] == "forecast"}
    assert revised == pytest.approx(
        {
            "revenue": 21.5 * scale,
            "operating_profit": 1.5 * scale,
            "ordinary_profit": 1.56 * scale,
            "net_profit_attributable": 1.05 * scale,
            "eps_basic": 52.50,
        }
    )
    assert figure(result, "revenue", period_end, "previous_forecast")["value"] == pytest.approx(24.0 * scale)
