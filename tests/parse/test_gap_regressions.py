"""Layouts the synthetic corpus found the parser misreading (kept as regression tests)."""

from __future__ import annotations

from etl.parse import parse_release

REVISION_IN_THOUSANDS = """May 10, 2024
Company name: Kitano Precision Co., Ltd.
(Securities code: 6512, Prime Market of the Tokyo Stock Exchange)
Notice Regarding Revision of Earnings Forecasts
1. Revision of the consolidated forecast for the fiscal year ending March 31, 2024 (April 1, 2023 to March 31, 2024)
(JPY thousands, except per-share data)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent Basic earnings per share (Yen)
Previous forecast (A) 27,000,000 4,100,000 3,200,000 2,100,000 32.16
Revised forecast (B) 27,500,000 3,800,000 3,700,000 2,400,000 36.75
"""

SUMMARY_COVER = """Consolidated Financial Results for the Fiscal Year Ended March 31, 2024 [Japanese GAAP]
May 10, 2024
Company name: Kitano Precision Co., Ltd.
Code number: 6512
Scheduled date to commence dividend payments: June 26, 2024
2. Cash dividends
Annual dividends per share
1st quarter-end 2nd quarter-end 3rd quarter-end Year-end Total
Yen Yen Yen Yen Yen
Fiscal year ended March 31, 2023 - 10.00 - 12.00 22.00
Fiscal year ended March 31, 2024 - 11.00 - 13.00 24.00
"""


def test_a_jpy_thousands_unit_line_scales_money_by_a_thousand_and_leaves_per_share_alone() -> None:
    result = parse_release(REVISION_IN_THOUSANDS)
    values = {(f["metric"], f["scenario"]): f["value"] for f in result["figures"]}
    assert values[("revenue", "forecast")] == 27_500_000_000
    assert values[("operating_profit", "previous_forecast")] == 4_100_000_000
    assert values[("eps_basic", "forecast")] == 36.75
    assert not any("No unit stated" in w for w in result["warnings"])


def test_the_tse_template_payment_date_line_is_the_year_end_effective_date() -> None:
    result = parse_release(SUMMARY_COVER)
    year_end = {d["fiscal_year_end"]: d for d in result["dividends"] if d["period"] == "year_end"}
    assert year_end["2024-03-31"]["effective_date"] == "2024-06-26"
    assert year_end["2023-03-31"]["effective_date"] is None


def test_a_name_also_mentioned_as_the_board_of_directors_of_it_stays_the_name() -> None:
    text = (
        "February 12, 2020\n\nDaito Real Estate Holdings Co., Ltd.\nSecurities code: 4992\n\n"
        "Notice Regarding Dividends of Surplus\n\nAt a meeting held on February 12, 2020, the Board of Directors "
        'of Daito Real Estate Holdings Co., Ltd. (the "Company") resolved to pay a dividend of surplus.\n'
    )
    assert parse_release(text)["document"]["company"]["name"] == "Daito Real Estate Holdings Co., Ltd."
