"""Revisions at the half year printing the revised year as its halves and total under one group title:
'Previous forecast | Revised forecast | Change' over 'Full year (A) | First half | Second half | Full
year (B) | (B-A)', the halves tagged '(results)' / '(forecast)' on a third line. The previous forecast
came out as the standing one, the second half as the first, and the first-half results and the revised
full year were lost, silently."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release

METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable")


def _values(result: dict, start: str, end: str, scenario: str) -> tuple[float, ...]:
    found = {
        f["metric"]: f["value"]
        for f in result["figures"]
        if (f["period_start"], f["period_end"], f["scenario"]) == (start, end, scenario)
    }
    return tuple(found.get(m, 0) / 1e6 for m in METRICS)


def test_december_revision_with_the_revised_year_split_into_halves() -> None:
    result = parsed_release("revision-revised-year-split-into-halves-columns.txt")
    assert _values(result, "2025-01-01", "2025-12-31", "previous_forecast") == (48_500, 2_900, 3_050, 2_050)
    assert _values(result, "2025-01-01", "2025-12-31", "forecast") == (51_500, 3_400, 3_550, 2_400)
    assert _values(result, "2025-01-01", "2025-06-30", "actual") == (25_106, 1_731, 1_802, 1_214)
    assert _values(result, "2025-07-01", "2025-12-31", "forecast") == (26_394, 1_669, 1_748, 1_186)
    assert figure(result, "revenue", "2025-12-31", "previous_forecast")["announced_on"] == "2025-02-13"
    assert {f["announced_on"] for f in result["figures"] if f["scenario"] == "forecast"} == {"2025-07-31"}
    assert len(result["figures"]) == 16
    assert result["warnings"] == []


_MARCH = """October 30, 2025
Company name: Minato Cable Co., Ltd.
Code: 5809
Notice Regarding Revision of Full-Year Earnings Forecast
Minato Cable Co., Ltd. has revised its consolidated forecast for the fiscal year ending March 31, 2026,
announced on May 14, 2025.
1. Revision of the consolidated forecast for the fiscal year ending March 31, 2026
{unit}
                     Previous forecast   Revised forecast                                {change}
                     Full year (A)       First half     Second half     Full year (B)    {ba}
                                         ({h1})      (forecast)
Net sales            120,000             57,200         60,800          118,000          {c1}
Operating profit       6,000              2,450          3,050            5,500          {c2}
"""


@pytest.mark.parametrize(("unit", "scale"), [("(Millions of yen)", 1e6), ("(Thousands of yen)", 1e3)])
@pytest.mark.parametrize("h1", ["results", "actual", "Results"])
@pytest.mark.parametrize(("change", "ba", "c1", "c2"), [("Change", "(B-A)", "(2,000)", "(500)"), ("", "", "", "")])
def test_march_variants(unit: str, scale: float, h1: str, change: str, ba: str, c1: str, c2: str) -> None:
    result = parse_release(_MARCH.format(unit=unit, h1=h1, change=change, ba=ba, c1=c1, c2=c2))
    got = {
        (f["metric"], f["period_start"], f["period_end"], f["scenario"]): f["value"] / scale
        for f in result["figures"]
    }
    assert got == {
        ("revenue", "2025-04-01", "2026-03-31", "previous_forecast"): 120_000,
        ("operating_profit", "2025-04-01", "2026-03-31", "previous_forecast"): 6_000,
        ("revenue", "2025-04-01", "2025-09-30", "actual"): 57_200,
        ("operating_profit", "2025-04-01", "2025-09-30", "actual"): 2_450,
        ("revenue", "2025-10-01", "2026-03-31", "forecast"): 60_800,
        ("operating_profit", "2025-10-01", "2026-03-31", "forecast"): 3_050,
        ("revenue", "2025-04-01", "2026-03-31", "forecast"): 118_000,
        ("operating_profit", "2025-04-01", "2026-03-31", "forecast"): 5_500,
    }
