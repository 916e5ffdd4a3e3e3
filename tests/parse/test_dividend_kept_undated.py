"""A revision notice's dividend sentence keeping the forecast without a date ('The year-end dividend
forecast of 20.00 yen per share remains unchanged'): the forecast was not first announced by this
document, and the document does not say when it was, so announced_on is null (it was the document's
date). With a date ('unchanged from the forecast announced on May 14, 2024') it is that date; a revised
forecast carries the document's date."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import dividend

_NOTICE = """{date}
Company name: Minase Textile Co., Ltd.
Stock code: 3598
Notice Regarding Revision of Earnings Forecasts
We have revised our consolidated earnings forecasts for the fiscal year ending {fy_end}.
Sales of apparel fabrics to mass retailers were weaker than expected in the third quarter.
{sentence}
"""


@pytest.mark.parametrize(
    ("date", "fy_end", "sentence", "end", "value", "announced"),
    [
        (
            "February 10, 2025", "March 31, 2025",
            "The year-end dividend forecast of 20.00 yen per share remains unchanged.",
            "2025-03-31", 20.0, None,
        ),
        (
            "October 30, 2025", "December 31, 2025",
            "The year-end dividend forecast of ¥35 per share is unchanged.",
            "2025-12-31", 35.0, None,
        ),
        (
            "April 25, 2025", "June 30, 2025",
            "The year-end dividend forecast of 12.50 yen per share is unchanged from the forecast announced on"
            " August 9, 2024.",
            "2025-06-30", 12.5, "2024-08-09",
        ),
        (
            "February 10, 2025", "March 31, 2025",
            "The year-end dividend forecast has been revised to 15.00 yen per share.",
            "2025-03-31", 15.0, "2025-02-10",
        ),
    ],
)
def test_kept_dividend_forecast_dates(
    date: str, fy_end: str, sentence: str, end: str, value: float, announced: str | None
) -> None:
    result = parse_release(_NOTICE.format(date=date, fy_end=fy_end, sentence=sentence))
    forecast = dividend(result, end, "year_end", "forecast")
    assert (forecast["per_share"], forecast["announced_on"]) == (value, announced)
    assert "undated" not in forecast
