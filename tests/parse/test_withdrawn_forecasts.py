"""A forecast the release withdraws ('The consolidated earnings forecasts for the fiscal year ending
March 31, 2026 (net sales of 186,000 million yen ...) announced on May 12, 2025 will be withdrawn', 'the
Company withdraws ...', 'retracts'), as fiscal-year-change notices do: it no longer stands. Its amounts
are the previous forecast, dated when it was announced, with a warning; no forecast is output (it was
output as the standing forecast, dated the release's day)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release


def test_fiscal_year_change_notice_withdraws_its_forecast() -> None:
    result = parsed_release("other-fiscal-year-change-forecast-withdrawn.txt")
    assert not [f for f in result["figures"] if f["scenario"] == "forecast"]
    for metric, value in (
        ("revenue", 42_500_000_000),
        ("operating_profit", 2_150_000_000),
        ("net_profit_attributable", 1_380_000_000),
    ):
        previous = figure(result, metric, "2026-03-31", "previous_forecast")
        assert (previous["value"], previous["announced_on"]) == (value, "2025-05-09")
    assert any("withdrawn" in w for w in result["warnings"])


_NOTICE = """{date}
Company name: Sagami Kasei Co., Ltd.
Stock code: 4229
Notice Regarding Change in Fiscal Year-End
1. Earnings forecasts
{sentence}
"""


@pytest.mark.parametrize(
    ("date", "sentence", "end", "metric", "value", "announced"),
    [
        (  # March year end, 'will be withdrawn', billions with decimals
            "June 13, 2025",
            "The consolidated earnings forecasts for the fiscal year ending March 31, 2026 (net sales of 18.6 billion"
            " yen and operating profit of 1.24 billion yen) announced on May 12, 2025 will be withdrawn.",
            "2026-03-31", "operating_profit", 1_240_000_000, "2025-05-12",
        ),
        (  # December year end, 'retracts'
            "March 28, 2025",
            "The Company retracts its consolidated earnings forecast for the fiscal year ending December 31, 2025"
            " (operating profit of 3,200 million yen) announced on February 13, 2025.",
            "2025-12-31", "operating_profit", 3_200_000_000, "2025-02-13",
        ),
        (  # June year end, 'have been withdrawn', without a date
            "January 20, 2025",
            "The earnings forecasts for the fiscal year ending June 30, 2025 (net sales of 9,800 million yen) have"
            " been withdrawn.",
            "2025-06-30", "revenue", 9_800_000_000, None,
        ),
    ],
)
def test_withdrawn_variants(
    date: str, sentence: str, end: str, metric: str, value: int, announced: str | None
) -> None:
    result = parse_release(_NOTICE.format(date=date, sentence=sentence))
    assert not [f for f in result["figures"] if f["scenario"] == "forecast"]
    previous = figure(result, metric, end, "previous_forecast")
    assert (previous["value"], previous["announced_on"]) == (value, announced)


def test_a_withdrawal_from_a_business_leaves_the_forecast_standing() -> None:
    sentence = (
        "The consolidated forecast for the fiscal year ending March 31, 2026 is net sales of 41,000 million yen,"
        " reflecting the withdrawal from the solar panel business."
    )
    result = parse_release(_NOTICE.format(date="June 13, 2025", sentence=sentence))
    assert figure(result, "revenue", "2026-03-31", "forecast")["value"] == 41_000_000_000
    assert not any("withdrawn" in w for w in result["warnings"])
