"""Medium-term plan targets (product decision): a 'Targets' / 'Goals' / 'Medium-term plan' column or row
for a year after the current forecast year is no forecast; it gives no figure and a warning names it.
A target for the current year (an annual forecast some companies call a target) stays a forecast."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure

ROWS = "medium-term-plan-goal-rows-december.txt"
COLUMNS = "medium-term-plan-stacked-results-plan-targets.txt"


def _text(name: str) -> str:
    return (RELEASES / name).read_text(encoding="utf-8")


def _ends(result: dict) -> set[str]:
    return {f["period_end"] for f in result["figures"]}


def test_goal_row_beyond_the_plan_year_is_left_out() -> None:
    result = parse_release(_text(ROWS))
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 48_200e6
    plan = figure(result, "net_profit_attributable", "2025-12-31", "forecast")
    assert plan["value"] == 2_380e6 and plan["announced_on"] == "2025-02-14"
    assert _ends(result) == {"2024-12-31", "2025-12-31"}
    assert len(result["warnings"]) == 1
    assert "'FY2027 (Goals)'" in result["warnings"][0] and "medium-term plan target" in result["warnings"][0]


@pytest.mark.parametrize("title", ["FY2027 (Target)", "FY2027 (Medium-term plan)", "FY2027 (Mid-term target)"])
def test_other_target_words(title: str) -> None:
    result = parse_release(_text(ROWS).replace("FY2027 (Goals)", title))
    assert _ends(result) == {"2024-12-31", "2025-12-31"}
    assert title in result["warnings"][-1]


def test_current_year_target_row_stays_a_forecast() -> None:
    """Without a plan row, the year the release's date falls in is the current forecast year."""
    plan_row = "FY2025 (Plan)         50,500          3,400               3,550              2,380\n"
    text = _text(ROWS).replace(plan_row, "")
    assert plan_row not in text
    result = parse_release(text.replace("FY2027 (Goals)", "FY2025 (Target)"))
    assert figure(result, "operating_profit", "2025-12-31", "forecast")["value"] == 4_600e6
    assert not [w for w in result["warnings"] if "target" in w]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("(Targets)", "(Goals)"),
        ("(Targets)", "(Medium-term plan)"),
        # a June year: the plan year and the target year move with it
        ("September 30", "June 30"),
    ],
)
def test_target_column_variants(old: str, new: str) -> None:
    text = _text(COLUMNS).replace(old, new)
    if new == "June 30":
        text = text.replace("FY9/", "FY6/")
    result = parse_release(text)
    ends = _ends(result)
    assert len(ends) == 2 and not any(e.startswith("2027") for e in ends)
    assert len(result["warnings"]) == 1 and "medium-term plan target" in result["warnings"][0]


def test_current_year_target_columns_are_forecasts() -> None:
    """'Previous Target (A) / New Target (B)' for the current year: a revision, not a plan."""
    text = (
        "November 8, 2024\nCompany name: Kiriyama Net Co., Ltd.\nCode: 3774\n"
        "Notice Regarding Revision of Financial Targets\n"
        "1. Revision of consolidated financial targets for the fiscal year ending March 31, 2025\n"
        "(Millions of yen)\n"
        "Revenues Operating income Income before income tax Profit attributable to owners of the parent\n"
        "Previous Target (A) 290,000 21,000 20,000 13,000\n"
        "New Target (B) 300,000 22,000 21,500 14,000\n"
        "Change (B-A) 10,000 1,000 1,500 1,000\n"
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2025-03-31", "forecast")["value"] == 300_000e6
    assert figure(result, "revenue", "2025-03-31", "previous_forecast")["value"] == 290_000e6
    assert not [w for w in result["warnings"] if "target" in w]
