"""Dividends: notice detail tables, per-share grids (both orientations), components and prose."""

from __future__ import annotations

from etl.parse import parse_release
from tests.parse.conftest import dividend
from tests.parse.test_figures import DECEMBER_TANSHIN

INTERIM_NOTICE_COMMEMORATIVE = """\
November 12, 2024
Company name: Daito Marine Transport Co., Ltd.
(Securities code: 9107, Tokyo Stock Exchange Prime Market)

Notice Regarding Interim Dividend of Surplus (Commemorative Dividend)

Daito Marine Transport Co., Ltd. announces that its Board of Directors resolved today to pay an interim
dividend of surplus with a record date of September 30, 2024, as follows.

1. Details of the interim dividend
Determined amount  Latest dividend forecast (Announced on May 10, 2024)  Previous interim dividend (Interim\
 of fiscal year ended March 31, 2024)
Record date September 30, 2024 Same as left September 30, 2023
Dividend per share 60.00 yen 50.00 yen 45.00 yen
Total dividends 3,210 million yen - 2,405 million yen
Effective date December 2, 2024 - December 1, 2023
Source of dividends Capital surplus - Retained earnings

Note: The interim dividend of 60.00 yen comprises an ordinary dividend of 50.00 yen and a commemorative
dividend of 10.00 yen marking the 100th anniversary of the Company's founding.
"""


def test_interim_notice_with_commemorative_part() -> None:
    result = parse_release(INTERIM_NOTICE_COMMEMORATIVE)
    assert result["document"]["kind"] == "dividend_notice"
    decided = dividend(result, "2025-03-31", "interim", "actual")
    assert decided["per_share"] == 60.0 and decided["status"] == "declared"
    assert decided["record_date"] == "2024-09-30" and decided["effective_date"] == "2024-12-02"
    assert decided["total_amount"] == 3_210_000_000 and decided["resource"] == "capital_surplus"
    assert sorted((c["kind"], c["per_share"]) for c in decided["components"]) == [
        ("commemorative", 10.0),
        ("ordinary", 50.0),
    ]
    superseded = dividend(result, "2025-03-31", "interim", "previous_forecast")
    assert superseded["per_share"] == 50.0 and superseded["announced_on"] == "2024-05-10"
    assert superseded["record_date"] == "2024-09-30"
    prior = dividend(result, "2024-03-31", "interim", "actual")
    assert prior["status"] == "paid" and prior["resource"] == "retained_earnings"
    assert len(result["dividends"]) == 3
    assert result["warnings"] == []


def test_header_order_disagreeing_with_values_is_warned() -> None:
    swapped = INTERIM_NOTICE_COMMEMORATIVE.replace(
        "Determined amount  Latest dividend forecast (Announced on May 10, 2024)  Previous interim dividend",
        "Determined amount  Previous interim dividend  Latest dividend forecast (Announced on May 10, 2024)",
    )
    result = parse_release(swapped)
    assert any("column identity was taken from the values" in w for w in result["warnings"])
    assert dividend(result, "2025-03-31", "interim", "previous_forecast")["per_share"] == 50.0
    assert dividend(result, "2024-03-31", "interim", "actual")["per_share"] == 45.0


def test_tanshin_grid_with_forecast_row_continuing_the_year() -> None:
    result = parse_release(DECEMBER_TANSHIN)
    assert dividend(result, "2021-12-31", "annual", "actual")["per_share"] == 45.0
    assert dividend(result, "2022-12-31", "interim", "actual")["status"] == "declared"
    forecast = dividend(result, "2022-12-31", "year_end", "forecast")
    assert forecast["per_share"] == 22.0 and forecast["announced_on"] is None
    assert dividend(result, "2022-12-31", "annual", "forecast")["per_share"] == 44.0
    assert len(result["dividends"]) == 6


TRANSPOSED_FEBRUARY = """\
April 8, 2025
Company name: Sakura Home Living Co., Ltd.   Code: 2790
Consolidated Financial Results for the Fiscal Year Ended February 28, 2025 [Japanese GAAP]
2. Dividends
(Yen)
Year ended February 29, 2024 Year ended February 28, 2025 Year ending February 28, 2026 (Forecast)
End of second quarter 15.00 18.00 20.00
Fiscal year-end 17.00 22.00 20.00
Total 32.00 40.00 40.00
"""


def test_transposed_grid_february_year_end() -> None:
    result = parse_release(TRANSPOSED_FEBRUARY)
    assert result["document"]["fiscal_year_end_month"] == 2
    assert dividend(result, "2024-02-29", "interim", "actual")["per_share"] == 15.0
    assert dividend(result, "2025-02-28", "annual", "actual")["per_share"] == 40.0
    forecast = dividend(result, "2026-02-28", "year_end", "forecast")
    assert forecast["per_share"] == 20.0 and forecast["announced_on"] == "2025-04-08"
    assert len(result["dividends"]) == 9


PROSE_ONLY = """\
June 3, 2021
Kita Foods Corporation (Stock code: 2212)
Notice Regarding Dividend Forecast
Kita Foods Corporation announced that the year-end dividend forecast for the fiscal year ending March 31, 2022 remains
unchanged from what we announced on May 12, 2021: a year-end dividend of JPY 35.00 per share. The interim dividend was
resolved by the Board of Directors as JPY 30.00 per share.
"""


def test_prose_dividends() -> None:
    result = parse_release(PROSE_ONLY)
    forecast = dividend(result, "2022-03-31", "year_end", "forecast")
    assert forecast["per_share"] == 35.0 and forecast["announced_on"] == "2021-05-12"
    assert dividend(result, "2022-03-31", "interim", "actual")["status"] == "declared"
    provenance = forecast["provenance"]
    assert PROSE_ONLY[provenance["char_start"] : provenance["char_end"]] == "35.00"


def test_dev_iij_dividend_header_order_warning(dev_cases) -> None:
    path = next(p for p, _ in dev_cases if "dividend" in p.name and "iij" in p.name)
    result = parse_release(path.read_text())
    assert any("column identity was taken from the values" in w for w in result["warnings"])


def test_prose_only_notice_with_dates() -> None:
    text = (
        "June 3, 2024\nKita Foods Corporation (Stock code: 2212)\nNotice Regarding Year-end Dividend\n"
        "The Board of Directors of Kita Foods Corporation resolved today to pay a year-end dividend of 30 yen per"
        " share for the fiscal year ended March 31, 2024 (record date: March 31, 2024; effective date: June 27,"
        " 2024).\n"
    )
    result = parse_release(text)
    decided = dividend(result, "2024-03-31", "year_end", "actual")
    assert decided["per_share"] == 30.0 and decided["status"] == "declared"
    assert (decided["record_date"], decided["effective_date"]) == ("2024-03-31", "2024-06-27")
