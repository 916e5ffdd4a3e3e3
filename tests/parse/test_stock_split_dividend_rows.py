"""Stock-split notices whose dividend-forecast table adds a row restating the amounts on the new
share basis: that row is no fact, and a 'Previous forecast' row the notice leaves unchanged stands
as the forecast, dated when it was first announced."""

from __future__ import annotations

from etl.parse import parse_release
from tests.parse.conftest import dividend, parsed_release


def _facts(result: dict) -> set[tuple[str, str, str, float, str | None]]:
    return {
        (d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"], d["announced_on"])
        for d in result["dividends"]
    }


def test_post_split_row_is_skipped_and_the_unchanged_forecast_stands() -> None:
    result = parsed_release("stock-split-notice-dividend-forecast-post-split-row.txt")
    assert _facts(result) == {
        ("2025-03-31", "interim", "actual", 80.0, None),
        ("2025-03-31", "year_end", "forecast", 90.0, "2024-05-13"),
        ("2025-03-31", "annual", "forecast", 170.0, "2024-05-13"),
    }
    assert any("post-split basis" in w and "as declared" in w for w in result["warnings"])


DECEMBER = """\
February 7, 2025
Company name: Kitamura Seiki Co., Ltd.
(Securities code: 6412, TSE Prime)

Notice Regarding Stock Split and Dividend Forecast

With a record date of March 31, 2025, each share of common stock will be split into four shares.
There is no change to the dividend forecast announced on February 9, 2024 for the fiscal year ending
December 31, 2025.

                                     Dividends per share (Yen)
                                     Interim      Year-end     Annual
Previous forecast (February 9, 2024)  60.00        60.00        120.00
{revised}{reference}
Results for the previous fiscal year  55.00        65.00        120.00
"""
_POST = "(Reference) Post-split basis          15.00        15.00         30.00\n"
_SPLIT_ADJUSTED = "(Reference) Adjusted for stock split  15.00        15.00         30.00\n"


def _december(revised: str = "", reference: str = _POST) -> dict:
    return parse_release(DECEMBER.format(revised=revised, reference=reference))


def test_december_year_with_the_reference_row_in_other_words() -> None:
    for reference in (_POST, _SPLIT_ADJUSTED):
        result = _december(reference=reference)
        assert _facts(result) == {
            ("2025-12-31", "interim", "forecast", 60.0, "2024-02-09"),
            ("2025-12-31", "year_end", "forecast", 60.0, "2024-02-09"),
            ("2025-12-31", "annual", "forecast", 120.0, "2024-02-09"),
            ("2024-12-31", "interim", "actual", 55.0, None),
            ("2024-12-31", "year_end", "actual", 65.0, None),
            ("2024-12-31", "annual", "actual", 120.0, None),
        }, reference
        assert not any(d["per_share"] == 15.0 for d in result["dividends"])


def test_a_revised_row_keeps_the_previous_forecast_superseded() -> None:
    result = _december(revised="Revised forecast                      70.00        70.00        140.00\n")
    assert dividend(result, "2025-12-31", "year_end", "previous_forecast")["per_share"] == 60.0
    assert dividend(result, "2025-12-31", "year_end", "forecast")["per_share"] == 70.0
    assert not any(d["per_share"] == 15.0 for d in result["dividends"])


def test_a_row_naming_the_split_without_restating_is_read() -> None:
    """'Results before the stock split' is the year's as-declared row, not a restatement."""
    result = _december(reference="Results for the current fiscal year  60.00\n(before the stock split)\n")
    assert dividend(result, "2025-12-31", "interim", "actual")["per_share"] == 60.0
    assert dividend(result, "2025-12-31", "year_end", "forecast")["announced_on"] == "2024-02-09"
