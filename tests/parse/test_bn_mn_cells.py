"""Cells printing their own currency and an English shorthand scale ('¥142.0 bn', '¥7,900 mn', '−¥2.3 bn'),
the scales mixed within one table, and a reference row printing the prior period's metrics across in
one line parted by slashes. 'bn' / 'mn' were not units: every row split at them, and the table's
values came out in the wrong scenario and in millions."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.numbers import cells_in
from tests.parse.conftest import RELEASES, figure, parsed_release

IFRS = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")
NAME = "results-vs-forecast-yen-sign-bn-mn-cells.txt"


def test_results_vs_forecast_with_bn_and_mn_cells() -> None:
    result = parsed_release(NAME)
    for scenario, start, end, values in (
        ("previous_forecast", "2025-01-01", "2025-06-30", (86.0e9, 7.2e9, 7.4e9, 4_950e6, 61.20)),
        ("actual", "2025-01-01", "2025-06-30", (83.7e9, 6.1e9, 6.5e9, 4_318e6, 53.38)),
        ("actual", "2024-01-01", "2024-06-30", (79.4e9, 5.8e9, 6.0e9, 3_902e6, 48.24)),
    ):
        for metric, value in zip(IFRS, values, strict=True):
            got = figure(result, metric, end, scenario)
            assert (got["period_start"], got["value"]) == (start, value), (metric, scenario)
    assert figure(result, "revenue", "2025-06-30", "previous_forecast")["announced_on"] == "2025-02-12"
    assert len(result["figures"]) == 15
    assert result["warnings"] == []  # the signed differences check out


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("¥86.0 bn ", "JPY 86.0 bn"),  # the currency as a code
        ("¥7.2 bn ", "¥7.2 mn "),  # the scales mixed otherwise
        ("−¥2.3 bn", "△¥2.3 bn"),  # Japanese negative sign
    ],
)
def test_cell_spellings(old: str, new: str) -> None:
    text = (RELEASES / NAME).read_text(encoding="utf-8")
    assert old in text
    result = parse_release(text.replace(old, new, 1))
    previous = 7_200_000 if "mn" in new else 7_200_000_000
    assert figure(result, "operating_profit", "2025-06-30", "previous_forecast")["value"] == previous
    assert figure(result, "revenue", "2025-06-30", "previous_forecast")["value"] == 86_000_000_000
    assert figure(result, "revenue", "2025-06-30", "actual")["value"] == 83_700_000_000


def test_cells_own_scale_and_sign() -> None:
    cells = cells_in("Revenue  ¥142.0 bn  +¥6.3 bn  −¥1,970 mn  ¥52.10", 0)
    assert [(c.value, c.scale) for c in cells] == [(142.0, 1e9), (6.3, 1e9), (-1970.0, 1e6), (52.10, None)]
