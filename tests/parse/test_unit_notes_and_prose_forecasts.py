"""Layouts from the fourth gap hunt (tests/parse/releases/), each with its rule:

- tanshin summaries whose section note '(Millions of yen, %)' sits above the header's own unit row
  ('Million yen % ... Yen'), with per-share tables titled 'EPS (Yen)': the unit row gives the columns,
  the bracketed units give way to it (etl/parse/tables.py, header_units), and a title printing its
  own unit in brackets opens a table of its own after the money table (etl/parse/tables.py,
  _new_titles).
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.tables import header_units
from tests.parse.conftest import RELEASES, figure, parsed_release

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
