"""Results and forecast tables with years across titling their percent-change column by a bare '(%)'
('FY2024 | FY2025 | Change | (%)', tests/parse/releases/): the '(%)' column is a percent column, not an
amount, so the year and change columns match the header and no unit is wanted for it."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure, parsed_release

_JUNE = "results-year-columns-lone-percent-title-june.txt"


def _june() -> str:
    return (RELEASES / _JUNE).read_text(encoding="utf-8")


def test_june_year_end_results_and_forecast() -> None:
    result = parsed_release(_JUNE)
    assert figure(result, "revenue", "2025-06-30", "actual")["value"] == 52_630_000_000
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 48_215_000_000
    assert figure(result, "net_profit_attributable", "2025-06-30", "actual")["value"] == 3_398_000_000
    forecast = figure(result, "operating_profit", "2026-06-30", "forecast")
    assert (forecast["value"], forecast["announced_on"]) == (5_300_000_000, "2025-08-08")
    assert len(result["figures"]) == 10
    assert result["warnings"] == []


_DECEMBER = """Consolidated Financial Results for the Fiscal Year Ended December 31, 2024
February 13, 2025
Minato Precision Holdings, Inc. (TSE Prime: 7719)

1. Consolidated Results
                              FY2023          FY2024          {change}        (%)
Revenue                       ¥182.4BN        ¥210.0BN        ¥27.6BN       15.1
Operating profit              ¥14.1BN         ¥16.3BN         ¥2.2BN        15.6
Profit attributable to owners of the parent
                              ¥7,900MN        ¥9,120MN        ¥1,220MN      15.4
"""


@pytest.mark.parametrize("change", ["Change", "YoY   ", "Increase/decrease"])
def test_december_cells_with_own_units(change: str) -> None:
    """Cells printing their own scale ('¥182.4BN'): with the '(%)' column a percent one, every amount
    carries its unit, so no 'No unit stated' warning."""
    result = parse_release(_DECEMBER.format(change=change))
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 210_000_000_000
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 7_900_000_000
    assert len(result["figures"]) == 6
    assert result["warnings"] == []


def test_change_percent_title_still_read() -> None:
    """'Change (%)' is one title (a derived column), as before."""
    result = parse_release(_june().replace("Change        (%)", "Change  Change (%)"))
    assert figure(result, "revenue", "2025-06-30", "actual")["value"] == 52_630_000_000
    assert figure(result, "revenue", "2026-06-30", "forecast")["value"] == 55_000_000_000


def test_percent_note_under_a_title_is_not_a_column() -> None:
    """A '(%)' after another title's words ('Ratio to net sales   (%)') notes that title's unit."""
    text = _june().replace("Change        (%)", "Ratio to sales   (%)", 1)
    result = parse_release(text)
    assert not [f for f in result["figures"] if f["metric"] == "ordinary_profit" or f["period_end"] == "2024-06-30"]


def test_last_column_of_amounts_is_not_taken_for_percentages() -> None:
    """A header ending in '(%)' over more cells than titles whose last cells are amounts ('48,215'): the
    column is not the '(%)' one, and the table is not read by guess."""
    text = _june().replace("9.2\n", "9.2    48,215\n").replace("Change        (%)", "Change (%)", 1)
    text = text.replace("18.6\n", "18.6    4,102\n").replace("16.4\n", "16.4    4,311\n")
    text = text.replace("18.2\n", "18.2    2,874\n")
    result = parse_release(text)
    assert not [f for f in result["figures"] if f["period_end"] == "2024-06-30"]
