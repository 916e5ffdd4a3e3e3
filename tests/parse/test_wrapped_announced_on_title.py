"""Dividend notices printed one cell a line whose wrapped column titles interleave ('(Year ended' /
'(Announced on' / 'December 31, 2023)' / 'November 8, 2024)'): the previous forecast's date is the one
its own title wraps onto, not the prior year's end; a '[Reference] Breakdown' grid is a reference block."""

from __future__ import annotations

from datetime import date

import pytest

from etl.parse import parse_release
from etl.parse.context import announcement_dates
from etl.parse.tables import is_heading
from tests.parse.conftest import RELEASES, dividend

NAME = "dividend-notice-cell-per-line-wrapped-announced-square-reference.txt"


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def test_previous_forecast_takes_its_own_wrapped_date() -> None:
    result = parse_release(_text())
    previous = dividend(result, "2024-12-31", "year_end", "previous_forecast")
    assert previous["per_share"] == 35.0 and previous["announced_on"] == "2024-11-08"
    determined = dividend(result, "2024-12-31", "year_end", "actual")
    assert determined["per_share"] == 38.0 and determined["effective_date"] == "2025-03-27"


def test_square_bracket_reference_breakdown_is_read() -> None:
    result = parse_release(_text())
    assert dividend(result, "2024-12-31", "interim", "actual")["per_share"] == 30.0
    assert dividend(result, "2024-12-31", "annual", "actual")["per_share"] == 68.0
    assert dividend(result, "2023-12-31", "annual", "actual")["per_share"] == 60.0


@pytest.mark.parametrize(
    ("old", "new", "fy_end", "announced"),
    [
        # a March year, titles in another order of wrapping
        ("December 31, 2023)\nNovember 8, 2024)", "March 31, 2024)\nFebruary 7, 2025)", "2024-12-31", "2025-02-07"),
        # the '(Reference)' and '<Reference>' spellings
        ("[Reference] Breakdown", "(Reference) Breakdown", "2024-12-31", "2024-11-08"),
        ("[Reference] Breakdown", "<Reference> Breakdown", "2024-12-31", "2024-11-08"),
        ("[Reference] Breakdown", "[ Reference ] Breakdown", "2024-12-31", "2024-11-08"),
    ],
)
def test_variants(old: str, new: str, fy_end: str, announced: str) -> None:
    text = _text()
    assert old in text
    result = parse_release(text.replace(old, new))
    assert dividend(result, fy_end, "year_end", "previous_forecast")["announced_on"] == announced
    assert dividend(result, "2024-12-31", "annual", "actual")["per_share"] == 68.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Year ending\n(Announced on\nMarch 31, 2024)\nFebruary 7, 2025)", date(2025, 2, 7)),
        ("Previous forecast\n(Announced on\nFebruary 7, 2025)", date(2025, 2, 7)),
        # wrapped prose: the date before 'announced on' on its line closes the phrase above
        (
            "the forecast for the fiscal year ending\nMarch 31, 2025, announced on\nMay 12, 2024, is revised.",
            date(2024, 5, 12),
        ),
    ],
)
def test_interleaved_dates(text: str, expected: date) -> None:
    assert announcement_dates(text, date(2025, 5, 13))[0][0] == expected


@pytest.mark.parametrize(
    ("line", "heading"),
    [("[Reference] Breakdown of annual dividend", True), ("[Translation]", False), ("[Reference]", False)],
)
def test_square_bracket_headings(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_march_year_notice_with_reference_in_round_brackets() -> None:
    """The same wrap in a March-year notice: the previous forecast was announced on February 7, 2025, not
    on March 31, 2024 (the prior year's end its neighbouring title wraps onto)."""
    result = parse_release((RELEASES / "dividend-notice-one-cell-per-line-short-sentence-after.txt").read_text())
    assert dividend(result, "2025-03-31", "year_end", "previous_forecast")["announced_on"] == "2025-02-07"
