"""Figures glued to their scale ('¥86.0bn', '¥10,100mn', 'JPY1.0bn'): the OCR word mending read the
figure's last digits and suffix as a damaged word ('0bn' into 'Obn', '10mn' into 'Iomn'), so the cell
was lost and the table's values slid into the wrong columns. Figures are never mended."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.text import repair_text
from tests.parse.conftest import RELEASES, figure, parsed_release

IFRS = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")
NAME = "results-vs-forecast-glued-bn-mn-cells.txt"
TEXT = (RELEASES / NAME).read_text(encoding="utf-8")


def _check(result: dict, year: str = "2025", first: str = "2024-04-01", last: str = "03-31") -> None:
    end, prior_start = f"{year}-{last}", first.replace(first[:4], str(int(first[:4]) - 1), 1)
    prior_end = f"{int(year) - 1}-{last}"
    for scenario, start, period_end, values in (
        ("previous_forecast", first, end, (210.0e9, 18.0e9, 19.0e9, 10_100e6, 101.00)),
        ("actual", first, end, (201.1e9, 16.1e9, 17.0e9, 11_010e6, 110.10)),
        ("actual", prior_start, prior_end, (190.1e9, 15.0e9, 16.0e9, 10_001e6, 100.01)),
    ):
        for metric, value in zip(IFRS, values, strict=True):
            got = figure(result, metric, period_end, scenario)
            assert (got["period_start"], got["value"]) == (start, value), (metric, scenario)
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


def test_results_vs_forecast_with_glued_bn_and_mn_cells() -> None:
    result = parsed_release(NAME)
    _check(result)
    assert figure(result, "revenue", "2025-03-31", "previous_forecast")["announced_on"] == "2024-11-08"


def test_december_year_end() -> None:
    text = (
        TEXT.replace("Ended March 31, 2025", "Ended December 31, 2024")
        .replace("ended March 31, 2025 (April 1, 2024 to March 31, 2025)", "ended December 31, 2024 "
                 "(January 1, 2024 to December 31, 2024)")
        .replace("April 1, 2024 - March 31, 2025", "January 1 - December 31, 2024")
        .replace("FY3/2024", "FY12/2023")
        .replace("May 12, 2025", "February 12, 2025")
        .replace("November 8, 2024", "August 8, 2024")
    )
    _check(parse_release(text), "2024", "2024-01-01", "12-31")


def test_columns_reordered() -> None:
    """Actual before previous forecast: each glued cell stays in its own column."""
    lines = TEXT.splitlines(keepends=True)
    out = []
    for line in lines:
        if line.startswith(("   ", "Revenue", "Operating", "Profit", "Basic")) and len(line) > 80:
            label, a, b, rest = line[:40], line[40:64], line[64:85], line[85:]
            line = label + b.ljust(24) + a.ljust(21) + rest
        out.append(line)
    _check(parse_release("".join(out)))


@pytest.mark.parametrize(
    ("old", "new", "value"),
    [
        ("¥210.0bn  ", "JPY210.0bn", 210.0e9),  # the currency as a code, glued too
        ("¥210.0bn  ", "JPY 210.0bn", 210.0e9),  # the code spaced, the scale glued
        ("¥210.0bn  ", "¥210,010mn", 210_010e6),  # millions where the table else prints billions
        ("¥210.0bn  ", "¥210bn    ", 210.0e9),  # no decimals: the run is '210bn' after a letter-free figure
    ],
)
def test_cell_spellings(old: str, new: str, value: float) -> None:
    assert old in TEXT
    result = parse_release(TEXT.replace(old, new, 1))
    assert figure(result, "revenue", "2025-03-31", "previous_forecast")["value"] == value
    assert figure(result, "revenue", "2025-03-31", "actual")["value"] == 201.1e9


@pytest.mark.parametrize(
    "figure_text",
    ["¥86.0bn", "10mn", "100bn", "1.1bn", "¥0.1bn", "JPY10bn", "USD1mn", "1.0x", "10pts", "12.0rn", "101m",
     "10K", "1.01tn", "10yen", "1.0MN"],
)
def test_ocr_mending_never_touches_a_figure_glued_to_its_unit(figure_text: str) -> None:
    line = f"Revenue {figure_text} (previous {figure_text}), 1.0verview"
    assert repair_text(line) == f"Revenue {figure_text} (previous {figure_text}), 1.Overview"
