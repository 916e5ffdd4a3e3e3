"""OCR-damaged metric titles: '1' for 'i' ('Operat1ng'), 'v' for 'y' ('Ordinarv'); figures untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.parse import parse_release
from etl.text.repair import repair_text
from tests.parse.conftest import figure

RELEASES = Path(__file__).parent / "releases"
FY = "2025-03-31"


def _values(result: dict, scenario: str) -> dict[str, float]:
    return {f["metric"]: f["value"] for f in result["figures"] if f["scenario"] == scenario and f["period_end"] == FY}


def test_damaged_titles_name_their_metrics() -> None:
    result = parse_release((RELEASES / "revision-ocr-damaged-metric-titles.txt").read_text())
    assert _values(result, "forecast") == {
        "revenue": 16_500e6,
        "operating_profit": 420e6,
        "ordinary_profit": 480e6,
        "net_profit_attributable": 250e6,
        "eps_basic": 18.80,
    }
    assert figure(result, "operating_profit", FY, "previous_forecast")["value"] == 900e6
    assert figure(result, "net_profit_attributable", FY, "previous_forecast")["value"] == 600e6
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "titles",
    [
        "Net sales Operating profit Ordinarv profit Profit attributable to owners of parent Net income per share (yen)",
        "Net sa1es Operating income Ord1nary income Net income attributable to owners of parent EPS (yen)",
    ],
)
def test_one_damaged_title_moves_no_value(titles: str) -> None:
    text = (RELEASES / "revision-ocr-damaged-metric-titles.txt").read_text()
    text = text.replace(
        "Net sa1es Operat1ng profit Ordinarv profit Profit attributable to owners of parent Net income per share (yen)",
        titles,
    )
    forecast = _values(parse_release(text), "forecast")
    assert forecast["ordinary_profit"] == 480e6 and forecast["net_profit_attributable"] == 250e6
    assert forecast["operating_profit"] == 420e6 and forecast["eps_basic"] == 18.80


def test_titles_are_mended_and_figures_left_as_printed() -> None:
    line = "Operat1ng profit Ordinarv profit 1,010 101 10.1 (1,100)"
    assert repair_text(line) == "Operating profit Ordinarv profit 1,010 101 10.1 (1,100)"
