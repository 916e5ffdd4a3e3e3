"""Large-cap English summaries titling their columns 'Fiscal 2023 | Fiscal 2024 | Change | Fiscal 2025
(Forecast)' and saying once what 'fiscal N' means ('Fiscal 2025 refers to the fiscal year ending March
31, 2026', 'fiscal 2024 (the fiscal year ended March 31, 2025)'). The percent change column's title
was taken for a value column's (every year shifted by one, the latest actuals lost), the definition
was not read (the convention 'assumed'), and the dividend grid with year columns was dropped."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, figure, parsed_release

IFRS = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")


def test_fiscal_n_columns_with_a_change_column() -> None:
    result = parsed_release("largecap-fiscal-n-columns-change-column-footnote-convention.txt")
    for scenario, period_end, values in (
        ("actual", "2024-03-31", (842_116, 61_207, 63_985, 44_102, 221.34)),
        ("actual", "2025-03-31", (903_548, 70_334, 72_811, 50_976, 258.07)),
        ("forecast", "2026-03-31", (940_000, 74_000, 76_500, 53_000, 270.41)),
    ):
        for metric, value in zip(IFRS, values, strict=True):
            got = figure(result, metric, period_end, scenario)
            assert got["value"] == (value if metric == "eps_basic" else value * 1_000_000), (metric, period_end)
    assert figure(result, "revenue", "2025-03-31", "actual")["period_start"] == "2024-04-01"
    assert len(result["figures"]) == 15
    for fy_end, scenario, amounts in (
        ("2024-03-31", "actual", (32.0, 36.0, 68.0)),
        ("2025-03-31", "actual", (36.0, 40.0, 76.0)),
        ("2026-03-31", "forecast", (40.0, 40.0, 80.0)),
    ):
        for period, amount in zip(("interim", "year_end", "annual"), amounts, strict=True):
            assert dividend(result, fy_end, period, scenario)["per_share"] == amount
    assert len(result["dividends"]) == 9
    assert result["warnings"] == []


_JUNE = """August 12, 2025
Kurenai Trading Corporation
(TSE Prime: 8095)
Consolidated Financial Results for Fiscal 2025
Kurenai Trading Corporation today announced its consolidated results for {lead} and its forecast
for fiscal 2026.
(Millions of yen)        Fiscal 2024    Fiscal 2025    {change}    Fiscal 2026 (Forecast)
Revenue                    512,330        548,904       {c1}        560,000
Operating income            20,118         23,406       {c2}         24,000
Ordinary income             21,004         24,112       {c3}         24,800
Profit attributable to
owners of parent            13,877         16,250       {c4}         16,800
"""


@pytest.mark.parametrize(
    "lead",
    [
        "fiscal 2025 (the fiscal year ended June 30, 2025)",
        'the fiscal year ended June 30, 2025 ("fiscal 2025")',
        "fiscal 2025, the year ended June 30, 2025,",
    ],
)
@pytest.mark.parametrize(
    ("change", "cells"),
    [
        ("Change", ("7.1%", "16.3%", "14.8%", "17.1%")),
        ("YoY change (%)", ("+7.1%", "+16.3%", "+14.8%", "+17.1%")),
    ],
)
def test_end_year_convention_june(lead: str, change: str, cells: tuple[str, ...]) -> None:
    """'Fiscal 2025' ends in 2025 here: the definition, not an assumption, dates the columns."""
    c1, c2, c3, c4 = cells
    result = parse_release(_JUNE.format(lead=lead, change=change, c1=c1, c2=c2, c3=c3, c4=c4))
    got = figure(result, "revenue", "2025-06-30", "actual")
    assert (got["value"], got["period_start"]) == (548_904_000_000, "2024-07-01")
    assert figure(result, "net_profit_attributable", "2024-06-30", "actual")["value"] == 13_877_000_000
    assert figure(result, "ordinary_profit", "2026-06-30", "forecast")["value"] == 24_800_000_000
    assert len(result["figures"]) == 12
    assert not [w for w in result["warnings"] if "Assumed" in w]


def test_undefined_fiscal_n_is_still_assumed_and_warned() -> None:
    """Without the footnote the convention is the Japanese one (the year that starts in N), warned."""
    text = (RELEASES / "largecap-fiscal-n-columns-change-column-footnote-convention.txt").read_text(encoding="utf-8")
    note = "The results for the fiscal year ended March 31, 2025 have not been audited.\n"
    result = parse_release(text.split("* Fiscal 2025 refers")[0] + note)
    assert figure(result, "revenue", "2025-03-31", "actual")["value"] == 903_548_000_000
    assert [w for w in result["warnings"] if "Assumed" in w]
