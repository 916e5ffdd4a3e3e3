"""Revision and results-vs-forecast tables: the '(Reference) Results for ...' row of the prior period.
Its label wrapped over three lines ('(Reference) Results for' / 'the previous fiscal year' / '(FY ended
March 31, 2024)  values') was cut off as a heading and the row lost; a period length in its label
('ended March 31, 2025 (12 months)', a transitional year's reference) became its first value; and
'Results for the second quarter of FY2023' under a half-year table was dated as the whole year."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release


def test_three_line_label_and_quarter_of_fy_rows() -> None:
    result = parsed_release("results-vs-forecast-reference-rows-three-line-and-quarter-of-fy.txt")
    half = figure(result, "revenue", "2024-06-30", "actual")
    assert (half["period_start"], half["value"]) == ("2024-01-01", 17_322_000_000)
    assert figure(result, "eps_basic", "2024-06-30", "actual")["value"] == 36.61
    year = figure(result, "revenue", "2024-12-31", "actual")
    assert (year["period_start"], year["value"]) == ("2024-01-01", 35_940_000_000)
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == 1_874_000_000
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 39_500_000_000
    assert len(result["figures"]) == 30
    assert result["warnings"] == []


_REVISION = """{date}
Company name: Kawabe Kogyo Co., Ltd.
Securities code: 5963
Notice Regarding Revision of Earnings Forecasts
1. Revision of consolidated earnings forecasts for the fiscal year ending {fy_end}
{unit}
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Previous forecast (A) 48,000 3,100 3,200 2,100
Revised forecast (B) 50,500 3,600 3,700 2,500
Change (B-A) 2,500 500 500 400
{reference} 46,200 2,900 3,000 1,900
2. Reasons for the revision
Sales of frozen foods were stronger than planned.
"""


@pytest.mark.parametrize(
    ("date", "fy_end", "unit", "reference", "start", "end", "scale"),
    [
        (  # March year end, three-line label, millions
            "February 7, 2025", "March 31, 2025", "(Millions of yen)",
            "(Reference) Results for\nthe previous fiscal year\n(FY ended March 31, 2024)",
            "2023-04-01", "2024-03-31", 1e6,
        ),
        (  # June year end, thousands, label split after 'the'
            "April 25, 2025", "June 30, 2025", "(Thousands of yen)",
            "(Reference) Results for the\nprevious fiscal year\n(Fiscal year ended June 30, 2024)",
            "2023-07-01", "2024-06-30", 1e3,
        ),
        (  # December year end, the period line without brackets
            "October 30, 2025", "December 31, 2025", "(Millions of yen)",
            "(Reference) Results for\nthe previous fiscal year\nFY ended December 31, 2024",
            "2024-01-01", "2024-12-31", 1e6,
        ),
        (  # a transitional year's reference: '(12 months)' in the label is the period's length, no value
            "August 8, 2025", "December 31, 2025", "(Millions of yen)",
            "(Reference) Results for the fiscal year\nended March 31, 2025 (12 months)",
            "2024-04-01", "2025-03-31", 1e6,
        ),
        (  # the same on one line
            "August 8, 2025", "December 31, 2025", "(Millions of yen)",
            "(Reference) Results for the fiscal year ended March 31, 2025 (12 months)",
            "2024-04-01", "2025-03-31", 1e6,
        ),
    ],
)
def test_reference_row_variants(
    date: str, fy_end: str, unit: str, reference: str, start: str, end: str, scale: float
) -> None:
    result = parse_release(_REVISION.format(date=date, fy_end=fy_end, unit=unit, reference=reference))
    actual = {f["metric"]: f["value"] for f in result["figures"] if f["scenario"] == "actual"}
    assert actual == pytest.approx(
        {
            "revenue": 46_200 * scale,
            "operating_profit": 2_900 * scale,
            "ordinary_profit": 3_000 * scale,
            "net_profit_attributable": 1_900 * scale,
        }
    )
    assert figure(result, "revenue", end, "actual")["period_start"] == start


_HALF = """November 8, 2024
Company name: Kawabe Kogyo Co., Ltd.
Securities code: 5963
Notice Regarding Differences between Forecasts and Actual Results for the {part}
1. Differences for the {part} of the fiscal year ending March 31, 2025 ({span})
(Millions of yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Previous forecast (A) 26,500 1,800 1,900 1,250
Actual results (B) 28,117 2,455 2,603 1,842
Change (B-A) 1,617 655 703 592
(Reference) Results for the
{part} of FY2023 25,039 1,512 1,638 1,067
2. Reasons
Sales of coatings for automobiles were stronger than planned.
"""


@pytest.mark.parametrize(
    ("part", "span", "end"),
    [
        ("second quarter", "April 1, 2024 to September 30, 2024", "2023-09-30"),
        ("first quarter", "April 1, 2024 to June 30, 2024", "2023-06-30"),
        ("first half", "April 1, 2024 to September 30, 2024", "2023-09-30"),
    ],
)
def test_part_of_a_labelled_year(part: str, span: str, end: str) -> None:
    result = parse_release(_HALF.format(part=part, span=span))
    reference = figure(result, "revenue", end, "actual")
    assert (reference["period_start"], reference["value"]) == ("2023-04-01", 25_039_000_000)
    assert not [f for f in result["figures"] if f["period_end"] == "2024-03-31"]
