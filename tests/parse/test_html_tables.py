"""HTML releases from IR sites (layout family: a web page's tables, read through ingestion's
extractor): each table row is one line with its cells apart, a spanning period title ('Fiscal year
ending ...' over 'Previous forecast (A) | Revised forecast (B)') goes before each title under it,
footnote marks (<sup>) stay out of the cells, and the page's title is its first heading, not
'<title>'. Also the forecast header with an unknown money title ('Core operating profit') and
'Basic earnings per share (yen)' but no unit row."""

from __future__ import annotations

import pytest

from etl.ingest.extract import extract, html_visible_text
from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure

REVISION = "html-revision-colspan-period-over-scenarios.html"
HALF_YEAR = "html-ifrs-half-year-amount-yoy-columns.html"
METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")


def _page(name: str) -> str:
    return (RELEASES / name).read_text(encoding="utf-8")


def _parsed(html: str) -> dict:
    result = extract("release.html", html.encode("utf-8"))
    return parse_release(result.text)  # type: ignore[union-attr]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("   ") if cell.strip()]


def _to_march(html: str) -> str:
    for old, new in (("December 31, 2025", "March 31, 2026"), ("December 31, 2024", "March 31, 2025")):
        html = html.replace(old, new)
    return html.replace("January 1, 2025", "April 1, 2025")


@pytest.mark.parametrize(
    ("variant", "fy_end", "prior_end", "scale"),
    [
        (lambda h: h, "2025-12-31", "2024-12-31", 1e3),
        (_to_march, "2026-03-31", "2025-03-31", 1e3),
        (lambda h: h.replace("(Thousands of yen)", "(Millions of yen)"), "2025-12-31", "2024-12-31", 1e6),
        (lambda h: h.replace("<thead>", "").replace("</thead>", ""), "2025-12-31", "2024-12-31", 1e3),
    ],
)
def test_spanning_period_over_scenario_titles(variant, fy_end: str, prior_end: str, scale: float) -> None:
    """The whole table was skipped: the period title and the scenario titles under it were read as
    separate columns, so five value columns met a header of one period."""
    result = _parsed(variant(_page(REVISION)))
    previous = dict(zip(METRICS, (9_200_000, 410_000, 430_000, 280_000, 36.41), strict=True))
    revised = dict(zip(METRICS, (9_850_000, 505_000, 531_000, 362_000, 47.07), strict=True))
    prior = dict(zip(METRICS, (8_914_372, 388_115, 402_660, 251_907, 32.76), strict=True))
    for scenario, end, values in (("previous_forecast", fy_end, previous), ("forecast", fy_end, revised)):
        for metric, value in values.items():
            got = figure(result, metric, end, scenario)
            assert got["value"] == pytest.approx(value if metric == "eps_basic" else value * scale)
    for metric, value in prior.items():
        assert figure(result, metric, prior_end, "actual")["value"] == pytest.approx(
            value if metric == "eps_basic" else value * scale
        )
    assert figure(result, "revenue", fy_end, "previous_forecast")["announced_on"] == "2024-08-09"
    assert len(result["figures"]) == 15  # the difference and rate columns are not facts


def test_footnote_under_a_table_does_not_replace_its_value() -> None:
    """'(Note 1) Profit attributable ... includes a gain ... of 45,000 thousand yen expected' was read as
    the forecast's net profit while its mark was a line of its own; now it opens the note line."""
    result = _parsed(_page(REVISION))
    assert figure(result, "net_profit_attributable", "2025-12-31", "forecast")["value"] == 362_000_000
    assert figure(result, "net_profit_attributable", "2025-12-31", "previous_forecast")["value"] == 280_000_000


def test_title_is_the_first_heading_and_site_furniture_is_ignored() -> None:
    document = _parsed(_page(REVISION))["document"]
    assert document["title"] == "Notice Concerning Revision of Consolidated Earnings Forecasts"
    assert document["published_on"] == "2025-02-12"  # not the navigation's or the aside's date
    assert document["company"] == {"code": "6467", "name": "Hinode Valve Works, Ltd."}


def test_page_without_a_heading_keeps_its_title() -> None:
    text = html_visible_text("<html><head><title>Notice of Dividends</title></head><body><p>x</p></body></html>")
    assert text.splitlines() == ["Notice of Dividends", "x"]


@pytest.mark.parametrize("june", [False, True])
def test_amount_and_yoy_under_spanning_periods(june: bool) -> None:
    """'Six months ended ...' over 'Amount | YoY (%)': each pair of columns is one period; the core
    operating profit and profit-for-the-period rows are no facts."""
    html = _page(HALF_YEAR)
    if june:  # a December year end: the half year ends in June
        html = html.replace("September 30", "June 30").replace("March 31, 2026", "December 31, 2025")
        html = html.replace("April 1, 2025", "January 1, 2025")
    result = _parsed(html)
    half = "2025-06-30" if june else "2025-09-30"
    prior_half = "2024-06-30" if june else "2024-09-30"
    assert figure(result, "operating_profit", half, "actual")["value"] == 9_977_000_000
    assert figure(result, "revenue", prior_half, "actual")["value"] == 61_204_000_000
    assert figure(result, "eps_basic", half, "actual")["value"] == 58.73
    assert result["document"]["title"].startswith("Consolidated Financial Results for the Six Months Ended")


def test_core_operating_profit_column_with_per_share_title_in_yen() -> None:
    """No unit row, so 'Basic earnings per share (yen)' is a value column like the money ones: the
    unknown 'Core operating profit' title shifted every metric after it by one."""
    result = _parsed(_page(HALF_YEAR))
    expected = {
        "revenue": 138_000e6,
        "operating_profit": 20_600e6,
        "profit_before_tax": 21_100e6,
        "net_profit_attributable": 14_500e6,
        "eps_basic": 120.83,
    }
    for metric, value in expected.items():
        assert figure(result, metric, "2026-03-31", "forecast")["value"] == value
    assert not any("matched in order" in w for w in result["warnings"])


def test_core_operating_profit_column_in_text_layout() -> None:
    """The same forecast header in a PDF's text layer, the columns reordered (EPS before PBT would
    not be standard, so only the money titles move: core OP last)."""
    text = (
        "November 6, 2025\nOgawa Biologics Co., Ltd. (Securities code: 4583)\n"
        "Consolidated Financial Results for the Six Months Ended September 30, 2025 (IFRS)\n"
        "2. Consolidated forecast for the fiscal year ending March 31, 2026 (April 1, 2025 to March 31, 2026)\n"
        "(Millions of yen)\n"
        "            Revenue   Operating profit   Profit before tax   Profit attributable to owners of the parent"
        "   Core operating profit   Basic earnings per share (yen)\n"
        "Full year   138,000   20,600   21,100   14,500   21,500   120.83\n"
    )
    result = parse_release(text)
    assert figure(result, "profit_before_tax", "2026-03-31", "forecast")["value"] == 21_100e6
    assert figure(result, "eps_basic", "2026-03-31", "forecast")["value"] == 120.83
    assert len(result["figures"]) == 5


def test_table_lines() -> None:
    """Rows are lines; a header title spanning the header's rows sits on its last row; a spanning
    metric stays above its unit columns; an empty data cell is a blank; marks are dropped."""
    html = (
        "<h1>T</h1><table><caption>(Yen)</caption>"
        "<tr><th rowspan=2></th><th colspan=2>Net sales</th><th rowspan=2>Note</th></tr>"
        "<tr><th>Millions of yen</th><th>%</th></tr>"
        "<tr><td>Year ended March 31, 2025<sup>*1</sup></td><td>1,200</td><td></td><td>x</td></tr>"
        "</table><p><sup>*1</sup> A note.</p>"
    )
    lines = html_visible_text(html).splitlines()
    assert lines[0] == "T" and lines[1] == "(Yen)"
    assert lines[2].split() == ["Net", "sales"]
    assert _cells(lines[3]) == ["Millions of yen", "%", "Note"]
    assert _cells(lines[4]) == ["Year ended March 31, 2025", "1,200", "-", "x"]
    assert lines[5] == "*1 A note."
