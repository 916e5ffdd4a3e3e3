"""Revision tables whose scenario column titles wrap over two lines, printed line by line ('Previous
Revised  Change  Change' over 'forecast (A)  forecast (B)  (B-A)  (%)')."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure

NAME = "revision-scenario-titles-line-by-line.txt"
FIRST = "                                         Previous      Revised       Change    Change\n"
SECOND = "                                         forecast (A)  forecast (B)  (B-A)     (%)\n"
M = 1e6


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _check(result: dict, fy: str = "2025-03-31", scale: float = M) -> None:
    assert figure(result, "revenue", fy, "forecast")["value"] == 29_300 * scale
    assert figure(result, "revenue", fy, "previous_forecast")["value"] == 28_400 * scale
    assert figure(result, "ordinary_profit", fy, "forecast")["value"] == 1_470 * scale
    assert figure(result, "eps_basic", fy, "previous_forecast")["value"] == 84.20
    assert figure(result, "eps_basic", fy, "forecast")["value"] == 76.98


def test_titles_printed_line_by_line() -> None:
    result = parse_release(_text())
    _check(result)
    assert figure(result, "revenue", "2025-03-31", "previous_forecast")["announced_on"] == "2024-05-10"
    assert figure(result, "revenue", "2025-03-31", "forecast")["announced_on"] == "2025-02-06"
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Initial       Revised       Change    Change", "forecast (A)  forecast (B)  (B-A)     (%)"),
        ("Previous      Latest        Amount    Percentage", "forecast (A)  forecast (B)  of change  change (%)"),
    ],
)
def test_other_title_words(first: str, second: str) -> None:
    text = _text().replace(FIRST, f"{' ' * 41}{first}\n").replace(SECOND, f"{' ' * 41}{second}\n")
    _check(parse_release(text))


def test_december_year_end_and_hundred_million_yen() -> None:
    text = (
        _text()
        .replace("April 1, 2024 to March 31, 2025", "January 1, 2024 to December 31, 2024")
        .replace("March 31, 2025", "December 31, 2024")
        .replace("(Millions of yen)", "(Unit: hundred million yen)")
    )
    _check(parse_release(text), "2024-12-31", 1e8)
