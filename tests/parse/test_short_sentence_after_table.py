"""A one-line sentence right under a table, too short to read as prose ('The above forecasts are based
on information currently available.', 'Forecasts are unchanged.'): it ends the table. In a grid printed
one cell a line it joined the last row's label ('(ended March 31, 2024) The above forecasts ...'),
whose 'forecast' made the prior year's dividends forecasts."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.tables import _short_sentence
from tests.parse.conftest import RELEASES, dividend, parsed_release

_RELEASE = "dividend-notice-one-cell-per-line-short-sentence-after.txt"
_SENTENCE = "The above forecasts are based on information currently available."


def test_the_prior_years_row_stays_actual() -> None:
    result = parsed_release(_RELEASE)
    for period, value in (("interim", 18.0), ("year_end", 22.0), ("annual", 40.0)):
        assert dividend(result, "2024-03-31", period, "actual")["per_share"] == value
    for period, value in (("interim", 20.0), ("year_end", 26.0), ("annual", 46.0)):
        assert dividend(result, "2025-03-31", period, "actual")["per_share"] == value
    assert not [d for d in result["dividends"] if d["scenario"] == "forecast"]
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "sentence",
    [_SENTENCE, "Forecasts are unchanged.", "Dividends are paid twice a year.",
     "The year-end dividend forecast has not been revised."],
)
@pytest.mark.parametrize(
    ("old", "new", "fy_end"),
    [("March 31", "March 31", "2024-03-31"), ("March 31", "December 31", "2024-12-31"),
     ("March 31", "June 30", "2024-06-30")],
)
def test_variants(sentence: str, old: str, new: str, fy_end: str) -> None:
    """Other sentences, other year ends: the grid is read as without the sentence."""
    text = (RELEASES / _RELEASE).read_text(encoding="utf-8").replace(old, new).replace(_SENTENCE, sentence)
    result = parse_release(text)
    without = parse_release(text.replace(sentence + "\n", ""))
    assert result["dividends"] == without["dividends"]
    assert dividend(result, fy_end, "annual", "actual")["per_share"] == 40.0


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("The above forecasts are based on information currently available.", True),
        ("Forecasts are unchanged.", True),
        ("Company name: Suruga Bay Foods Co., Ltd.", False),  # title case
        ("Dividend per share 26.00 yen.", False),  # a value
        ("Net sales.", False),  # too short to be a sentence
    ],
)
def test_short_sentences(line: str, sentence: bool) -> None:
    assert _short_sentence(line) is sentence
