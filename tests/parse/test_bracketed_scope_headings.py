"""Stacked consolidated and non-consolidated revision tables under scope headings in brackets
('[Consolidated]', '(Non-consolidated)', '【Parent only】'; tests/parse/releases/), with the rule they needed:
a bracketed scope heading on the line above a table's unit note, which the table reader takes into the
header, gives the table its scope; the second table is then no repeat of the first to merge away."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure, parsed_release

_NAME = "revision-stacked-bracketed-scope-headings.txt"


def test_each_table_takes_the_scope_of_its_heading() -> None:
    result = parsed_release(_NAME)
    assert figure(result, "revenue", "2025-03-31", "previous_forecast", consolidated=True)["value"] == 42_500e6
    assert figure(result, "revenue", "2025-03-31", "previous_forecast", consolidated=False)["value"] == 30_200e6
    assert figure(result, "ordinary_profit", "2025-03-31", "forecast", consolidated=True)["value"] == 1_160e6
    assert figure(result, "ordinary_profit", "2025-03-31", "forecast", consolidated=False)["value"] == 700e6
    # 'Profit' in a non-consolidated table is its bottom line
    assert figure(result, "net_profit_attributable", "2025-03-31", "forecast", consolidated=False)["value"] == 420e6
    assert figure(result, "eps_basic", "2024-03-31", "actual", consolidated=False)["value"] == 38.20
    assert figure(result, "eps_basic", "2024-03-31", "actual", consolidated=True)["value"] == 54.47
    assert {f["consolidated"] for f in result["figures"]} == {True, False}
    assert len(result["figures"]) == 30
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("consolidated", "parent"),
    [
        ("(Consolidated)", "(Non-consolidated)"),
        ("【Consolidated】", "【Non-consolidated】"),
        ("<Consolidated>", "<Parent-only>"),
        ("[Consolidated basis]", "[Non-consolidated basis]"),
    ],
)
def test_other_brackets(consolidated: str, parent: str) -> None:
    text = (RELEASES / _NAME).read_text(encoding="utf-8")
    text = text.replace("[Consolidated]", consolidated).replace("[Non-consolidated]", parent)
    result = parse_release(text)
    assert figure(result, "operating_profit", "2025-03-31", "forecast", consolidated=True)["value"] == 1_020e6
    assert figure(result, "operating_profit", "2025-03-31", "forecast", consolidated=False)["value"] == 520e6
    assert len(result["figures"]) == 30


def test_non_consolidated_first_december_year() -> None:
    text = (RELEASES / _NAME).read_text(encoding="utf-8")
    consolidated, _, rest = text.partition("[Consolidated]\n")[2].partition("\n\n[Non-consolidated]\n")
    parent, _, tail = rest.partition("\n\nReason")
    head = text.partition("[Consolidated]\n")[0]
    text = f"{head}[Non-consolidated]\n{parent}\n\n[Consolidated]\n{consolidated}\n\nReason{tail}"
    text = text.replace("March 31, 2025 (April 1, 2024 to March 31, 2025)", "December 31, 2025 (January 1, 2025 to "
                        "December 31, 2025)").replace("January 31, 2025", "July 31, 2025")
    result = parse_release(text)
    assert figure(result, "revenue", "2025-12-31", "forecast", consolidated=False)["value"] == 28_400e6
    assert figure(result, "revenue", "2025-12-31", "forecast", consolidated=True)["value"] == 40_100e6
    assert figure(result, "revenue", "2024-12-31", "actual", consolidated=False)["value"] == 29_514e6
    assert len(result["figures"]) == 30


def test_a_single_table_under_a_bracketed_scope() -> None:
    """A non-consolidated-only company: the one table is non-consolidated though the title names no scope."""
    text = (RELEASES / _NAME).read_text(encoding="utf-8")
    start, end = text.index("[Consolidated]"), text.index("[Non-consolidated]")
    result = parse_release(text[:start] + text[end:])
    assert {f["consolidated"] for f in result["figures"]} == {False}
    assert len(result["figures"]) == 15
