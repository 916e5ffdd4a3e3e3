"""Dividend notices: the detail table's columns (determined / forecast / prior year) and the breakdown
grid's cells ('Not paid', 'No dividend')."""

from __future__ import annotations

from pathlib import Path

from etl.parse import parse_release
from tests.parse.conftest import dividend

RELEASES = Path(__file__).parent / "releases"


def _keys(result: dict) -> set[tuple[str, str, str]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"]) for d in result["dividends"]}


def test_a_previous_year_column_of_dashes_is_the_prior_year_not_the_forecast() -> None:
    result = parse_release((RELEASES / "dividend-notice-previous-year-column-dashes.txt").read_text())
    prior = dividend(result, "2023-03-31", "year_end", "actual")
    assert prior["per_share"] == 0.0 and prior["record_date"] == "2023-03-31"
    assert not any(d["scenario"] in ("forecast", "previous_forecast") for d in result["dividends"])
    decided = dividend(result, "2024-03-31", "year_end", "actual")
    assert decided["per_share"] == 10.0 and decided["status"] == "declared"
    assert decided["total_amount"] == 215_000_000
    assert result["warnings"] == []


DECEMBER_NOTICE = """\
February 14, 2025
Company name: Sakaide Chemical Industries, Ltd.
Securities code: 4123
Notice Regarding Year-end Dividend of Surplus
Sakaide Chemical Industries, Ltd. announces that its Board of Directors resolved on February 14, 2025 to pay a
year-end dividend with a record date of December 31, 2024.
1. Details of the year-end dividend
Determined amount Most recent dividend forecast (Announced on August 9, 2024) \
Results for the previous fiscal year (Fiscal year ended December 31, 2023)
Record date December 31, 2024 Same as left December 31, 2023
Dividends per share 25.00 yen 20.00 yen 0.00 yen
Total amount of dividends 1,040 million yen — —
Effective date March 27, 2025 — —
Source of dividends Retained earnings — —
"""


def test_a_december_year_prior_column_of_dashes_after_a_forecast_column() -> None:
    result = parse_release(DECEMBER_NOTICE)
    assert dividend(result, "2023-12-31", "year_end", "actual")["per_share"] == 0.0
    assert dividend(result, "2024-12-31", "year_end", "previous_forecast")["per_share"] == 20.0
    assert dividend(result, "2024-12-31", "year_end", "actual")["per_share"] == 25.0
    assert ("2023-12-31", "year_end", "forecast") not in _keys(result)
    assert ("2023-12-31", "year_end", "previous_forecast") not in _keys(result)


def test_a_prior_column_without_a_record_date_is_told_apart_by_the_header() -> None:
    text = (RELEASES / "dividend-notice-previous-year-column-dashes.txt").read_text()
    text = text.replace("Same as left March 31, 2023", "Same as left -")
    result = parse_release(text)
    assert dividend(result, "2023-03-31", "year_end", "actual")["per_share"] == 0.0
    assert not any(d["scenario"] in ("forecast", "previous_forecast") for d in result["dividends"])


def test_not_paid_and_no_dividend_cells_are_blanks_and_mark_nothing_paid() -> None:
    result = parse_release((RELEASES / "dividend-notice-not-paid-interim.txt").read_text())
    keys = _keys(result)
    assert ("2024-03-31", "interim", "actual") not in keys
    decided = dividend(result, "2024-03-31", "year_end", "actual")
    assert decided["per_share"] == 10.0 and decided["status"] == "declared"
    assert decided["effective_date"] == "2024-06-27"
    assert dividend(result, "2024-03-31", "annual", "actual")["per_share"] == 10.0
    assert not any(d["status"] == "paid" for d in result["dividends"])
    # 'No dividend' is no 0.00 fact: the prior year's only entry is the detail table's printed 0.00 yen.
    assert [d["period"] for d in result["dividends"] if d["fiscal_year_end"] == "2023-03-31"] == ["year_end"]
    assert result["warnings"] == []


DECEMBER_SUMMARY_NIL = """\
Consolidated Financial Results for the Fiscal Year Ended December 31, 2024 [Japanese GAAP]
February 13, 2025
Company name: Hokuetsu Fine Tools Co., Ltd.
Code number: 5987
2. Cash dividends
Annual dividends per share
1st quarter-end 2nd quarter-end 3rd quarter-end Year-end Total
Yen Yen Yen Yen Yen
Fiscal year ended December 31, 2023 Nil Nil Nil No dividends Nil
Fiscal year ended December 31, 2024 - not paid - 12.00 12.00
"""


def test_nil_no_dividends_and_not_paid_cells_in_a_summary_grid() -> None:
    result = parse_release(DECEMBER_SUMMARY_NIL)
    assert not any(d["fiscal_year_end"] == "2023-12-31" for d in result["dividends"])
    assert dividend(result, "2024-12-31", "year_end", "actual")["per_share"] == 12.0
    assert dividend(result, "2024-12-31", "annual", "actual")["per_share"] == 12.0
    assert ("2024-12-31", "interim", "actual") not in _keys(result)
    assert not any(d["status"] == "paid" for d in result["dividends"])
    assert not any("does not name" in w for w in result["warnings"])


def _breakdown(result: dict) -> set[tuple[str, str, float]]:
    actual = [d for d in result["dividends"] if d["scenario"] == "actual"]
    return {(d["fiscal_year_end"], d["period"], d["per_share"]) for d in actual}


def test_after_stock_split_columns_are_not_another_period() -> None:
    result = parse_release((RELEASES / "dividend-notice-stock-split-before-after.txt").read_text())
    assert _breakdown(result) == {
        ("2024-03-31", "interim", 65.0),
        ("2024-03-31", "year_end", 80.0),
        ("2024-03-31", "annual", 145.0),
        ("2023-03-31", "interim", 55.0),
        ("2023-03-31", "year_end", 60.0),
        ("2023-03-31", "annual", 115.0),
    }
    assert not any(d["period"] in ("q1", "q3") for d in result["dividends"])
    assert any("stock split" in w and "as declared" in w for w in result["warnings"])


DECEMBER_SPLIT_FIRST = """\
February 12, 2025
Company name: Oguni Textile Co., Ltd.
Securities code: 3512
Notice Regarding Dividends of Surplus
(Reference) Breakdown of annual dividends
Dividend per share
After share split (reference) Before share split
Interim Year-end Interim Year-end Annual
Fiscal year ended December 31, 2024 10.00 12.50 30.00 37.50 67.50
Fiscal year ended December 31, 2023 9.00 10.00 27.00 30.00 57.00
"""


def test_converted_columns_printed_first_are_left_out_and_the_declared_kept() -> None:
    result = parse_release(DECEMBER_SPLIT_FIRST)
    assert _breakdown(result) == {
        ("2024-12-31", "interim", 30.0),
        ("2024-12-31", "year_end", 37.5),
        ("2024-12-31", "annual", 67.5),
        ("2023-12-31", "interim", 27.0),
        ("2023-12-31", "year_end", 30.0),
        ("2023-12-31", "annual", 57.0),
    }
    assert any("stock split" in w for w in result["warnings"])
