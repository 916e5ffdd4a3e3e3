"""Revision and results-vs-forecast tables whose '(Reference) Results for' row label wraps onto a line
that opens with the period and carries the values ('FY ended December 31, 2024  22,870  2,210 ...').
The label's first line was read as a heading, so the reference actuals were lost; the row's period
label ('FY ended ...') was the table's forecast year."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.tables import _row_label_before_values
from tests.parse.conftest import figure, parsed_release


def test_reference_row_wrapped_onto_fy_ended_line() -> None:
    result = parsed_release("revision-reference-label-wraps-onto-fy-ended-line.txt")
    reference = {f["metric"]: f["value"] for f in result["figures"] if f["scenario"] == "actual"}
    assert reference == {
        "revenue": 29_640_000_000,
        "operating_profit": 2_515_000_000,
        "ordinary_profit": 2_604_000_000,
        "net_profit_attributable": 1_733_000_000,
        "eps_basic": 86.65,
    }
    actual = figure(result, "revenue", "2024-12-31", "actual")
    assert actual["period_start"] == "2024-01-01"
    assert actual["period_label"] == "FY ended December 31, 2024"
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 33_200_000_000
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_REVISION = """{date}
Company name: Asahigawa Foods Co., Ltd.
Securities code: 2893
Notice Regarding Revision of Earnings Forecast
1. Revision of consolidated earnings forecast for the {period}
{unit}
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Previous forecast (A) 48.0 3.1 3.2 2.1
Revised forecast (B) 50.5 3.6 3.7 2.5
Change (B-A) 2.5 0.5 0.5 0.4
(Reference) Results for
{line} 46.2 2.9 3.0 1.9
2. Reasons for the revision
Sales of frozen foods were stronger than planned.
"""


@pytest.mark.parametrize(
    ("date", "period", "unit", "line", "start", "end", "scale"),
    [
        (  # March fiscal year, billions, 'Fiscal year ended'
            "October 31, 2025", "fiscal year ending March 31, 2026", "(Billions of yen)",
            "Fiscal year ended March 31, 2025", "2024-04-01", "2025-03-31", 1e9,
        ),
        (  # December fiscal year, first half, millions
            "July 30, 2025", "six months ending June 30, 2025 of the fiscal year ending December 31, 2025",
            "(Millions of yen)", "Six months ended June 30, 2024", "2024-01-01", "2024-06-30", 1e6,
        ),
        (  # June fiscal year, 'FY ended'
            "April 25, 2025", "fiscal year ending June 30, 2025", "(Millions of yen)",
            "FY ended June 30, 2024", "2023-07-01", "2024-06-30", 1e6,
        ),
    ],
)
def test_reference_row_period_line_variants(
    date: str, period: str, unit: str, line: str, start: str, end: str, scale: float
) -> None:
    result = parse_release(_REVISION.format(date=date, period=period, unit=unit, line=line))
    revenue = figure(result, "revenue", end, "actual")
    assert revenue["value"] == pytest.approx(46.2 * scale)
    assert revenue["period_start"] == start
    assert figure(result, "net_profit_attributable", end, "actual")["value"] == pytest.approx(1.9 * scale)


@pytest.mark.parametrize(
    "following",
    [
        "Machinery 12,345 1,234",  # a segment row under a '(Reference)' heading: no period opens it
        "Consolidated subsidiaries: 24 companies",
    ],
)
def test_a_reference_heading_over_other_rows_stays_a_heading(following: str) -> None:
    assert not _row_label_before_values("(Reference) Results for\n", following + "\n")
