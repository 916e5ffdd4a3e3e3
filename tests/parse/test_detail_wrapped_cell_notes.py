"""A dividend notice's detail table laid out in columns, the determined cell's breakdown note wrapped
over the lines under it ('48.00 yen' over '(Ordinary dividend' / '40.00 yen,' / 'Commemorative' /
'dividend 8.00 yen)'), beside the forecast column's own wrapped note
(tests/parse/releases/dividend-notice-wrapped-cell-notes.txt). Read across, the two columns' notes
interleave: their amounts counted as more cells and the whole table was lost. Each wrapped chunk is
put back under its cell's column (etl/parse/dividends.py `_wrapped_notes`).
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend

_NOTICE = "dividend-notice-wrapped-cell-notes.txt"
_PARTS = [{"kind": "ordinary", "per_share": 40.0}, {"kind": "commemorative", "per_share": 8.0}]
_NOTES = """\
                                 (Ordinary dividend     (Ordinary dividend
                                 40.00 yen,             40.00 yen)
                                 Commemorative
                                 dividend 8.00 yen)
"""


def _text(notes: str = _NOTES) -> str:
    text = (RELEASES / _NOTICE).read_text()
    assert _NOTES in text
    return text.replace(_NOTES, notes)


def _keys(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


_EXPECTED = {
    ("2025-03-31", "year_end", "actual", 48.0),
    ("2025-03-31", "year_end", "previous_forecast", 40.0),
    ("2024-03-31", "year_end", "actual", 36.0),
}


def test_wrapped_notes() -> None:
    result = parse_release(_text())
    assert _keys(result) == _EXPECTED
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert decided["components"] == _PARTS
    assert (decided["record_date"], decided["effective_date"], decided["total_amount"], decided["resource"]) == (
        "2025-03-31",
        "2025-06-25",
        1_152_000_000,
        "retained_earnings",
    )
    assert decided["status"] == "declared"
    assert dividend(result, "2025-03-31", "year_end", "previous_forecast")["announced_on"] == "2025-02-07"
    prior = dividend(result, "2024-03-31", "year_end", "actual")
    assert (prior["status"], prior["total_amount"], prior["components"]) == ("paid", 866_000_000, None)
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "notes",
    [
        # wrapped at other words
        "                                 (Ordinary dividend     (Ordinary dividend\n"
        "                                 40.00 yen,             40.00 yen)\n"
        "                                 Commemorative dividend\n"
        "                                 8.00 yen)\n",
        # parts named by kind alone, in yen marks
        "                                 (Ordinary ¥40.00,      (Ordinary ¥40.00)\n"
        "                                 Commemorative\n"
        "                                 ¥8.00)\n",
        # the notes set off by a space from their cells' left edges
        "                                  (Ordinary dividend     (Ordinary dividend\n"
        "                                  40.00 yen,             40.00 yen)\n"
        "                                  Commemorative\n"
        "                                  dividend 8.00 yen)\n",
        # only the determined cell has a note
        "                                 (Ordinary dividend\n"
        "                                 40.00 yen,\n"
        "                                 Commemorative\n"
        "                                 dividend 8.00 yen)\n",
    ],
)
def test_wrapped_note_forms(notes: str) -> None:
    result = parse_release(_text(notes))
    assert _keys(result) == _EXPECTED
    assert dividend(result, "2025-03-31", "year_end", "actual")["components"] == _PARTS


def test_wrapped_notes_december_year_special() -> None:
    """A December year, a special dividend, and the note's words split otherwise."""
    text = _text(
        "                                 (Ordinary dividend     (Ordinary dividend\n"
        "                                 40.00 yen, Special     40.00 yen)\n"
        "                                 dividend 8.00 yen)\n"
    )
    for old, new in {
        "2025/05/13": "2025/02/14",
        "March 31, 2025": "December 31, 2024",
        "March 31, 2024": "December 31, 2023",
        "February 7, 2025": "August 8, 2024",
        "June 25, 2025": "March 27, 2025",
        "June 26, 2024": "March 28, 2024",
    }.items():
        text = text.replace(old, new)
    result = parse_release(text)
    assert _keys(result) == {
        ("2024-12-31", "year_end", "actual", 48.0),
        ("2024-12-31", "year_end", "previous_forecast", 40.0),
        ("2023-12-31", "year_end", "actual", 36.0),
    }
    assert dividend(result, "2024-12-31", "year_end", "actual")["components"] == [
        {"kind": "ordinary", "per_share": 40.0},
        {"kind": "special", "per_share": 8.0},
    ]


def test_wrapped_text_not_a_note_is_left_alone() -> None:
    """An 'of which' breakdown row under the cells, no note, keeps its own reading."""
    result = parse_release(_text("Of which commemorative dividend  8.00 yen              -                        -\n"))
    assert _keys(result) == _EXPECTED
    assert dividend(result, "2025-03-31", "year_end", "actual")["components"] == _PARTS
