"""Insurers' results tables: 'Ordinary revenues' (the top line) as a title of its own, and a title
wrapped over three lines ('Net income attributable' / 'to shareholders of parent' / 'company')."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES

NAME = "insurer-results-vs-forecast-three-line-title.txt"
FY = "2025-03-31"
M = 1e6
THIRD = "\n                                                              company\n"


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _values(result: dict, scenario: str) -> dict[str, float]:
    return {f["metric"]: f["value"] for f in result["figures"] if f["period_end"] == FY and f["scenario"] == scenario}


def _check(result: dict) -> None:
    assert _values(result, "actual") == {
        "revenue": 1_915_330 * M,
        "ordinary_profit": 118_452 * M,
        "net_profit_attributable": 77_861 * M,
        "eps_basic": 220.05,
    }
    assert _values(result, "previous_forecast")["revenue"] == 1_842_000 * M
    assert not any("unread" in w or "columns matched in order" in w for w in result["warnings"])


def test_three_line_title() -> None:
    _check(parse_release(_text()))


def test_two_line_title() -> None:
    text = _text().replace("parent    per share (yen)" + THIRD, "parent company   per share (yen)\n")
    _check(parse_release(text))


@pytest.mark.parametrize("top", ["income  ", "revenue "])
def test_other_top_line_words(top: str) -> None:
    text = _text().replace("revenues     profit", f"{top}     profit")
    _check(parse_release(text))
