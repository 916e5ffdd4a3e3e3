"""Results releases in capitals (large-cap US GAAP): the capitalised title is read, and a forecast
table whose heading says it stands unchanged from an earlier announcement carries that date, not the
release's (the contract's announced_on)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release


def test_unchanged_forecast_heading_dates_the_forecast_and_the_capital_title_is_read() -> None:
    result = parsed_release("usgaap-q3-capitals-title-unchanged-forecast-heading.txt")
    title = "CONSOLIDATED FINANCIAL RESULTS FOR THE THIRD QUARTER ENDED SEPTEMBER 30, 2025"
    assert result["document"]["title"] == title
    assert result["document"]["kind"] == "earnings_summary"
    forecasts = [f for f in result["figures"] if f["scenario"] == "forecast"]
    assert len(forecasts) == 4
    assert {f["announced_on"] for f in forecasts} == {"2025-08-07"}
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 390_000_000_000
    assert {f["announced_on"] for f in result["figures"] if f["scenario"] == "actual"} == {None}
    assert result["warnings"] == []


_RELEASE = """Tokyo, {day} -- Sakuragawa Heavy Industries, Ltd. (TSE: 6455) today announced its results.

{title}

(Millions of yen)
                                   Net sales   Operating income   Net income attributable to Sakuragawa
Nine months ended {q3_end}    412,300       30,120             21,400
Nine months ended {q3_prior}    398,110       28,450             19,980

{heading}
Net sales 560,000 million yen; Operating income 41,000 million yen;
Net income attributable to Sakuragawa 28,000 million yen.
"""
_MARCH = {
    "day": "February 4, 2025",
    "q3_end": "December 31, 2024",
    "q3_prior": "December 31, 2023",
    "fy": "March 31, 2025",
}


@pytest.mark.parametrize(
    ("title", "heading", "announced"),
    [
        (
            "CONSOLIDATED FINANCIAL RESULTS FOR THE NINE MONTHS ENDED DECEMBER 31, 2024 (U.S. GAAP)",
            "Forecast for the fiscal year ending March 31, 2025 (unchanged from the forecast announced on "
            "November 5, 2024)",
            "2024-11-05",
        ),
        (
            "SUMMARY OF CONSOLIDATED FINANCIAL RESULTS FOR THE THIRD QUARTER OF FISCAL 2024",
            "Forecast for the fiscal year ending March 31, 2025 (no change from the forecast released on "
            "October 31, 2024)",
            "2024-10-31",
        ),
        (
            "CONSOLIDATED FINANCIAL RESULTS FOR THE NINE MONTHS ENDED DECEMBER 31, 2024",
            "Forecast for the fiscal year ending March 31, 2025 (the forecast announced on May 10, 2024 "
            "remains unchanged)",
            "2024-05-10",
        ),
        (  # a forecast the release revises carries its own date
            "CONSOLIDATED FINANCIAL RESULTS FOR THE NINE MONTHS ENDED DECEMBER 31, 2024",
            "Forecast for the fiscal year ending March 31, 2025 (revised from the forecast announced on "
            "November 5, 2024)",
            "2025-02-04",
        ),
        (  # no earlier announcement named: the release's own forecast
            "CONSOLIDATED FINANCIAL RESULTS FOR THE NINE MONTHS ENDED DECEMBER 31, 2024",
            "Forecast for the fiscal year ending March 31, 2025",
            "2025-02-04",
        ),
    ],
)
def test_forecast_heading_variants(title: str, heading: str, announced: str) -> None:
    result = parse_release(_RELEASE.format(title=title, heading=heading, **_MARCH))
    assert result["document"]["title"] is not None and result["document"]["title"].startswith(
        ("CONSOLIDATED", "SUMMARY")
    )
    forecasts = [f for f in result["figures"] if f["scenario"] == "forecast"]
    assert {(f["period_start"], f["period_end"]) for f in forecasts} == {("2024-04-01", "2025-03-31")}
    assert len(forecasts) == 3
    assert {f["announced_on"] for f in forecasts} == {announced}
