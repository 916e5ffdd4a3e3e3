"""Quarterly breakdowns with half-year subtotals ('1Q 2Q 1H 3Q 4Q 2H Full year', 'Q1 Q2 H1 Q3 Q4 H2
FY'): the quarters are stand-alone (a cumulative 2Q would be the 1H), the first half runs from the
year's first day, the second half is its own six months; periods not ended by the release's date are
forecasts."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import parsed_release


def _spans(result: dict, metric: str = "revenue") -> list[tuple[str, str, str, float]]:
    return sorted(
        (f["period_start"], f["period_end"], f["scenario"], f["value"])
        for f in result["figures"]
        if f["metric"] == metric
    )


def test_march_breakdown_with_halves() -> None:
    result = parsed_release("supplementary-quarters-with-half-year-subtotals.txt")
    assert _spans(result) == [
        ("2024-04-01", "2024-06-30", "actual", 24_310_000_000),
        ("2024-04-01", "2024-09-30", "actual", 51_180_000_000),
        ("2024-04-01", "2025-03-31", "actual", 105_340_000_000),
        ("2024-07-01", "2024-09-30", "actual", 26_870_000_000),
        ("2024-10-01", "2024-12-31", "actual", 25_940_000_000),
        ("2024-10-01", "2025-03-31", "actual", 54_160_000_000),
        ("2025-01-01", "2025-03-31", "actual", 28_220_000_000),
    ]
    assert len(result["figures"]) == 28  # orders received are none of ours
    assert {f["period_label"] for f in result["figures"]} == {"1Q", "2Q", "1H", "3Q", "4Q", "2H", "Full year"}
    assert result["warnings"] == []


_BREAKDOWN = """{day}
Company name: Awaji Pharma Inc.
Securities code: 4599

Supplementary Materials on Consolidated Financial Results [IFRS]

1. Consolidated results by quarter
Fiscal year ending {year_end}
({unit})
{titles}
Revenue             {revenue}
Operating profit    {op}
"""
_DECEMBER = {
    "day": "February 12, 2026",
    "year_end": "December 31, 2025",
    "unit": "Millions of yen",
    "titles": "                    Q1       Q2       H1       Q3       Q4       H2       FY",
    "revenue": "5,010    5,220   10,230    5,430    5,810   11,240   21,470",
    "op": "  410      455      865      470      520      990    1,855",
}


@pytest.mark.parametrize(
    "titles",
    [
        "Q1 Q2 H1 Q3 Q4 H2 FY",
        "1Q 2Q 1H 3Q 4Q 2H Full year",
        "1Q 2Q 1H 3Q 4Q 2H Total",
    ],
)
def test_december_breakdown_titles(titles: str) -> None:
    result = parse_release(_BREAKDOWN.format(**{**_DECEMBER, "titles": titles}))
    assert _spans(result) == [
        ("2025-01-01", "2025-03-31", "actual", 5_010_000_000),
        ("2025-01-01", "2025-06-30", "actual", 10_230_000_000),
        ("2025-01-01", "2025-12-31", "actual", 21_470_000_000),
        ("2025-04-01", "2025-06-30", "actual", 5_220_000_000),
        ("2025-07-01", "2025-09-30", "actual", 5_430_000_000),
        ("2025-07-01", "2025-12-31", "actual", 11_240_000_000),
        ("2025-10-01", "2025-12-31", "actual", 5_810_000_000),
    ]
    assert len(_spans(result, "operating_profit")) == 7


def test_june_year_in_billions_with_the_second_half_planned() -> None:
    """A half-year release (June year end) showing the second half and the year as planned."""
    fields = {
        "day": "February 10, 2026",
        "year_end": "June 30, 2026",
        "unit": "Billions of yen",
        "titles": "1Q 2Q 1H 3Q 4Q 2H Full year",
        "revenue": "5.0 5.2 10.2 5.4 5.8 11.2 21.4",
        "op": "0.4 0.5 0.9 0.5 0.5 1.0 1.9",
    }
    result = parse_release(_BREAKDOWN.format(**fields))
    assert _spans(result) == [
        ("2025-07-01", "2025-09-30", "actual", 5_000_000_000),
        ("2025-07-01", "2025-12-31", "actual", 10_200_000_000),
        ("2025-07-01", "2026-06-30", "forecast", 21_400_000_000),
        ("2025-10-01", "2025-12-31", "actual", 5_200_000_000),
        ("2026-01-01", "2026-03-31", "forecast", 5_400_000_000),
        ("2026-01-01", "2026-06-30", "forecast", 11_200_000_000),
        ("2026-04-01", "2026-06-30", "forecast", 5_800_000_000),
    ]


@pytest.mark.parametrize(
    "titles",
    [
        "1Q 1H 2Q 3Q 4Q 2H Full year",  # a half before its second quarter
        "1Q 2Q 2H 3Q 4Q 1H Full year",  # halves swapped
    ],
)
def test_halves_out_of_place_are_not_read(titles: str) -> None:
    result = parse_release(_BREAKDOWN.format(**{**_DECEMBER, "titles": titles}))
    assert result["figures"] == []
