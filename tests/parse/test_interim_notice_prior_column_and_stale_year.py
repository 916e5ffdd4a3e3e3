"""Interim dividend notices that cite last year's results release in their reason paragraph and print
a previous-year detail column of '-' cells under a title wrapped over two lines: the current fiscal
year is the record date's, not the cited year, and the previous-year column is last year's actual."""

from __future__ import annotations

from etl.parse import parse_release
from tests.parse.conftest import RELEASES

NAME = "interim-dividend-notice-first-since-listing-reference-breakdown.txt"


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _facts(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


MARCH = {
    ("2026-03-31", "interim", "actual", 12.0),
    ("2026-03-31", "interim", "previous_forecast", 12.0),
    ("2026-03-31", "year_end", "forecast", 12.0),
    ("2026-03-31", "annual", "forecast", 24.0),
    ("2025-03-31", "interim", "actual", 0.0),
    ("2025-03-31", "year_end", "actual", 10.0),
    ("2025-03-31", "annual", "actual", 10.0),
}


def test_current_year_rows_and_the_previous_year_column() -> None:
    result = parse_release(_text())
    assert _facts(result) == MARCH
    decided = next(d for d in result["dividends"] if d["scenario"] == "actual" and d["per_share"] == 12.0)
    assert decided["record_date"] == "2025-09-30" and decided["total_amount"] == 186_000_000


def test_detail_table_alone_and_prior_title_without_period() -> None:
    detail = _text().split("(Reference) Breakdown")[0]
    for text in (detail, detail.replace("fiscal year (interim)", "fiscal year")):
        assert _facts(parse_release(text)) == {
            ("2026-03-31", "interim", "actual", 12.0),
            ("2026-03-31", "interim", "previous_forecast", 12.0),
            ("2025-03-31", "interim", "actual", 0.0),
        }


def test_december_year_end() -> None:
    text = (
        _text()
        .replace("record date of September 30, 2025", "record date of June 30, 2025")
        .replace("September 30, 2025     Same", "June 30, 2025          Same")
        .replace("November 12, 2025", "August 8, 2025")
        .replace("December 5, 2025", "September 5, 2025")
        .replace("announced on May 14, 2025)", "announced on Feb. 13, 2025)")
        .replace("on May 14, 2025,", "on February 13, 2025,")
        .replace("Fiscal Year Ended March 31, 2025", "Fiscal Year Ended December 31, 2024")
        .replace("(Fiscal year ended March 31, 2025)", "(Fiscal year ended December 31, 2024)")
    )
    facts = _facts(parse_release(text))
    assert ("2025-12-31", "interim", "actual", 12.0) in facts
    assert ("2025-12-31", "year_end", "forecast", 12.0) in facts
    assert ("2025-12-31", "annual", "forecast", 24.0) in facts
    assert ("2024-12-31", "interim", "actual", 0.0) in facts
    assert not any(fy == "2025-12-31" and value == 0.0 for fy, _, _, value in facts)
