"""Dividend notices paying from capital surplus: a tax note after the detail table ('The dividend
from capital surplus is treated as a return of capital ... The ratio of net assets decreased is
0.018.') is no cell of the 'Source of dividends' row."""

from __future__ import annotations

from etl.parse import parse_release
from tests.parse.conftest import RELEASES

NAME = "dividend-notice-capital-surplus-tax-note-after-table.txt"


def _resources(text: str) -> set[tuple[str, str, str | None]]:
    return {(d["fiscal_year_end"], d["scenario"], d["resource"]) for d in parse_release(text)["dividends"]}


def test_sources_survive_the_note() -> None:
    text = (RELEASES / NAME).read_text(encoding="utf-8")
    expected = {
        ("2025-03-31", "actual", "capital_surplus"),
        ("2025-03-31", "previous_forecast", None),
        ("2024-03-31", "actual", "retained_earnings"),
    }
    assert _resources(text) == expected
    assert _resources(text.replace("Note: The dividend", "* The dividend")) == expected


def test_december_year_and_no_note() -> None:
    text = (RELEASES / NAME).read_text(encoding="utf-8")
    text = text.replace("March 31, 2025", "December 31, 2024").replace("March 31, 2024", "December 31, 2023")
    text = text.replace("2025/05/16", "2025/02/14").replace("June 9, 2025", "March 10, 2025")
    expected = {
        ("2024-12-31", "actual", "capital_surplus"),
        ("2024-12-31", "previous_forecast", None),
        ("2023-12-31", "actual", "retained_earnings"),
    }
    assert _resources(text) == expected
    assert _resources(text.split("Note:")[0]) == expected
