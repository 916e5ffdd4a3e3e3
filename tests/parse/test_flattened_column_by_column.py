"""Revision tables that PDF extraction flattens column by column: the metric row labels (and their
unit row), then the column titles, then every value, one block per column or one per metric. The
values were matched to the metrics in order (the previous forecast's sales read as the prior year's
sales, the change as ordinary profit), with a warning that did not stop them. Now the order in which
the change columns agree with the columns they compare is read; a table whose order cannot be told
is not read, with a warning."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release

METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")


def _by_scenario(result: dict, end: str, scenario: str) -> tuple[float, ...]:
    found = {f["metric"]: f["value"] for f in result["figures"] if (f["period_end"], f["scenario"]) == (end, scenario)}
    return tuple(found.get(m) for m in METRICS)


def test_march_revision_printed_one_column_block_after_another() -> None:
    result = parsed_release("revision-flattened-column-by-column-march.txt")
    assert _by_scenario(result, "2026-03-31", "previous_forecast") == (86e9, 7.4e9, 7.65e9, 5.1e9, 142.35)
    assert _by_scenario(result, "2026-03-31", "forecast") == (81.5e9, 6.15e9, 6.48e9, 4.3e9, 120.02)
    assert _by_scenario(result, "2025-03-31", "actual") == (83_214e6, 7_032e6, 7_301e6, 4_868e6, 135.90)
    assert figure(result, "revenue", "2026-03-31", "previous_forecast")["announced_on"] == "2025-05-13"
    assert figure(result, "revenue", "2026-03-31", "forecast")["announced_on"] == "2025-11-07"
    assert figure(result, "revenue", "2026-03-31", "forecast")["period_start"] == "2025-04-01"
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_DECEMBER = """February 12, 2026
Company name: Sakura Fine Foods Inc.
Code: 2917
Notice Regarding Revision of Consolidated Earnings Forecasts
Sakura Fine Foods Inc. has revised its consolidated earnings forecasts for the fiscal year ending
December 31, 2026, announced on November 10, 2025, as described below.
1. Revision of consolidated earnings forecasts for the fiscal year ending December 31, 2026
(January 1, 2026 to December 31, 2026)
{labels}
{units}
{titles}
{values}

2. Reasons for the revision
Sales of frozen foods to convenience stores are expected to exceed the plan.
"""
_LABELS = ["Net sales", "Operating profit", "Ordinary profit", "Profit attributable to owners of parent",
           "Basic earnings per share"]
_TITLES = ["Previous forecast (A)", "Revised forecast (B)", "Change (B-A)", "Change (%)",
           "(Reference) Results for the fiscal year ended December 31, 2025"]
# One row per metric, one column per title.
_GRID = [
    ["4,200", "4,550", "350", "8.3", "4,013"],
    ["260", "305", "45", "17.3", "241"],
    ["270", "318", "48", "17.8", "252"],
    ["175", "210", "35", "20.0", "160"],
    ["58.33", "70.00", "-", "-", "53.12"],
]


def _release(order: str, money_unit: str = "Million yen", grid: list[list[str]] = _GRID,
             titles: list[str] = _TITLES) -> str:
    if order == "per metric":
        values = [cell for row in grid for cell in row]
    else:
        values = [row[j] for j in range(len(titles)) for row in grid]
    units = [money_unit] * 4 + ["Yen"]
    return _DECEMBER.format(
        labels="\n".join(_LABELS), units="\n".join(units), titles="\n".join(titles), values="\n".join(values)
    )


@pytest.mark.parametrize("order", ["per metric", "per column"])
@pytest.mark.parametrize(("unit", "scale"), [("Million yen", 1e6), ("Billions of yen", 1e9), ("Thousand yen", 1e3)])
def test_december_variants(order: str, unit: str, scale: float) -> None:
    result = parse_release(_release(order, unit))
    money = tuple(round(v * scale) for v in (4_200, 260, 270, 175))
    assert _by_scenario(result, "2026-12-31", "previous_forecast") == (*money, 58.33)
    assert _by_scenario(result, "2026-12-31", "forecast")[:2] == (4_550 * scale, 305 * scale)
    assert _by_scenario(result, "2025-12-31", "actual") == (*(round(v * scale) for v in (4_013, 241, 252, 160)), 53.12)
    assert figure(result, "eps_basic", "2026-12-31", "previous_forecast")["announced_on"] == "2025-11-10"
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


def test_revised_column_printed_first() -> None:
    """'Change (B-A)' compares the columns tagged (A) and (B), whichever is printed first."""
    titles = [_TITLES[1], _TITLES[0], *_TITLES[2:]]
    grid = [[row[1], row[0], *row[2:]] for row in _GRID]
    result = parse_release(_release("per column", grid=grid, titles=titles))
    assert _by_scenario(result, "2026-12-31", "forecast")[0] == 4_550e6
    assert _by_scenario(result, "2026-12-31", "previous_forecast")[0] == 4_200e6
    assert result["warnings"] == []


def _flattened_warning(result: dict) -> None:
    assert not [f for f in result["figures"] if f["period_end"] in ("2026-12-31", "2025-12-31")]
    assert any("looks flattened column by column" in w and "not read" in w for w in result["warnings"])


@pytest.mark.parametrize("order", ["per metric", "per column"])
def test_no_change_column_cannot_be_ordered(order: str) -> None:
    """Without a change column nothing tells a block per metric from a block per column."""
    titles = [_TITLES[0], _TITLES[1], _TITLES[4]]
    grid = [[row[0], row[1], row[4]] for row in _GRID]
    _flattened_warning(parse_release(_release(order, grid=grid, titles=titles)))


def test_change_column_that_fits_neither_order() -> None:
    grid = [[row[0], row[1], "999", *row[3:]] for row in _GRID]
    _flattened_warning(parse_release(_release("per metric", grid=grid)))


def test_value_count_that_does_not_match_the_titles() -> None:
    """A value lost in extraction: 24 values for 5 metrics and 5 columns are not read in order."""
    text = _release("per column").replace("\n53.12\n", "\n")
    result = parse_release(text)
    assert not [f for f in result["figures"] if f["scenario"] == "actual" and f["value"] == 4_550e6]
    _flattened_warning(result)
