"""Revision tables titling the forecast they revise by when it was given (layout family: revision notices
with 'Most recent forecast (Nov. 12, 2024)' or 'Forecast announced on May 13, 2025' as a column or row
title): the previous forecast (etl/parse/figures.py, _PREVIOUS; etl/parse/tables.py, SCEN). As columns
the table was skipped; as rows the previous forecast's values were output as the current forecast."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES

_NAME = "revision-most-recent-forecast-column-september.txt"
_TEXT = (RELEASES / _NAME).read_text(encoding="utf-8")
_TITLE = "Most recent forecast     Revised forecast"
_M = 1_000_000
_FACTS = {
    ("revenue", "previous_forecast", 28_600 * _M),
    ("operating_profit", "previous_forecast", 1_540 * _M),
    ("ordinary_profit", "previous_forecast", 1_580 * _M),
    ("net_profit_attributable", "previous_forecast", 1_020 * _M),
    ("eps_basic", "previous_forecast", 84.21),
    ("revenue", "forecast", 27_450 * _M),
    ("operating_profit", "forecast", 1_210 * _M),
    ("ordinary_profit", "forecast", 1_245 * _M),
    ("net_profit_attributable", "forecast", 790 * _M),
    ("eps_basic", "forecast", 65.22),
}


def _facts(result: dict) -> set[tuple[str, str, float]]:
    assert {f["period_end"] for f in result["figures"]} == {"2025-09-30"}
    return {(f["metric"], f["scenario"], f["value"]) for f in result["figures"]}


def test_most_recent_forecast_column() -> None:
    result = parse_release(_TEXT)
    assert _facts(result) == _FACTS
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "title",
    [
        "Most recent forecasts   Revised forecast",
        "Forecast announced on   Revised forecast",
        "Forecasts announced in  Revised forecast",
    ],
)
def test_other_titles(title: str) -> None:
    result = parse_release(_TEXT.replace(_TITLE, title))
    assert _facts(result) == _FACTS


_ROWS = """(Millions of yen)
                                  Net sales   Operating profit   Ordinary profit   Profit attributable to   EPS
                                                                                   owners of parent         (yen)
{title}   28,600      1,540              1,580             1,020                    84.21
Revised forecast (B)              27,450      1,210              1,245             790                      65.22
Change (B-A)                      (1,150)     (330)              (335)             (230)
"""


@pytest.mark.parametrize(
    "title",
    ["Most recent forecast (A)        ", "Most recent forecast (Nov. 2024)", "Forecast announced on Nov. 12, 2024"],
)
def test_scenarios_as_rows(title: str) -> None:
    """The same titles on rows: the row is the previous forecast, the revised row the forecast."""
    start = _TEXT.index("                                                                             (Millions")
    end = _TEXT.index("\n2. Reason")
    result = parse_release(_TEXT[:start] + _ROWS.format(title=title) + _TEXT[end:])
    assert _facts(result) == _FACTS
