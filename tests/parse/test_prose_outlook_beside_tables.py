"""Results releases with a results table and an outlook paragraph ('For the fiscal year ending March 31,
2026, we forecast net sales of ¥120.0 billion ...'): the sentences were read only when no table gave a
figure, so the outlook was lost. Now their forecasts are read beside the tables; one a table states
too is the table's (dropped when the same, warned about when not)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release


def test_march_results_release_with_outlook_paragraph() -> None:
    result = parsed_release("results-table-with-prose-outlook-march.txt")
    assert figure(result, "revenue", "2026-03-31", "forecast")["value"] == 120_000_000_000
    assert figure(result, "operating_profit", "2026-03-31", "forecast")["value"] == 8_500_000_000
    ordinary = figure(result, "ordinary_profit", "2026-03-31", "forecast")
    assert (ordinary["value"], ordinary["range_low"], ordinary["range_high"]) == (None, 8_400_000_000, 8_800_000_000)
    npa = figure(result, "net_profit_attributable", "2026-03-31", "forecast")
    assert (npa["value"], npa["period_start"], npa["announced_on"], npa["consolidated"]) == (
        5_600_000_000, "2025-04-01", "2025-05-13", True
    )
    assert figure(result, "revenue", "2025-03-31", "actual")["value"] == 112_954_000_000
    assert len(result["figures"]) == 12
    assert result["warnings"] == []


_DECEMBER = """February 13, 2026
Company name: Shirakawa Chemical Corporation
Code: 4239
Shirakawa Chemical Reports Consolidated Financial Results for Fiscal 2025
1. Consolidated results for the fiscal year ended December 31, 2025 (January 1, 2025 to December 31, 2025)
(Millions of yen)
                       Fiscal year ended    Fiscal year ended
                       December 31, 2024    December 31, 2025
Net sales              48,310               51,902
Operating profit        3,104                3,588
Profit attributable to owners of parent    2,011    2,406
{forecast_table}
2. Outlook
{sentence}
"""
_FORECAST_TABLE = """Forecast for the fiscal year ending December 31, 2026
(Millions of yen)      Net sales    Operating profit
Full year              {sales}       3,900
"""


@pytest.mark.parametrize(
    ("sentence", "sales", "low", "high"),
    [
        ("For the fiscal year ending December 31, 2026, we forecast net sales of ¥55.0 billion.", 55e9, None, None),
        ("For the fiscal year ending December 31, 2026, we forecast net sales of 55,000 million yen.",
         55e9, None, None),
        ("For the fiscal year ending December 31, 2026, net sales are expected to be between ¥54.0 billion and "
         "¥56.0 billion.", None, 54e9, 56e9),
    ],
)
def test_december_outlook_sentence_variants(sentence: str, sales: float | None, low: float | None,
                                            high: float | None) -> None:
    result = parse_release(_DECEMBER.format(forecast_table="", sentence=sentence))
    fact = figure(result, "revenue", "2026-12-31", "forecast")
    assert (fact["value"], fact["range_low"], fact["range_high"], fact["period_start"]) == (
        sales, low, high, "2026-01-01"
    )
    assert figure(result, "revenue", "2025-12-31", "actual")["value"] == 51_902_000_000


@pytest.mark.parametrize("printed", ["55,000", "54,980"])
def test_sentence_restating_a_forecast_table(printed: str) -> None:
    """'¥55.0 billion' for 55,000 or 54,980 million yen: the table's figure, once, and no warning."""
    text = _DECEMBER.format(
        forecast_table=_FORECAST_TABLE.format(sales=printed),
        sentence="For the fiscal year ending December 31, 2026, we forecast net sales of ¥55.0 billion.",
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2026-12-31", "forecast")["value"] == int(printed.replace(",", "")) * 1e6
    assert figure(result, "operating_profit", "2026-12-31", "forecast")["value"] == 3_900_000_000
    assert result["warnings"] == []


def test_sentence_contradicting_a_forecast_table() -> None:
    text = _DECEMBER.format(
        forecast_table=_FORECAST_TABLE.format(sales="55,000"),
        sentence="For the fiscal year ending December 31, 2026, we forecast net sales of ¥57.5 billion.",
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2026-12-31", "forecast")["value"] == 55_000_000_000
    assert any("57.5" in w and "kept the table's figure" in w for w in result["warnings"])


def test_results_sentences_beside_the_table_are_not_read() -> None:
    """A sentence restating the year's results (or a segment's) adds nothing beside the table."""
    sentence = "In fiscal 2025, net sales increased to ¥52.4 billion."
    result = parse_release(_DECEMBER.format(forecast_table="", sentence=sentence))
    assert figure(result, "revenue", "2025-12-31", "actual")["value"] == 51_902_000_000
