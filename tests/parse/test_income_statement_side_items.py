"""Income-statement items named like the metrics ('Non-operating income', 'Extraordinary losses', IFRS
'Other operating income') are none of ours: they must not read as operating or ordinary profit, in a
row label, a column title, or a label the table reader ran on into the next row's."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.figures import metric_of
from tests.parse.conftest import figure


@pytest.mark.parametrize(
    "label",
    [
        "Non-operating income",
        "Non operating income",
        "Nonoperating expenses",
        "Non-operating profit",
        "Extraordinary income",
        "Extraordinary losses",
        "Extraordinary loss",
        "Extraordinary gains",
        "Other operating income",
        "Other operating expenses",
    ],
)
def test_side_items_name_no_metric(label: str) -> None:
    assert metric_of(label) is None


@pytest.mark.parametrize(
    ("label", "metric"),
    [
        ("Operating profit", "operating_profit"),
        ("Operating income (loss)", "operating_profit"),
        ("Ordinary profit", "ordinary_profit"),
        ("Ordinary loss", "ordinary_profit"),
        ("Operating revenue", "revenue"),
        # a row label run on into the next row's: the metric it opens on
        ("Operating profit Non-operating income", "operating_profit"),
        ("Ordinary profit Extraordinary income", "ordinary_profit"),
    ],
)
def test_metrics_beside_side_items_still_read(label: str, metric: str) -> None:
    assert metric_of(label) == metric


_STATEMENT = """Consolidated Financial Results for the Fiscal Year Ended {end_long} [Japanese GAAP]
{published}
Company name: Kiyose Kogyo Co., Ltd.
Securities code: 5987
(2) Consolidated statement of income
({unit} of yen)
Previous fiscal year (From {prev_start} to {prev_end}) Current fiscal year (From {cur_start} to {end_long})
Net sales 58,652 61,233
Cost of sales 42,100 43,902
Gross profit 16,552 17,331
Selling, general and administrative expenses 13,547 14,019
Operating profit 3,005 3,312
Non-operating income 180 160
Non-operating expenses 50 52
Ordinary profit 3,135 3,420
Extraordinary income 12 30
Extraordinary losses 167 145
Profit before income taxes 2,980 3,305
Income taxes 930 1,070
Profit attributable to owners of parent 2,050 2,235
"""


@pytest.mark.parametrize(
    ("end_long", "prev_start", "prev_end", "cur_start", "published", "end", "unit", "scale"),
    [
        ("March 31, 2025", "April 1, 2023", "March 31, 2024", "April 1, 2024", "May 13, 2025", "2025-03-31",
         "Millions", 1_000_000),
        ("December 31, 2024", "January 1, 2023", "December 31, 2023", "January 1, 2024", "February 12, 2025",
         "2024-12-31", "Thousands", 1_000),
    ],
)
def test_statement_with_side_items(
    end_long: str, prev_start: str, prev_end: str, cur_start: str, published: str, end: str, unit: str, scale: int
) -> None:
    text = _STATEMENT.format(end_long=end_long, prev_start=prev_start, prev_end=prev_end, cur_start=cur_start,
                             published=published, unit=unit)
    result = parse_release(text)
    assert figure(result, "operating_profit", end, "actual")["value"] == 3_312 * scale
    assert figure(result, "ordinary_profit", end, "actual")["value"] == 3_420 * scale
    side_values = {v * scale for v in (180, 160, 50, 52, 12, 30, 167, 145)}
    assert not [f for f in result["figures"] if f["value"] in side_values]
    assert not [w for w in result["warnings"] if "both read as" in w]
