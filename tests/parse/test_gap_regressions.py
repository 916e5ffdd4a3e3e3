"""Layouts the synthetic corpus found the parser misreading (kept as regression tests)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.tables import blocks, lines_of

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


_THOUSANDS_REVISION = """May 10, 2024
Company name: Kitano Precision Co., Ltd.
(Securities code: 6512, Prime Market of the Tokyo Stock Exchange)
Notice Regarding Revision of Earnings Forecasts
The extraordinary loss of 1,200 million yen booked in the third quarter is reflected below.
1. Revision of the consolidated forecast for the fiscal year ending March 31, 2024 (April 1, 2023 to March 31, 2024)
{unit}
{table}"""
_COLUMNS = """Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Basic earnings per share (Yen)
Previous forecast (A) 27,000,000 4,100,000 3,200,000 2,100,000 32.16
Revised forecast (B) 27,500,000 3,800,000 3,700,000 2,400,000 36.75
"""
_ROWS = """Previous forecast (A) Revised forecast (B) Change (B-A) Change (%)
Results for the fiscal year ended March 31, 2023
Net sales 27,000,000 27,500,000 500,000 1.9 26,000,000
Operating profit 4,100,000 3,800,000 △300,000 △7.3 3,000,000
Basic earnings per share 32.16 36.75 4.59 14.3 30.00
"""


@pytest.mark.parametrize("table", [_COLUMNS, _ROWS], ids=["metrics-across", "metrics-as-rows"])
@pytest.mark.parametrize(
    "unit",
    [
        "(JPY thousands, except per-share data)",
        "(Units: JPY thousands)",
        "(Unit: Thousands of yen)",
        "(Thousands of yen)",
        "(thousand yen)",
        "(¥ thousand)",
        "(in thousands of yen)",
        "(Yen in thousands)",
        "(thousands of JPY)",
    ],
)
def test_thousand_yen_unit_lines_in_every_spelling_beat_a_million_yen_mention_in_the_prose(
    unit: str, table: str
) -> None:
    result = parse_release(_THOUSANDS_REVISION.format(unit=unit, table=table))
    values = {(f["metric"], f["scenario"]): f["value"] for f in result["figures"]}
    assert values[("revenue", "previous_forecast")] == 27_000_000_000
    assert values[("operating_profit", "forecast")] == 3_800_000_000
    assert values[("eps_basic", "forecast")] == 36.75


def test_a_bare_bracketed_number_beside_value_cells_is_a_cell_and_beside_text_a_heading() -> None:
    cells = "1. Results\nNet sales\nOperating profit\nChange (B-A)\n(5)\n139\nChange (%)\n(2.1)\n4.0\n"
    assert [b.heading for b in blocks(lines_of(cells)) if b.heading] == ["1. Results"]
    text = "1. Results\nThe Company reports its results as follows for the period.\n(2)\nFinancial position\n"
    assert "(2)" in [b.heading for b in blocks(lines_of(text))]
