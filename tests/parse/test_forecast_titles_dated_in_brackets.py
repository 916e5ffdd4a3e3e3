"""A previous forecast's column title dated in brackets without the word 'announced': 'Previous
forecast (May 14, 2025)' over a metrics-as-rows forecast table, 'Latest dividend forecast' over
'(2024/11/12)' in a dividend notice, and the wrapped '(announced on February 13,' / '2025)'. The
previous forecast's announced_on is that date (it was null)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.context import label_announcement
from tests.parse.conftest import dividend, figure, parsed_release


def test_metrics_as_rows_previous_forecast_column_dated() -> None:
    result = parsed_release("q1-results-forecast-columns-dated-in-brackets.txt")
    for metric in ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable"):
        assert figure(result, metric, "2026-03-31", "previous_forecast")["announced_on"] == "2025-05-14"
        assert figure(result, metric, "2026-03-31", "forecast")["announced_on"] == "2025-08-06"
    assert figure(result, "revenue", "2026-03-31", "previous_forecast")["value"] == 1_720_000_000_000


def test_dividend_notice_latest_forecast_dated_under_its_title() -> None:
    result = parsed_release("dividend-notice-latest-forecast-dated-under-title.txt")
    previous = dividend(result, "2025-03-31", "year_end", "previous_forecast")
    assert (previous["per_share"], previous["announced_on"]) == (32.0, "2024-11-12")
    assert dividend(result, "2025-03-31", "year_end", "actual")["per_share"] == 38.0
    assert dividend(result, "2024-03-31", "year_end", "actual")["per_share"] == 28.0


_FORECAST = """{date}
Company name: Toyosaka Machinery Co., Ltd.
Securities code: 6258
Revision of Consolidated Earnings Forecast
1. Forecast for the fiscal year ending {fy_end}
({unit})
{titles}
Net sales 1,720 1,660
Operating profit 150 128
Ordinary profit 158 136
"""


@pytest.mark.parametrize(
    ("date", "fy_end", "unit", "titles", "end", "announced"),
    [
        (  # December year end, slash date, billions
            "July 30, 2025", "December 31, 2025", "Billions of yen",
            "Initial forecast (A) (2025/02/12)   Revised forecast (B)", "2025-12-31", "2025-02-12",
        ),
        (  # June year end, day-first date
            "April 25, 2025", "June 30, 2025", "Millions of yen",
            "Previous forecast (14 August 2024)   Revised forecast", "2025-06-30", "2024-08-14",
        ),
        (  # March year end, columns reordered (the new forecast first), both dated: no date is a period's end
            "November 7, 2025", "March 31, 2026", "Millions of yen",
            "Revised forecast (November 7, 2025) Previous forecast (May 13, 2025)", "2026-03-31", "2025-05-13",
        ),
    ],
)
def test_dated_forecast_column_variants(
    date: str, fy_end: str, unit: str, titles: str, end: str, announced: str
) -> None:
    result = parse_release(_FORECAST.format(date=date, fy_end=fy_end, unit=unit, titles=titles))
    assert figure(result, "operating_profit", end, "previous_forecast")["announced_on"] == announced
    revised = 150 if titles.startswith("Revised") else 128  # the columns in the order printed
    assert figure(result, "operating_profit", end, "forecast")["value"] == pytest.approx(
        revised * (1e9 if unit.startswith("Billions") else 1e6)
    )


_NOTICE = """May 13, 2025
Company name: Kanade Trading Co., Ltd.
Stock code: 8096
Notice Regarding Dividends of Surplus (First Quarter-End Dividend)
The Board of Directors resolved at a meeting held today to pay dividends of surplus with a record date of March 31, 2025
(first quarter-end dividend for the fiscal year ending December 31, 2025).
1. Details of the dividend
{header}
Record date                   March 31, 2025        Same as left                   March 31, 2024
Dividends per share           21.00 yen             20.00 yen                      18.00 yen
Total amount of dividends     1,942 million yen     -                              1,671 million yen
Effective date                June 2, 2025          -                              June 3, 2024
Source of dividends           Retained earnings     -                              Retained earnings
2. Reasons
The Company pays dividends quarterly and targets a total payout ratio of 40% or more.
"""


@pytest.mark.parametrize(
    ("header", "announced"),
    [
        (  # the title and its date on one line
            "~          Amount determined     Latest dividend forecast (February 13, 2025)"
            "     Results for the previous fiscal year",
            "2025-02-13",
        ),
        (  # 'announced on' and its date wrapped within the column
            "~          Amount determined     Most recent forecast           Results for the previous\n"
            "~                                (announced on February 13,     fiscal year (first\n"
            "~                                2025)                          quarter-end dividend)",
            "2025-02-13",
        ),
        (  # the bare date under the title
            "~          Amount determined     Most recent forecast           Previous fiscal year\n"
            "~                                (February 13, 2025)            (FY ended December 2024)",
            "2025-02-13",
        ),
    ],
)
def test_dividend_column_date_variants(header: str, announced: str) -> None:
    """'~' in a header line stands for 20 blanks (the table's left margin for its row labels)."""
    result = parse_release(_NOTICE.format(header=header.replace("~", " " * 20)))
    previous = dividend(result, "2025-12-31", "q1", "previous_forecast")
    assert (previous["per_share"], previous["announced_on"]) == (20.0, announced)


@pytest.mark.parametrize(
    ("label", "announced"),
    [
        ("Previous forecast (May 13, 2025)", "2025-05-13"),
        ("Latest dividend forecast (2024/11/08)", "2024-11-08"),
        ("Previous forecast (A) (May 13, 2025)", "2025-05-13"),
        ("Forecast (March 31, 2026)", None),  # a period's end, not an earlier forecast's date
        ("Previous forecast (FY ending March 31, 2026)", None),
        ("Previous forecast (May 13, 2025 and August 5, 2025)", None),
    ],
)
def test_label_announcement(label: str, announced: str | None) -> None:
    assert label_announcement(label) == announced
