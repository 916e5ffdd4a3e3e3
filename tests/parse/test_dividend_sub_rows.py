"""Dividend notices whose detail table splits the per-share and total rows into sub-rows.

Layout families: sub-rows per period ('Dividend per share' over 'Interim' / 'Year-end' / 'Annual',
as IR web pages print a rowspan cell); sub-rows per share class ('Common stock' / 'Class 1 preferred
stock'); one detail table per share class. Only the listed common shares' dividends are facts (the
contract has no share-class field), and the other classes are named in a warning. Also a forecast
column title wrapped over three lines beside the others ('Latest dividend forecast' / '(released
on' / 'August 9, 2024)'), whose date is the one below 'released on' in the same column."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend

CLASS_ROWS = "dividend-notice-share-class-sub-rows-december.txt"
CLASS_TABLES = "dividend-notice-table-per-share-class-wrapped-date.txt"
PERIOD_ROWS = "dividend-notice-per-share-period-sub-rows.txt"


def _text(name: str) -> str:
    return (RELEASES / name).read_text(encoding="utf-8")


def _keys(result: dict) -> list[tuple[str, str, str, float | None]]:
    return sorted((d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"])


def _preferred_first(text: str) -> str:
    """The class sub-rows in the other order."""
    for row in ("Dividend per share", "Total amount of dividends"):
        head, rest = text.split(f"{row}\n", 1)
        first, second, tail = rest.split("\n", 2)
        text = f"{head}{row}\n{second}\n{first}\n{tail}"
    return text


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t,
        _preferred_first,
        lambda t: t.replace("Common stock ", "Ordinary shares").replace("Class 1 preferred stock", "Preferred shares "),
    ],
)
def test_share_class_sub_rows_keep_only_the_common_shares(variant) -> None:
    """The sub-rows were read as more columns: the decided 42.00 went to the year before, with no
    dates, and the previous year's entry was lost."""
    result = parse_release(variant(_text(CLASS_ROWS)))
    assert _keys(result) == [
        ("2023-12-31", "year_end", "actual", 30.0),
        ("2024-12-31", "year_end", "actual", 42.0),
        ("2024-12-31", "year_end", "previous_forecast", 36.0),
    ]
    decided = dividend(result, "2024-12-31", "year_end", "actual")
    assert (decided["record_date"], decided["effective_date"]) == ("2024-12-31", "2025-03-27")
    assert decided["total_amount"] == 1_306_000_000 and decided["status"] == "declared"
    prior = dividend(result, "2023-12-31", "year_end", "actual")
    assert prior["total_amount"] == 934_000_000 and prior["status"] == "paid"
    assert dividend(result, "2024-12-31", "year_end", "previous_forecast")["announced_on"] == "2024-08-09"
    assert any("preferred" in w.lower() and "left out" in w for w in result["warnings"])


def test_one_table_per_share_class() -> None:
    """The preferred shares' table was read as the common shares' dividends (1,875.00 yen)."""
    result = parse_release(_text(CLASS_TABLES))
    assert _keys(result) == [
        ("2024-06-30", "year_end", "actual", 18.0),
        ("2025-06-30", "year_end", "actual", 24.0),
        ("2025-06-30", "year_end", "previous_forecast", 20.0),
    ]
    assert dividend(result, "2025-06-30", "year_end", "actual")["total_amount"] == 610_000_000
    assert any("Preferred Shares (Class B)" in w for w in result["warnings"])


def test_preferred_table_alone_gives_no_common_dividend() -> None:
    """Without the common shares' table, the raise 'by 4.00 yen ... to 24.00 yen' in the reasons is
    the only statement: the 4.00 is the change, not a dividend."""
    text = _text(CLASS_TABLES)
    text = text[: text.index("2. Dividends on common shares")] + text[text.index("3. Reasons") :]
    result = parse_release(text)
    assert [d["per_share"] for d in result["dividends"]] == [24.0]


def test_wrapped_forecast_title_keeps_its_date() -> None:
    """The date two lines under '(announced on', beside the other titles, was lost."""
    result = parse_release(_text(CLASS_TABLES))
    assert dividend(result, "2025-06-30", "year_end", "previous_forecast")["announced_on"] == "2025-02-07"


def test_one_title_a_line_takes_no_date_from_another_title() -> None:
    """Titles printed one a line ('(Announced on' / 'March 31, 2023)' / 'February 2, 2024)'): which
    date is the forecast's is not shown by columns, so none is taken from the header."""
    from etl.parse.context import wrapped_label_announcement

    header = "Most recent dividend\nforecast\n(Year ending\n(Announced on\nMarch 31, 2023)\nFebruary 2, 2024)\n"
    assert wrapped_label_announcement(header) is None


def _december(text: str) -> str:
    for old, new in (
        ("March 31, 2025", "December 31, 2024"),
        ("March 31, 2024", "December 31, 2023"),
        ("June 26, 2025", "March 27, 2025"),
        ("June 27, 2024", "March 28, 2024"),
        ("May 13, 2024", "February 9, 2024"),
        ("May 12, 2025", "February 14, 2025"),
        ("December 4, 2024", "September 2, 2024"),
    ):
        text = text.replace(old, new)
    return text


def _quarter_end_and_total(text: str) -> str:
    return text.replace("Interim   ", "2nd quarter-end").replace("Annual    ", "Total     ")


@pytest.mark.parametrize(
    ("variant", "fy", "prior_fy"),
    [
        (lambda t: t, "2025-03-31", "2024-03-31"),
        (_december, "2024-12-31", "2023-12-31"),
        (_quarter_end_and_total, "2025-03-31", "2024-03-31"),
    ],
)
def test_per_share_sub_rows_by_period(variant, fy: str, prior_fy: str) -> None:
    """'Interim' / 'Year-end' / 'Annual' under 'Dividend per share' were nine cells for three
    columns: one forecast entry came out of the table."""
    result = parse_release(variant(_text(PERIOD_ROWS)))
    assert _keys(result) == [
        (prior_fy, "annual", "actual", 23.0),
        (prior_fy, "interim", "actual", 11.0),
        (prior_fy, "year_end", "actual", 12.0),
        (fy, "annual", "actual", 27.5),
        (fy, "annual", "previous_forecast", 25.0),
        (fy, "interim", "actual", 12.5),  # from the note under the table: 'was paid on December 4, 2024'
        (fy, "year_end", "actual", 15.0),
        (fy, "year_end", "previous_forecast", 12.5),
    ]
    assert dividend(result, fy, "interim", "actual")["status"] == "paid"
    decided = dividend(result, fy, "year_end", "actual")
    assert decided["record_date"] == fy and decided["total_amount"] == 503_000_000
    assert decided["resource"] == "retained_earnings"
    interim = dividend(result, prior_fy, "interim", "actual")
    assert interim["record_date"] is None and interim["total_amount"] is None  # the column's are the year-end's
    assert dividend(result, fy, "annual", "previous_forecast")["announced_on"] is not None


def test_html_rowspan_per_share_cell() -> None:
    """The same table as an IR web page prints it: a rowspan 'Dividend per share' cell."""
    from etl.ingest.extract import extract

    rows = [
        ("Interim", "-", "12.50 yen", "11.00 yen"),
        ("Year-end", "15.00 yen", "12.50 yen", "12.00 yen"),
        ("Annual", "27.50 yen", "25.00 yen", "23.00 yen"),
    ]
    label = '<th rowspan="3">Dividend per share</th>'
    per_share = "".join(
        "<tr>" + (label if n == 0 else "") + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for n, r in enumerate(rows)
    )
    html = (
        "<html><body><p>May 12, 2025</p><p>Company name: Kamiyama Electric Railway Co., Ltd.<br>"
        "Securities code: 9046</p><h1>Notice Regarding Dividends of Surplus</h1>"
        "<p>The Board of Directors resolved to pay dividends of surplus with a record date of March 31, 2025.</p>"
        "<h2>1. Details of the dividends</h2><table>"
        '<tr><th colspan="2"></th><th>Determined amount</th><th>Most recent dividend forecast<br>(announced on May 13,'
        " 2024)</th><th>Results for the previous fiscal year<br>(fiscal year ended March 31, 2024)</th></tr>"
        '<tr><th colspan="2">Record date</th><td>March 31, 2025</td><td>March 31, 2025</td><td>March 31, 2024</td></tr>'
        + per_share
        + '<tr><th colspan="2">Total amount of dividends</th><td>503 million yen</td><td>-</td>'
        "<td>402 million yen</td></tr>"
        '<tr><th colspan="2">Effective date</th><td>June 26, 2025</td><td>-</td><td>June 27, 2024</td></tr>'
        "</table></body></html>"
    )
    result = parse_release(extract("notice.html", html.encode()).text)  # type: ignore[union-attr]
    assert dividend(result, "2025-03-31", "year_end", "actual")["effective_date"] == "2025-06-26"
    assert dividend(result, "2024-03-31", "interim", "actual")["per_share"] == 11.0
    assert dividend(result, "2025-03-31", "annual", "previous_forecast")["announced_on"] == "2024-05-13"
    assert len(result["dividends"]) == 7
