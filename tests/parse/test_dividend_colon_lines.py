"""Dividends stated as colon lines, one 'Label: value' line per fact (tests/parse/releases/): a notice
printing its detail table as lines ('Record date: ...', 'Dividend per share: 62.00 yen (Ordinary dividend
52.00 yen, Commemorative dividend 10.00 yen)'), the forecast and previous-year columns as lines of their
own, and a reference breakdown printing one fiscal year a line."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, parsed_release

_NOTICE = "dividend-notice-colon-lines-december.txt"


def _notice() -> str:
    return (RELEASES / _NOTICE).read_text(encoding="utf-8")


def test_colon_line_notice_details_forecast_and_previous_year() -> None:
    result = parsed_release(_NOTICE)
    decided = dividend(result, "2024-12-31", "year_end", "actual")
    assert decided["per_share"] == 62.0 and decided["status"] == "declared"
    assert (decided["record_date"], decided["effective_date"]) == ("2024-12-31", "2025-03-27")
    assert decided["total_amount"] == 2_418_000_000 and decided["resource"] == "retained_earnings"
    assert decided["components"] == [
        {"kind": "ordinary", "per_share": 52.0},
        {"kind": "commemorative", "per_share": 10.0},
    ]
    replaced = dividend(result, "2024-12-31", "year_end", "previous_forecast")
    assert replaced["per_share"] == 52.0 and replaced["announced_on"] == "2024-11-08"
    assert dividend(result, "2024-12-31", "interim", "actual")["status"] == "paid"
    assert dividend(result, "2024-12-31", "annual", "actual")["per_share"] == 110.0
    assert result["warnings"] == []


@pytest.mark.parametrize(("mark", "status"), [("", "declared"), (" (paid)", "paid"), (" (already paid)", "paid")])
def test_previous_year_line_marked_paid(mark: str, status: str) -> None:
    """'Results for the previous fiscal year (year-end dividend): 45.00 yen (paid)': the contract's
    'paid' needs the document to say so; the mark after the amount does. Without it, declared."""
    line = "Results for the previous fiscal year (year-end dividend): 45.00 yen"
    result = parse_release(_notice().replace(line, line + mark))
    prior = dividend(result, "2023-12-31", "year_end", "actual")
    assert (prior["per_share"], prior["status"]) == (45.0, status)
    assert prior["provenance"]["row_label"].startswith("Results for the previous fiscal year")


def test_reference_breakdown_one_year_a_line() -> None:
    """The second line's year ('Fiscal year ended December 31, 2023: Interim ...') holds for its amounts,
    which were taken for the first line's year and lost to it."""
    result = parsed_release(_NOTICE)
    previous = {d["period"]: d["per_share"] for d in result["dividends"] if d["fiscal_year_end"] == "2023-12-31"}
    assert previous == {"interim": 40.0, "year_end": 45.0, "annual": 85.0}
    assert all(d["scenario"] == "actual" for d in result["dividends"] if d["fiscal_year_end"] == "2023-12-31")
    assert len(result["dividends"]) == 7


_INTERIM_JUNE = """January 31, 2025
Company name: Asagi Logistics Co., Ltd.
Securities code: 9387

Notice Regarding Dividends of Surplus (Interim Dividend)

Asagi Logistics Co., Ltd. announces that its Board of Directors resolved at a meeting held on January 31, 2025
to pay an interim dividend for the fiscal year ending June 30, 2025, as follows.

1. Details of the interim dividend
Record date: December 31, 2024
Dividend per share: ¥30.00
Latest dividend forecast (announced on August 9, 2024): ¥28.00 per share
Previous fiscal year (interim dividend): ¥25.00
Total amount of dividends: ¥912 million
Payment start date: March 10, 2025
Source of dividends: Capital surplus
"""


def test_colon_lines_of_an_interim_notice_june_year_end_reordered() -> None:
    """An interim dividend of a June year end, yen signs, capital surplus, and the forecast and
    previous-year lines printed between the detail lines instead of after them."""
    result = parse_release(_INTERIM_JUNE)
    decided = dividend(result, "2025-06-30", "interim", "actual")
    assert decided["per_share"] == 30.0 and decided["resource"] == "capital_surplus"
    assert decided["total_amount"] == 912_000_000 and decided["effective_date"] == "2025-03-10"
    replaced = dividend(result, "2025-06-30", "interim", "previous_forecast")
    assert replaced["per_share"] == 28.0 and replaced["announced_on"] == "2024-08-09"
    assert dividend(result, "2024-06-30", "interim", "actual")["per_share"] == 25.0
    assert len(result["dividends"]) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Latest dividend forecast: -",  # no forecast printed: no fact
        "Latest dividend forecast (announced on November 8, 2024): Undetermined",
    ],
)
def test_forecast_line_without_an_amount_is_no_fact(line: str) -> None:
    text = _notice().replace("Most recent dividend forecast (released on November 8, 2024): 52.00 yen", line)
    result = parse_release(text)
    assert not [d for d in result["dividends"] if d["scenario"] != "actual"]
    assert dividend(result, "2024-12-31", "year_end", "actual")["total_amount"] == 2_418_000_000


def test_interim_forecast_line_in_a_year_end_notice_stays_a_forecast() -> None:
    """A forecast line for another period than the decided one is the standing forecast, not a replaced one."""
    text = _notice().replace(
        "Most recent dividend forecast (released on November 8, 2024): 52.00 yen",
        "Interim dividend forecast (announced on November 8, 2024): 50.00 yen",
    )
    result = parse_release(text)
    standing = dividend(result, "2024-12-31", "interim", "forecast")
    assert standing["per_share"] == 50.0 and standing["announced_on"] == "2024-11-08"
