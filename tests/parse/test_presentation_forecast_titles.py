"""Presentation forecast pages: column titles over two lines with the forecast's kind beside the year
('FY2025 Previous' over 'Forecast (May)'), and short per-share rows ('EPS (yen)') under a row label
wrapped over two lines."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure

NAME = "presentation-two-line-forecast-titles-eps-row.txt"
FY, PRIOR = "2026-03-31", "2025-03-31"
BN = 1e9


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _values(result: dict, end: str, scenario: str) -> dict[str, float]:
    figures = result["figures"]
    return {f["metric"]: round(f["value"], 2) for f in figures if f["period_end"] == end and f["scenario"] == scenario}


def _check(result: dict, fy: str = FY, prior: str = PRIOR, scale: float = BN) -> None:
    assert _values(result, fy, "forecast") == {
        "revenue": 905.0 * scale,
        "operating_profit": 74.5 * scale,
        "profit_before_tax": 77.0 * scale,
        "net_profit_attributable": 53.5 * scale,
        "eps_basic": 133.04,
    }
    assert _values(result, fy, "previous_forecast") == {
        "revenue": 880.0 * scale,
        "operating_profit": 70.0 * scale,
        "profit_before_tax": 72.0 * scale,
        "net_profit_attributable": 49.0 * scale,
        "eps_basic": 121.85,
    }
    assert _values(result, prior, "actual")["eps_basic"] == 112.40
    assert _values(result, prior, "actual")["net_profit_attributable"] == 45.2 * scale


def test_previous_and_revised_columns_and_eps_row() -> None:
    result = parse_release(_text())
    _check(result)
    assert figure(result, "revenue", FY, "previous_forecast")["announced_on"] == "2025-05-13"
    assert figure(result, "revenue", FY, "forecast")["announced_on"] == "2025-11-07"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("FY2025 Initial    FY2025 Latest ", "Forecast (May)    Forecast (Nov.) "),
        ("FY2025 Original   FY2025 New    ", "Forecast (May)    Forecast (Nov.) "),
    ],
)
def test_other_forecast_kind_words(first: str, second: str) -> None:
    text = _text().replace("FY2025 Previous   FY2025 Revised ", first).replace(
        "Forecast (May)    Forecast (Nov.) ", second
    )
    _check(parse_release(text))


@pytest.mark.parametrize("eps", ["EPS      ", "Basic EPS (yen)"])
def test_eps_label_variants(eps: str) -> None:
    _check(parse_release(_text().replace("EPS (yen)      ", eps.ljust(15))))


def test_december_year_end_and_hundred_million_yen() -> None:
    text = (
        _text()
        .replace("Fiscal year ending March 31, 2026", "Fiscal year ending December 31, 2025")
        .replace("fiscal year ending March 31, 2026", "fiscal year ending December 31, 2025")
        .replace("(Billions of yen)", "(Hundred millions of yen)")
    )
    _check(parse_release(text), "2025-12-31", "2024-12-31", 1e8)


def test_profit_label_on_one_line() -> None:
    wrapped = "Profit attributable to\nowners of the parent    "
    text = _text().replace(wrapped, "Profit attributable to owners of parent")
    _check(parse_release(text))
