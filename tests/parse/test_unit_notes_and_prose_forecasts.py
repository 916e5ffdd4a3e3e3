"""Layouts from the fourth gap hunt (tests/parse/releases/), each with its rule:

- tanshin summaries whose section note '(Millions of yen, %)' sits above the header's own unit row
  ('Million yen % ... Yen'), with per-share tables titled 'EPS (Yen)': the unit row gives the columns,
  the bracketed units give way to it (etl/parse/tables.py, header_units), and a title printing its
  own unit in brackets opens a table of its own after the money table (etl/parse/tables.py,
  _new_titles);
- press releases stating a revision in sentences dense with amounts ('Operating profit is expected to be
  ¥14.2 billion (previous forecast: ¥12.5 billion), and ordinary profit ¥14.9 billion (previous
  forecast: ...)'): a line carrying on a sentence the prose line before left open is read with it
  (etl/parse/release.py, sentence_lines); a forecast a range replaces may follow the range
  (etl/parse/figures.py); ordinary profit among the prose figures makes them J-GAAP; a headline
  'X Revises Full-Year Forecast for Fiscal 2025' is the title (etl/parse/identity.py).
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.release import sentence_lines
from etl.parse.tables import header_units, lines_of
from tests.parse.conftest import RELEASES, figure, parsed_release

_PROSE = "press-release-prose-billions-previous-in-brackets.txt"
_B = 1_000_000_000
_PROSE_FACTS = {
    ("revenue", "2025-12-31", "forecast", 186.4 * _B),
    ("operating_profit", "2025-12-31", "forecast", 14.2 * _B),
    ("ordinary_profit", "2025-12-31", "forecast", 14.9 * _B),
    ("net_profit_attributable", "2025-12-31", "forecast", 9.8 * _B),
    ("revenue", "2025-12-31", "previous_forecast", 178.0 * _B),
    ("operating_profit", "2025-12-31", "previous_forecast", 12.5 * _B),
    ("ordinary_profit", "2025-12-31", "previous_forecast", 13.1 * _B),
    ("net_profit_attributable", "2025-12-31", "previous_forecast", 8.6 * _B),
}

_NOTE = "summary-unit-note-above-unit-rows-eps-table.txt"


def _facts(result: dict) -> set[tuple[str, str, str, float]]:
    return {(f["metric"], f["period_end"], f["scenario"], f["value"]) for f in result["figures"]}


_M = 1_000_000
_NOTE_FACTS = {
    ("revenue", "2024-12-31", "actual", 38_417 * _M),
    ("operating_profit", "2024-12-31", "actual", 2_875 * _M),
    ("ordinary_profit", "2024-12-31", "actual", 2_961 * _M),
    ("net_profit_attributable", "2024-12-31", "actual", 1_948 * _M),
    ("eps_basic", "2024-12-31", "actual", 87.36),
    ("revenue", "2023-12-31", "actual", 36_174 * _M),
    ("operating_profit", "2023-12-31", "actual", 2_504 * _M),
    ("ordinary_profit", "2023-12-31", "actual", 2_637 * _M),
    ("net_profit_attributable", "2023-12-31", "actual", 2_019 * _M),
    ("eps_basic", "2023-12-31", "actual", 90.55),
    ("revenue", "2025-12-31", "forecast", 40_200 * _M),
    ("operating_profit", "2025-12-31", "forecast", 3_050 * _M),
    ("ordinary_profit", "2025-12-31", "forecast", 3_120 * _M),
    ("net_profit_attributable", "2025-12-31", "forecast", 2_080 * _M),
    ("eps_basic", "2025-12-31", "forecast", 93.28),
}


def test_unit_note_above_unit_row() -> None:
    """'(Millions of yen, %)' over a 'Million yen %' unit row adds no columns: the % cells stay changes,
    the EPS table under 'EPS (Yen)' is read on its own, and the forecast's 'EPS (Yen)' title adds no
    yen column before the unit row's."""
    result = parsed_release(_NOTE)
    assert _facts(result) == _NOTE_FACTS
    assert figure(result, "eps_basic", "2024-12-31", "actual")["period_start"] == "2024-01-01"
    assert result["warnings"] == []
    assert len(result["dividends"]) == 9


@pytest.mark.parametrize(
    "note",
    ["(% indicates changes from the previous fiscal year)", "(Millions of yen; %)", "(Yen in millions, %)", ""],
)
def test_other_section_notes(note: str) -> None:
    text = (RELEASES / _NOTE).read_text().replace("(Millions of yen, %)\n", f"{note}\n" if note else "")
    result = parse_release(text)
    assert _facts(result) == _NOTE_FACTS
    assert result["warnings"] == []


def test_thousands_and_earnings_per_share_title() -> None:
    """Another scale in both the note and the unit row, and the per-share title spelled out."""
    text = (
        (RELEASES / _NOTE)
        .read_text()
        .replace("Millions of yen", "Thousands of yen")
        .replace("Million yen", "Thousand yen")
        .replace("EPS (Yen)", "Earnings per share (Yen)")
    )
    result = parse_release(text)
    assert {(m, e, s, v * 1000 if m != "eps_basic" else v) for m, e, s, v in _facts(result)} == _NOTE_FACTS


def test_fiscal_year_end_labels_march() -> None:
    """The same layout with 'FYE March 2025' row labels (a March year)."""
    text = (RELEASES / _NOTE).read_text()
    for old, new in (
        ("Fiscal year ended December 31, 2024", "FYE March 2025"),
        ("Fiscal year ended December 31, 2023", "FYE March 2024"),
        ("Fiscal year ending December 31, 2025 (forecast)", "FYE March 2026 (forecast)"),
        (
            "the fiscal year ended December 31, 2024 (January 1, 2024 - December 31, 2024)",
            "FYE March 2025 (April 1, 2024 - March 31, 2025)",
        ),
        (
            "the fiscal year ending December 31, 2025 (January 1, 2025 - December 31, 2025)",
            "FYE March 2026 (April 1, 2025 - March 31, 2026)",
        ),
    ):
        text = text.replace(old, new)
    result = parse_release(text)
    shift = {"2024-12-31": "2025-03-31", "2023-12-31": "2024-03-31", "2025-12-31": "2026-03-31"}
    assert _facts(result) == {(m, shift[e], s, v) for m, e, s, v in _NOTE_FACTS}


@pytest.mark.parametrize(
    ("header", "units"),
    [
        # The unit row names every bracketed kind: the note gives way.
        ("(Millions of yen, %) Net sales Operating profit Million yen % Million yen %", ("money", "pct") * 2),
        ("Net sales EPS (Yen) Million yen % Yen", ("money", "pct", "yen")),
        # A note naming a kind the unit row lacks stays (the row holds only the % columns).
        ("(Millions of yen) Net sales % Operating profit %", ("money", "pct", "pct")),
        # No unit row: the titles' own bracketed units are the columns.
        ("Net sales (Millions of yen) Operating profit (Millions of yen) EPS (Yen)", ("money", "money", "yen")),
    ],
)
def test_header_units_bracketed_notes(header: str, units: tuple[str, ...]) -> None:
    assert tuple(u.partition(":")[0] for u in header_units(header)) == units


def _rounded(result: dict) -> set[tuple[str, str, str, float]]:
    return {(m, e, s, round(v)) for m, e, s, v in _facts(result)}


def test_prose_forecasts_with_previous_in_brackets() -> None:
    """'X (previous forecast: Y)', an elided verb ('and ordinary profit ¥14.9 billion (...)') and 'is
    forecast at X, compared with the previous forecast of Y', on lines dense with amounts."""
    result = parsed_release(_PROSE)
    assert _rounded(result) == {(m, e, s, round(v)) for m, e, s, v in _PROSE_FACTS}
    previous = figure(result, "ordinary_profit", "2025-12-31", "previous_forecast")
    assert previous["announced_on"] == "2024-11-08"
    assert figure(result, "operating_profit", "2025-12-31", "forecast")["period_start"] == "2025-01-01"
    assert {f["accounting_standard"] for f in result["figures"]} == {"J-GAAP"}
    assert result["document"]["title"] == "Aoshima Chemical Revises Full-Year Forecast for Fiscal 2025"
    assert result["warnings"] == []


def test_prose_paragraph_on_one_line_and_in_millions() -> None:
    """The same paragraph unwrapped (one line per paragraph), and amounts in millions of yen."""
    text = (RELEASES / _PROSE).read_text()
    unwrapped = "\n\n".join(p.replace("\n", " ") for p in text.split("\n\n"))
    assert _rounded(parse_release(unwrapped)) == _rounded(parsed_release(_PROSE))
    millions = text
    for b, m in (
        ("186.4", "186,400"),
        ("178.0", "178,000"),
        ("14.2", "14,200"),
        ("12.5", "12,500"),
        ("14.9", "14,900"),
        ("13.1", "13,100"),
        ("9.8", "9,800"),
        ("8.6", "8,600"),
    ):
        millions = millions.replace(f"¥{b} billion", f"{m} million yen")
    assert _rounded(parse_release(millions)) == _rounded(parsed_release(_PROSE))


def test_prose_without_ordinary_profit_states_no_standard() -> None:
    text = (
        (RELEASES / _PROSE)
        .read_text()
        .replace(", and ordinary profit ¥14.9 billion\n(previous forecast: ¥13.1 billion).", ".\n")
    )
    result = parse_release(text)
    assert ("ordinary_profit", "2025-12-31", "forecast", 14.9 * _B) not in _facts(result)
    assert figure(result, "operating_profit", "2025-12-31", "previous_forecast")["value"] == 12.5 * _B
    assert {f["accounting_standard"] for f in result["figures"]} == {None}


@pytest.mark.parametrize(
    "headline",
    ["Aoshima Chemical Raises Full-Year Outlook", "Aoshima Chemical Lowers Consolidated Earnings Forecasts"],
)
def test_headline_titles(headline: str) -> None:
    text = (
        (RELEASES / _PROSE).read_text().replace("Aoshima Chemical Revises Full-Year Forecast for Fiscal 2025", headline)
    )
    assert parse_release(text)["document"]["title"] == headline


def test_table_rows_after_a_lead_are_not_sentence_lines() -> None:
    """A lead ending on ':' before a table, or a title-case header after a line left open: the table's
    lines stay table lines; a lower-case line dense with amounts after a line left open is prose."""
    text = (
        "Sample Works Co., Ltd. has revised its consolidated forecast for the fiscal year ending December\n"
        "31, 2025 as follows:\n(Millions of yen)\nNet sales Operating profit Ordinary profit\n"
        "Previous forecast (A) 178,000 12,500 13,100\nRevised forecast (B) 186,400 14,200 14,900\n"
        "Operating profit is expected to be higher than the previous forecast, and ordinary\n"
        "profit ¥14.9 billion (previous forecast: ¥13.1 billion), up ¥1.8 billion.\n"
        "Net sales Operating profit Ordinary profit\nRevised forecast (B) 186,400 14,200 14,900\n"
    )
    assert sentence_lines(lines_of(text)) == [True, True, False, False, False, False, True, True, False, False]
