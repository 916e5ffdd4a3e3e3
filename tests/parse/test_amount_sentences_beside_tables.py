"""A short sentence stating amounts right under a table ('Net sales were 12,345 million yen, up 3.2%, and
operating profit 1,234 million yen.'), on one line or wrapped onto a second, is prose: read as a row its
amounts joined the table, whose columns then no longer matched the header and whose figures were all
skipped. Layout family: tanshin and press releases commenting on a table under it."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.tables import lines_of
from tests.parse.conftest import RELEASES, figure

NAME = "tanshin-results-amount-sentences-under-table.txt"
SENTENCES = (
    "Net sales were 12,345 million yen, up 3.2%, and operating profit 1,234 million yen.\n"
    "Ordinary profit was 1,301 million yen and profit attributable to owners of parent 868 million yen.\n"
)


def _text() -> str:
    text = (RELEASES / NAME).read_text(encoding="utf-8")
    assert SENTENCES in text
    return text


def _assert_results(result: dict, current: str = "2025-03-31", prior: str = "2024-03-31") -> None:
    assert figure(result, "revenue", current, "actual")["value"] == 12_345e6
    assert figure(result, "net_profit_attributable", current, "actual")["value"] == 868e6
    assert figure(result, "operating_profit", prior, "actual")["value"] == 1_141e6
    assert not [w for w in result["warnings"] if "could not be matched" in w]


def test_sentences_under_the_table_leave_its_rows_alone() -> None:
    result = parse_release(_text())
    _assert_results(result)
    assert figure(result, "revenue", "2026-03-31", "forecast")["value"] == 13_000e6
    assert len(result["figures"]) == 12


@pytest.mark.parametrize(
    "sentences",
    [
        # wrapped: the first line leaves the sentence open, the second holds mostly amounts
        "Net sales were 12,345 million yen (up 3.2%) and operating profit\n1,234 million yen (up 8.1%).\n",
        "Net sales were 12,345 million yen, up 3.2%,\nand operating profit 1,234 million yen, up 8.1%.\n",
        # amounts with a yen sign and a scale word
        "Net sales were ¥12.3 billion, up 3.2%, and operating profit was ¥1.2 billion.\n",
        # one sentence alone
        "Net sales were 12,345 million yen, up 3.2% from the previous year.\n",
    ],
)
def test_sentence_variants(sentences: str) -> None:
    _assert_results(parse_release(_text().replace(SENTENCES, sentences)))


def test_december_year_end() -> None:
    text = (
        _text()
        .replace("March 31, 2025", "December 31, 2024")
        .replace("March 31, 2024", "December 31, 2023")
        .replace("April 1, 2024", "January 1, 2024")
        .replace("March 31, 2026", "December 31, 2025")
        .replace("April 1, 2025", "January 1, 2025")
        .replace("May 13, 2025", "February 13, 2025")
    )
    _assert_results(parse_release(text), "2024-12-31", "2023-12-31")


@pytest.mark.parametrize(
    "line",
    [
        # rows printing a unit on each value, side by side
        "Net sales 12,345 million yen 11,962 million yen 383 million yen.\n",
        "Year-end dividend per share ¥30.00 ¥28.00.\n",
        # a header line then a row: no amount opens the pair
        "Profit attributable to owners of the parent\n868 million yen 796 million yen.\n",
    ],
)
def test_rows_with_units_in_cells_stay_rows(line: str) -> None:
    doc_lines = lines_of(line)
    assert not any(doc_lines.prose)
