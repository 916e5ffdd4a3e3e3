"""Layouts the third probe round found unread (tests/parse/releases/), each with the rule it needed:
a two-column tanshin cover whose right-hand label shares the company name's line; a results-vs-forecast
'(Reference) Results for the previous fiscal year' row whose label wraps onto a second line; a large-cap
results release whose forecast table ('Previous forecast (February 2025) | Revised forecast (August
2025) | Change') follows its results table under a title line that is no heading."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.identity import stated_name
from tests.parse.conftest import RELEASES, figure, parsed_release


def test_two_column_cover_name_stops_at_the_right_hand_label() -> None:
    """pdftotext -layout prints the cover's two columns on one line: 'Company name: X, Ltd.      Stock
    exchange listing: Tokyo, Nagoya'. The name took the listing label with it."""
    result = parsed_release("tanshin-two-column-cover-june-jgaap.txt")
    assert result["document"]["company"] == {"code": "6487", "name": "Minatomirai Precision Industries, Ltd."}
    assert result["document"]["fiscal_year_end_month"] == 6
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 48_215_000_000
    assert figure(result, "net_profit_attributable", "2025-06-30", "forecast")["value"] == 3_100_000_000


@pytest.mark.parametrize(
    "line",
    [
        "Company name: Hoshizora Pharmaceutical Co., Ltd.          Listing: Tokyo Stock Exchange",
        "Company name:\tHoshizora Pharmaceutical Co., Ltd.\tURL: https://www.hoshizora.example.com/",
        # columns flattened onto one single-spaced line: the label starts after the legal suffix
        "Company name: Hoshizora Pharmaceutical Co., Ltd. Stock exchange listing: Tokyo",
        # a text with every space doubled: the column gap is the widest one
        "Company  name:  Hoshizora  Pharmaceutical  Co.,  Ltd.            Stock  exchange  listing:  Tokyo",
        "Company name:\nHoshizora Pharmaceutical Co., Ltd.      Code: 4598",
        "Company name: Hoshizora Pharmaceutical Co., Ltd.",
    ],
)
def test_labelled_name_without_the_next_label(line: str) -> None:
    assert stated_name(f"{line}\nSecurities code: 4598\n").replace("  ", " ") == "Hoshizora Pharmaceutical Co., Ltd."


def test_reference_row_label_wrapped_onto_a_period_line() -> None:
    """'(Reference) Results for the previous fiscal year' / '(Fiscal year ended December 31, 2023)  2,874,310
    ...': the first line was taken for a heading, which cut the row from its values."""
    result = parsed_release("results-vs-forecast-reference-row-wrapped-december.txt")
    previous = figure(result, "revenue", "2023-12-31", "actual")
    assert previous["value"] == 2_874_310_000 and previous["period_start"] == "2023-01-01"
    assert figure(result, "eps_basic", "2023-12-31", "actual")["value"] == 52.61
    assert figure(result, "operating_profit", "2024-12-31", "previous_forecast")["value"] == 410_000_000
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_WRAPPED = "(Reference) Results for the previous fiscal year\n(Fiscal year ended December 31, 2023)   "


@pytest.mark.parametrize(
    "wrapped",
    [
        # the label's own words wrapped, not a period in parentheses
        "(Reference) Results for the\nprevious fiscal year   ",
        "[Reference] Results for the previous fiscal year\n(January 1, 2023 - December 31, 2023)   ",
        "(Reference) Results for the previous fiscal year\n    (Fiscal year ended December 31, 2023)      ",
    ],
)
def test_reference_row_label_wrap_variants(wrapped: str) -> None:
    text = (RELEASES / "results-vs-forecast-reference-row-wrapped-december.txt").read_text(encoding="utf-8")
    result = parse_release(text.replace(_WRAPPED, wrapped))
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 239_884_000
    assert len(result["figures"]) == 15


def test_reference_row_wrapped_in_a_june_half_year_notice() -> None:
    """The same row in a first-half notice of a June year end, in millions of yen."""
    text = (RELEASES / "results-vs-forecast-reference-row-wrapped-december.txt").read_text(encoding="utf-8")
    text = (
        text.replace("Thousand yen", "Million yen ").replace("Full-Year", "First-Half")
        .replace("for the Fiscal Year Ended December 31, 2024",
                 "for the First Half of the Fiscal Year Ending June 30, 2025")
        .replace("fiscal year ended December 31, 2024 (January 1, 2024 to December 31, 2024)",
                 "first half of the fiscal year ending June 30, 2025 (July 1, 2024 to December 31, 2024)")
        .replace("for the fiscal year (January 1, 2024 - December 31, 2024)",
                 "for the first half (July 1, 2024 - December 31, 2024)")
        .replace(_WRAPPED, "(Reference) Results for the first half of the previous fiscal year\n"
                 "(First half of the fiscal year ended June 30, 2024)   ")
    )
    result = parse_release(text)
    previous = figure(result, "revenue", "2023-12-31", "actual")
    assert previous["value"] == 2_874_310_000_000 and previous["period_start"] == "2023-07-01"
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 3_351_274_000_000


_FORECASTS = "ifrs-largecap-forecast-columns-month-dates.txt"
_PREVIOUS = {"revenue": 1_700_000_000_000, "operating_profit": 150_000_000_000,
             "profit_before_tax": 155_000_000_000, "net_profit_attributable": 106_000_000_000}
_REVISED = {"revenue": 1_760_000_000_000, "operating_profit": 162_000_000_000,
            "profit_before_tax": 168_000_000_000, "net_profit_attributable": 115_000_000_000}


def _assert_forecasts(result: dict, fy_end: str, fy_start: str, previous_on: str | None, revised_on: str) -> None:
    for metric, value in _PREVIOUS.items():
        fact = figure(result, metric, fy_end, "previous_forecast")
        assert (fact["value"], fact["period_start"], fact["announced_on"]) == (value, fy_start, previous_on)
    for metric, value in _REVISED.items():
        fact = figure(result, metric, fy_end, "forecast")
        assert (fact["value"], fact["period_start"], fact["announced_on"]) == (value, fy_start, revised_on)


def test_forecast_columns_after_a_results_table_dated_by_their_title_line() -> None:
    """The forecast table's header ran on from the results table's last row (no unit row, no heading
    between), so its four rows were read as the results table's; its title line ('Full-year forecast
    (year ending December 31, 2025)'), not the release's six-month title, dates its columns. A month
    without a day ('(February 2025)') is no announcement date: the previous forecast's is null."""
    result = parsed_release(_FORECASTS)
    _assert_forecasts(result, "2025-12-31", "2025-01-01", None, "2025-08-06")
    assert figure(result, "revenue", "2025-06-30", "actual")["value"] == 866_900_000_000
    assert len(result["figures"]) == 18
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # no announcement line at all, and 'Current forecast' for the revised one
        ("\n                                              (February 2025)     (August 2025)", ""),
        ("Revised forecast ", "Current forecast "),
    ],
)
def test_forecast_column_variants(old: str, new: str) -> None:
    text = (RELEASES / _FORECASTS).read_text(encoding="utf-8")
    assert old in text
    result = parse_release(text.replace(old, new))
    _assert_forecasts(result, "2025-12-31", "2025-01-01", None, "2025-08-06")


def test_forecast_columns_of_a_march_year_with_a_change_percent_column() -> None:
    """A March year end titled by its fiscal-year label ('Fiscal 2024 forecast (year ending March 31,
    2025)'), in millions of yen, with a 'Change (%)' column after 'Change'."""
    text = (RELEASES / _FORECASTS).read_text(encoding="utf-8")
    text = (
        text.replace("August 6, 2025", "November 7, 2024")
        .replace("Six Months Ended June 30, 2025", "Six Months Ended September 30, 2024")
        .replace("six months ended June 30, 2025", "six months ended September 30, 2024")
        .replace("June 30, 2024 ", "Sep. 30, 2023 ").replace("June 30, 2025 ", "Sep. 30, 2024 ")
        .replace("Full-year forecast (year ending December 31, 2025)",
                 "Fiscal 2024 forecast (year ending March 31, 2025)")
        .replace("(February 2025)     (August 2025)", "(May 2024)          (November 2024)")
        .replace("Change\n", "Change      Change (%)\n")
        .replace("60.0\n", "60.0          3.5\n").replace("12.0\n", "12.0          8.0\n")
        .replace("13.0\n", "13.0          8.4\n").replace("9.0\n", "9.0           8.5\n")
    )
    result = parse_release(text)
    _assert_forecasts(result, "2025-03-31", "2024-04-01", None, "2024-11-07")
