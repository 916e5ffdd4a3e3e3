"""Negative figures printed with other minus signs (tests/parse/releases/), with the rules they needed: a
Greek delta 'Δ' or an increment sign '∆' before a number is the triangle '△' of Japanese tables; a hyphen
and a space before a number ('- 420,000') is a minus where the row has one cell per column title once it
is read so (and more cells without)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.text import repair_text
from tests.parse.conftest import RELEASES, figure, parsed_release

_NAME = "revision-loss-forecast-delta-minus-signs.txt"
_METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")
_EXPECTED = {
    ("2025-03-31", "previous_forecast"): (32_400e6, 650e6, 700e6, 420e6, 24.18),
    ("2025-03-31", "forecast"): (28_900e6, -480e6, -530e6, -1_150e6, -66.21),
    ("2024-03-31", "actual"): (31_027e6, -95e6, 12e6, -310e6, -17.85),
}


def _assert_expected(result: dict) -> None:
    for (end, scenario), values in _EXPECTED.items():
        for metric, value in zip(_METRICS, values, strict=True):
            assert figure(result, metric, end, scenario)["value"] == pytest.approx(value), (metric, end, scenario)
    assert len(result["figures"]) == 15


def test_greek_delta_is_a_minus() -> None:
    result = parsed_release(_NAME)
    _assert_expected(result)
    assert result["warnings"] == []
    assert figure(result, "operating_profit", "2025-03-31", "forecast")["provenance"]["text"] == "△480"


@pytest.mark.parametrize("sign", ["∆", "△", "▲", "Δ "])
def test_other_triangles(sign: str) -> None:
    text = (RELEASES / _NAME).read_text(encoding="utf-8").replace("Δ", sign)
    _assert_expected(parse_release(text))


def test_hyphen_and_space_is_a_minus() -> None:
    """'- 480' in every value row; the change rows then leave their per-share cell out."""
    text = (RELEASES / _NAME).read_text(encoding="utf-8").replace("Δ", "- ").replace(" ―", "")
    result = parse_release(text)
    _assert_expected(result)
    assert not [w for w in result["warnings"] if "matched in order" in w]


@pytest.mark.parametrize(
    ("fy", "published", "fy_end"),
    [("December 31, 2024", "July 30, 2024", "2024-12-31"), ("June 30, 2025", "February 10, 2025", "2025-06-30")],
)
def test_hyphen_minus_thousands_other_year_ends(fy: str, published: str, fy_end: str) -> None:
    text = f"""{published}
Company name: Sample Biotech, Inc.
Securities code: 9999

Notice Regarding Revision of Earnings Forecast

Sample Biotech, Inc. has revised its consolidated earnings forecast for the fiscal year ending {fy} as follows.

(Thousands of yen)
Revenue Operating profit Ordinary profit Profit attributable to owners of parent Earnings per share (Yen)
Previous forecast (A) 1,850,000 - 420,000 - 445,000 - 450,000 - 15.62
Revised forecast (B) 1,120,000 - 1,180,000 - 1,210,000 - 1,215,000 - 42.10
Change (B-A) - 730,000 - 760,000 - 765,000 - 765,000
"""
    result = parse_release(text)
    assert figure(result, "operating_profit", fy_end, "previous_forecast")["value"] == -420_000_000
    assert figure(result, "eps_basic", fy_end, "previous_forecast")["value"] == -15.62
    assert figure(result, "net_profit_attributable", fy_end, "forecast")["value"] == -1_215_000_000
    assert figure(result, "revenue", fy_end, "forecast")["value"] == 1_120_000_000
    assert len(result["figures"]) == 10


def test_dash_columns_stay_blank_where_the_count_says_so() -> None:
    """A '-' blank before a value in a row with one cell per title is a blank column, not a sign."""
    text = """May 10, 2024
Company name: Sample Works Co., Ltd.
Securities code: 9999

Notice Regarding Revision of Earnings Forecasts for the Fiscal Year Ending March 31, 2025

(Millions of yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent Basic earnings per share (Yen)
Previous forecast (A) - 900 950 600 45.10
Revised forecast (B) - 1,020 1,080 700 52.61
"""
    result = parse_release(text)
    assert figure(result, "operating_profit", "2025-03-31", "previous_forecast")["value"] == 900e6
    assert figure(result, "eps_basic", "2025-03-31", "forecast")["value"] == 52.61
    assert not [f for f in result["figures"] if f["metric"] == "revenue"]


@pytest.mark.parametrize(
    ("printed", "repaired"),
    [("Δ350", "△350"), ("∆ 20.85", "△ 20.85"), ("ΔEBITDA", "ΔEBITDA"), ("Δ", "Δ"), ("β 1.2", "β 1.2")],
)
def test_delta_before_a_number_is_the_triangle(printed: str, repaired: str) -> None:
    assert repair_text(f"Operating profit {printed}\n") == f"Operating profit {repaired}\n"
