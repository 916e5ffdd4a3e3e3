"""Cells printing their scale in capitals, as presentation slides and some notices do ('¥210.0BN',
'¥7,900MN', 'JPY 7,900 Mn'): the same cell's own scale as 'bn' / 'mn'. Unread, the suffix split every
row and the table was skipped."""

from __future__ import annotations

import pytest

from etl.parse.numbers import cells_in
from tests.parse.conftest import figure, parsed_release

NAME = "results-vs-forecast-capital-bn-mn-cells.txt"
IFRS = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")


@pytest.mark.parametrize(
    ("text", "value", "scale"),
    [
        ("¥210.0BN", 210.0, 1e9),
        ("¥7,900MN", 7_900.0, 1e6),
        ("JPY 7,900 Mn", 7_900.0, 1e6),
        ("¥1.2 Bn", 1.2, 1e9),
        ("−¥2.3BN", -2.3, 1e9),
    ],
)
def test_capital_suffix_is_the_cells_scale(text: str, value: float, scale: float) -> None:
    (cell,) = cells_in(f"Revenue {text} 12.5%")[:1]
    assert (cell.value, cell.scale) == (value, scale)


def test_results_vs_forecast_with_capital_bn_mn_cells() -> None:
    """A lone '(%)' title over the rate column, after 'Difference (B-A)', is a derived column."""
    result = parsed_release(NAME)
    for scenario, start, end, values in (
        ("previous_forecast", "2025-01-01", "2025-06-30", (86.0e9, 7.2e9, 7.4e9, 4_950e6, 61.20)),
        ("actual", "2025-01-01", "2025-06-30", (83.7e9, 6.1e9, 6.5e9, 4_318e6, 53.38)),
        ("actual", "2024-01-01", "2024-06-30", (79.4e9, 5.8e9, 6.0e9, 3_902e6, 48.24)),
    ):
        for metric, value in zip(IFRS, values, strict=True):
            got = figure(result, metric, end, scenario)
            assert (got["period_start"], got["value"]) == (start, value), (metric, scenario)
    assert len(result["figures"]) == 15
    assert result["warnings"] == []
