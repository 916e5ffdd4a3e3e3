"""The scope a revision's lead paragraph names for the table that follows it under no heading: 'X has
revised its non-consolidated forecast ...' then '(Millions of yen)' and the table, with no blank line
between (the lead runs on into the table, so the paragraph is not prose as a whole). Other mentions of
the word ('the consolidated payout ratio') say nothing of the figures; without a statement the scope
is null (the contract)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release


def _scopes(result: dict) -> set[bool | None]:
    return {f["consolidated"] for f in result["figures"]}


def test_parent_only_scope_named_in_the_lead_sets_the_tables_scope() -> None:
    result = parsed_release("revision-parent-only-scope-in-lead-june.txt")
    assert _scopes(result) == {False}
    assert figure(result, "ordinary_profit", "2024-06-30", "forecast", False)["value"] == 250_000_000
    assert figure(result, "revenue", "2023-06-30", "actual", False)["value"] == 5_012_480_000


@pytest.mark.parametrize(
    "name", ["revision-period-only-in-lead-paragraph.txt", "revision-nth-fiscal-year-fy-slash-two-digit.txt"]
)
def test_lead_runs_on_into_the_table_with_no_blank_line(name: str) -> None:
    assert _scopes(parsed_release(name)) == {False}


def test_consolidated_scope_named_in_a_lead_that_follows_the_title_at_once() -> None:
    result = parsed_release("revision-title-runs-into-lead-december.txt")
    assert _scopes(result) == {True}
    assert figure(result, "operating_profit", "2024-12-31", "forecast", True)["value"] == 602_000_000


_RELEASE = """{published}
Company name: Hoshino Seiki Co., Ltd.
Securities code: 7790
Notice Regarding Revision of Financial Results Forecast
{blank}Hoshino Seiki Co., Ltd. has revised its {scope} for the fiscal year ending {fy},
announced on {announced}.
({unit} of yen)
{header}
Previous forecast (A) {previous}
Revised forecast (B) {revised}
Change (%) 4.2 10.0 9.5
{note}"""

_FISCAL_YEARS = [
    ("March 31, 2025", "October 25, 2024", "May 10, 2024", "2025-03-31"),
    ("June 30, 2025", "February 7, 2025", "August 9, 2024", "2025-06-30"),
    ("December 31, 2024", "November 8, 2024", "February 14, 2024", "2024-12-31"),
]
_COLUMNS = [  # (header, unit, previous, revised, net sales forecast in yen)
    ("Net sales Operating profit Ordinary profit", "Millions", "2,400 200 210", "2,500 220 230", 2_500_000_000),
    (
        "Ordinary profit Net sales Operating profit",
        "Thousands",
        "210,000 2,400,000 200,000",
        "230,000 2,500,000 220,000",
        2_500_000_000,
    ),
]


def _release(scope: str, fy: tuple[str, str, str, str], columns: tuple, blank: str = "", note: str = "") -> dict:
    header, unit, previous, revised, _ = columns
    text = _RELEASE.format(
        scope=scope,
        fy=fy[0],
        published=fy[1],
        announced=fy[2],
        header=header,
        unit=unit,
        previous=previous,
        revised=revised,
        blank=blank,
        note=note,
    )
    return parse_release(text)


@pytest.mark.parametrize(
    ("scope", "consolidated"),
    [
        ("non-consolidated forecast", False),
        ("non-consolidated full-year earnings forecasts", False),
        ("parent-only forecast", False),
        ("forecast on a non-consolidated basis", False),
        ("consolidated earnings forecasts", True),
        ("consolidated and non-consolidated forecasts", None),  # both scopes: no default
        ("earnings forecasts", None),  # no statement: unknown
    ],
)
@pytest.mark.parametrize("fy", _FISCAL_YEARS, ids=lambda fy: fy[3])
@pytest.mark.parametrize("columns", _COLUMNS, ids=["mn-yen", "k-yen-reordered"])
@pytest.mark.parametrize("blank", ["", "\n"], ids=["lead-after-title", "lead-after-blank"])
def test_lead_scope_variants(scope: str, consolidated: bool | None, fy: tuple, columns: tuple, blank: str) -> None:
    result = _release(scope, fy, columns, blank)
    assert _scopes(result) == {consolidated}
    assert figure(result, "revenue", fy[3], "forecast")["value"] == columns[4]


@pytest.mark.parametrize(
    "note",
    [
        "(Note) A consolidated payout ratio of 30% is the Company's target.\n",
        "(Note) The Company has one consolidated subsidiary, which is not material.\n",
    ],
)
def test_a_note_that_mentions_the_word_sets_no_scope(note: str) -> None:
    result = _release("earnings forecasts", _FISCAL_YEARS[0], _COLUMNS[0], note=note)
    assert _scopes(result) == {None}


_TWO_SECTIONS = """November 8, 2024
Company name: Hoshino Seiki Co., Ltd.
Securities code: 7790
Notice Regarding Revision of Financial Results Forecasts
1. Revision of the consolidated forecast for the fiscal year ending March 31, 2025 (April 1, 2024 to March 31, 2025)
(Millions of yen)
Net sales Operating profit Ordinary profit
Previous forecast (A) 2,400 200 210
Revised forecast (B) 2,500 220 230
2. Revision of the forecast for the first half of the year ending March 31, 2025 (April 1 to September 30, 2024)
(Millions of yen)
Net sales Operating profit Ordinary profit
Previous forecast (A) 1,100 90 95
Revised forecast (B) 1,150 99 104
"""


def test_a_numbered_heading_is_not_the_lead() -> None:
    """'1. Revision of the consolidated forecast ...' running on into its table names its own section's
    scope; read as the release's lead it would give section 2, which names none, the same scope."""
    figures = parse_release(_TWO_SECTIONS)["figures"]
    second = [f for f in figures if f["value"] in (1_150_000_000, 99_000_000, 104_000_000)]
    assert {f["consolidated"] for f in figures if f["value"] == 2_500_000_000} == {True}
    assert second and {f["consolidated"] for f in second} == {None}
