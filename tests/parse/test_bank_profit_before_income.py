"""Bank revision tables printing 'Ordinary profit' before 'Ordinary income' (layout family: banks and
insurers, most of which print the income first): the income column is still the revenue, whichever
comes first (etl/parse/figures.py, _TOP_LINE_TITLES). The first column was read as the revenue: the
ordinary profit and the revenue were swapped, with no warning of it."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure

_NAME = "bank-revision-ordinary-profit-before-income.txt"
_TEXT = (RELEASES / _NAME).read_text(encoding="utf-8")
_TWO_LINES = (
    "                                   Ordinary    Ordinary    Net income attributable     Net income\n"
    "                                   profit      income      to owners of the parent     per share (yen)"
)
_ONE_LINE = (
    "Ordinary profit  Ordinary income  Net income attributable to owners of the parent  Net income per share (yen)"
)


@pytest.mark.parametrize("header", [_TWO_LINES, _ONE_LINE])
def test_profit_printed_before_income(header: str) -> None:
    assert _TWO_LINES in _TEXT
    result = parse_release(_TEXT.replace(_TWO_LINES, header, 1))
    assert figure(result, "revenue", "2026-03-31", "forecast", True)["value"] == 106_500_000_000
    assert figure(result, "ordinary_profit", "2026-03-31", "forecast", True)["value"] == 27_800_000_000
    assert figure(result, "revenue", "2026-03-31", "previous_forecast", True)["value"] == 98_000_000_000
    assert figure(result, "ordinary_profit", "2025-03-31", "actual", True)["value"] == 19_876_000_000
    assert figure(result, "revenue", "2026-03-31", "forecast", False)["value"] == 96_700_000_000
    assert figure(result, "ordinary_profit", "2026-03-31", "forecast", False)["value"] == 26_300_000_000
    assert any("Ordinary income" in w for w in result["warnings"])
