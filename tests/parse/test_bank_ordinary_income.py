"""Banks and insurers: 'Ordinary income' / 'Ordinary revenues' (the top line) beside 'Ordinary profit' is
the revenue; 'Ordinary income' alone keeps its older reading as ordinary profit. Two columns (or rows)
of one table read as one metric: the first kept, and warned."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure, parsed_release

NAME = "bank-revision-ordinary-income-and-profit.txt"
FY, PRIOR = "2026-03-31", "2025-03-31"
M = 1e6


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _values(result: dict, end: str, scenario: str, consolidated: bool) -> dict[str, float]:
    return {
        f["metric"]: f["value"]
        for f in result["figures"]
        if f["period_end"] == end and f["scenario"] == scenario and f["consolidated"] is consolidated
    }


def test_ordinary_income_beside_ordinary_profit_is_revenue() -> None:
    result = parsed_release(NAME)
    assert _values(result, FY, "forecast", True) == {
        "revenue": 70_800 * M,
        "ordinary_profit": 15_900 * M,
        "net_profit_attributable": 10_900 * M,
        "eps_basic": 132.93,
    }
    assert _values(result, FY, "previous_forecast", True)["revenue"] == 64_000 * M
    assert _values(result, PRIOR, "actual", True)["ordinary_profit"] == 11_604 * M
    # Titles on one line (the non-consolidated table) read alike.
    assert _values(result, FY, "forecast", False) == {
        "revenue": 63_900 * M,
        "ordinary_profit": 14_700 * M,
        "net_profit_attributable": 10_200 * M,
        "eps_basic": 124.39,
    }
    assert _values(result, PRIOR, "actual", False)["revenue"] == 55_321 * M
    assert result["warnings"] == [
        "Read 'Ordinary income' beside 'Ordinary profit' as revenue (a bank's or insurer's top line), "
        "not as ordinary profit."
    ]


@pytest.mark.parametrize(
    "titles",
    [
        "Ordinary revenues Ordinary profit   Net income   Net income per share (yen)",
        "Ordinary income   Ordinary loss     Net income   Net income per share (yen)",
        "Ordinary income   Ordinary profit   Net income   EPS (yen)",
    ],
)
def test_one_line_title_variants(titles: str) -> None:
    text = _text().replace("Ordinary income   Ordinary profit   Net income   Net income per share (yen)", titles)
    result = parse_release(text)
    assert figure(result, "revenue", FY, "forecast", False)["value"] == 63_900 * M
    assert figure(result, "ordinary_profit", FY, "forecast", False)["value"] == 14_700 * M
    assert figure(result, "eps_basic", FY, "forecast", False)["value"] == 124.39


def test_hundred_million_yen_and_december_year_end() -> None:
    text = (
        _text()
        .replace("(Millions of yen, except per share data)", "(Unit: 100 million yen, except per share data)")
        .replace("April 1, 2025 to March 31, 2026", "January 1, 2025 to December 31, 2025")
        .replace("March 31, 2026", "December 31, 2025")
        .replace("March 31, 2025", "December 31, 2024")
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2025-12-31", "forecast", True)["value"] == 70_800 * 100 * M
    assert figure(result, "ordinary_profit", "2025-12-31", "forecast", True)["value"] == 15_900 * 100 * M
    assert figure(result, "revenue", "2024-12-31", "actual", False)["value"] == 55_321 * 100 * M


def test_ordinary_income_alone_stays_ordinary_profit() -> None:
    text = (
        _text()
        .replace(
            "Ordinary income   Ordinary profit   Net income   Net income per share (yen)",
            "Net sales         Ordinary income   Net income   Net income per share (yen)",
        )
        .replace("Ordinary    Ordinary    Net income", "Net         Ordinary    Net income")
        .replace("income      profit      to owners", "sales       income      to owners")
    )
    result = parse_release(text)
    assert figure(result, "ordinary_profit", FY, "forecast", True)["value"] == 15_900 * M
    assert figure(result, "revenue", FY, "forecast", False)["value"] == 63_900 * M
    assert figure(result, "ordinary_profit", FY, "forecast", False)["value"] == 14_700 * M
    assert not any("top line" in w for w in result["warnings"])


ROWS = """
1. Revision of consolidated earnings forecasts for the fiscal year ending March 31, 2026
(Millions of yen)
                          Previous forecast (A)   Revised forecast (B)   Change (B-A)
Ordinary income                  64,000                 70,800              6,800
Ordinary profit                  12,300                 15,900              3,600
Net income attributable
to owners of the parent           8,400                 10,900              2,500
"""


def test_metrics_as_rows() -> None:
    head, _, rest = _text().partition("1. Revision of consolidated")
    tail = rest.partition("2. Revision of non-consolidated")[2]
    text = head + ROWS.lstrip("\n") + "\n2. Revision of non-consolidated" + tail
    result = parse_release(text)
    assert figure(result, "revenue", FY, "forecast", True)["value"] == 70_800 * M
    assert figure(result, "revenue", FY, "previous_forecast", True)["value"] == 64_000 * M
    assert figure(result, "ordinary_profit", FY, "forecast", True)["value"] == 15_900 * M


COLLIDING = """(Millions of yen)
                     Ordinary income   Ordinary profit   Net income   Net income attributable to owners of parent
Previous forecast (A)     57,500            11,200          7,900        7,800
Revised forecast (B)      63,900            14,700         10,300       10,200
"""


def test_two_columns_of_one_metric_are_warned_and_the_first_kept() -> None:
    non_consolidated = "(Millions of yen, except per share data)\n                                   Ordinary income"
    head, _, rest = _text().partition(non_consolidated)
    text = head + COLLIDING + "\n3. Reasons" + rest.partition("3. Reasons")[2]
    result = parse_release(text)
    assert figure(result, "revenue", FY, "forecast", False)["value"] == 63_900 * M
    assert figure(result, "net_profit_attributable", FY, "forecast", False)["value"] == 10_300 * M
    assert [w for w in result["warnings"] if "both read as" in w] == [
        "Table under 'of non-consolidated earnings forecasts for the fiscal year ending March 31, 2026': columns "
        "3 and 4 both read as net profit attributable; kept column 3 (the first), check them."
    ]
