"""Prose dividend statements whose sentence is dense with amounts ('the Company plans an annual dividend
of ¥90 per share (interim ¥45, year-end ¥45).'): every amount carries its own unit and words stand
between them, so the line is prose (and its forecast read), where a table row prints its values side
by side."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.tables import is_prose
from tests.parse.conftest import dividend, parsed_release


def test_next_year_forecast_after_the_decided_dividend() -> None:
    result = parsed_release("dividend-prose-next-year-forecast-dense-sentence.txt")
    decided = dividend(result, "2024-12-31", "year_end", "actual")
    assert (decided["per_share"], decided["record_date"]) == (32.0, "2024-12-31")
    assert dividend(result, "2024-12-31", "annual", "actual")["per_share"] == 60.0
    for period, value in (("annual", 64.0), ("interim", 32.0), ("year_end", 32.0)):
        forecast = dividend(result, "2025-12-31", period, "forecast")
        assert (forecast["per_share"], forecast["announced_on"]) == (value, "2025-02-14")
    assert result["warnings"] == []


_NOTICE = (
    "{published}\nMinato Chemical Co., Ltd.\n(Securities code: 4099)\nNotice Regarding Dividends of Surplus\n"
    'Minato Chemical Co., Ltd. (the "Company") announced that its Board of Directors resolved today to pay a '
    "year-end dividend of {decided} per share for the fiscal year ended {fy}, to shareholders of record as of {fy}.\n"
    "For the fiscal year ending {next_fy}, the Company {verb} an annual dividend of {annual} per share "
    "({first} {a}, {second} {b}).\n"
)


@pytest.mark.parametrize(
    ("published", "fy", "next_fy", "next_end"),
    [
        ("May 10, 2024", "March 31, 2024", "March 31, 2025", "2025-03-31"),
        ("August 9, 2024", "June 30, 2024", "June 30, 2025", "2025-06-30"),
        ("February 13, 2025", "December 31, 2024", "December 31, 2025", "2025-12-31"),
    ],
)
@pytest.mark.parametrize("amount", ["¥{}", "{} yen", "¥{}.00", "JPY{}"])
@pytest.mark.parametrize("verb", ["plans", "forecasts", "expects to pay"])
@pytest.mark.parametrize("year_end_first", [False, True])
def test_variants(published: str, fy: str, next_fy: str, next_end: str, amount: str, verb: str,
                  year_end_first: bool) -> None:
    """Other year ends, units printed before or after the amount, other verbs, the breakdown reordered."""
    parts = [("interim", amount.format(45)), ("year-end", amount.format(50))]
    if year_end_first:
        parts.reverse()
    (first, a), (second, b) = parts
    text = _NOTICE.format(published=published, fy=fy, next_fy=next_fy, verb=verb, decided=amount.format(48),
                          annual=amount.format(95), first=first, a=a, second=second, b=b)
    result = parse_release(text)
    assert dividend(result, next_end, "annual", "forecast")["per_share"] == 95.0
    assert dividend(result, next_end, "interim", "forecast")["per_share"] == 45.0
    assert dividend(result, next_end, "year_end", "forecast")["per_share"] == 50.0
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "line",
    [
        # Values side by side, as a dividend table row prints them, however many words lead.
        "Annual dividends per share for the fiscal year ending March 31, 2025 (forecast) ¥45.00 ¥45.00 ¥90.00.",
        "Dividends per share (annual) for the fiscal year ending December 31, 2025 (forecast) JPY 30.00 JPY 30.00 "
        "JPY 60.00.",
    ],
)
def test_rows_with_values_side_by_side_are_not_made_prose(line: str) -> None:
    assert not is_prose(line)
