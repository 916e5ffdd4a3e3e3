"""Metrics-as-columns tables with one row per fiscal year, the scenario in brackets after the year
('FY2024 (Results)', 'FY2025 (Forecast)', 'FY2025 (Plan)'): tanshin and presentation summaries. The
bracketed scenario completes the row's label, so the first row is not cut at it (its year would join the
header and the row be lost)."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure

NAME = "presentation-fy-results-forecast-row-labels.txt"
METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable")


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _rows(result: dict) -> dict[tuple[str, str], list[float]]:
    """Values per (period end, scenario), in METRICS order."""
    return {
        (end, scenario): [figure(result, m, end, scenario)["value"] for m in METRICS]
        for end, scenario in {(f["period_end"], f["scenario"]) for f in result["figures"]}
    }


MARCH = {
    ("2024-03-31", "actual"): [61_204e6, 4_318e6, 4_502e6, 3_011e6],
    ("2025-03-31", "actual"): [64_877e6, 5_106e6, 5_290e6, 3_584e6],
    ("2026-03-31", "forecast"): [68_000e6, 5_600e6, 5_750e6, 3_900e6],
}


def test_every_year_row_is_read_with_its_bracketed_scenario() -> None:
    result = parse_release(_text())
    assert _rows(result) == MARCH
    forecast = figure(result, "revenue", "2026-03-31", "forecast")
    assert forecast["period_start"] == "2025-04-01" and forecast["announced_on"] == "2025-05-14"
    assert figure(result, "revenue", "2024-03-31", "actual")["announced_on"] is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("(Forecast)", "(Plan)"),
        ("(Forecast)", "(Outlook)"),
        (" (Results)", " Results  "),
        ("(Results)", "(Actual)"),
        ("FY2023 (Results)", "FY3/2024 (Results)"),
    ],
)
def test_scenario_word_variants(old: str, new: str) -> None:
    text = _text().replace(old, new)
    if new.startswith("FY3/"):
        text = text.replace("FY2024 (Results)", "FY3/2025 (Results)").replace("FY2025 (", "FY3/2026 (")
    assert _rows(parse_release(text)) == MARCH


def test_billions_and_reordered_columns() -> None:
    text = (
        _text()
        .replace("(Millions of yen)", "(Billions of yen)")
        .replace(
            "Net sales   Operating profit   Ordinary profit",
            "Operating profit   Net sales   Ordinary profit",
        )
        .replace("61,204          4,318", "4.3           61.2")
        .replace("64,877          5,106", "5.1           64.9")
        .replace("68,000          5,600", "5.6           68.0")
        .replace("4,502             3,011", "4.5             3.0")
        .replace("5,290             3,584", "5.3             3.6")
        .replace("5,750             3,900", "5.8             3.9")
    )
    rows = _rows(parse_release(text))
    assert rows[("2024-03-31", "actual")] == pytest.approx([61.2e9, 4.3e9, 4.5e9, 3.0e9])
    assert rows[("2026-03-31", "forecast")] == pytest.approx([68.0e9, 5.6e9, 5.8e9, 3.9e9])


def test_december_year_end() -> None:
    text = (
        _text()
        .replace("March 31, 2025", "December 31, 2024")
        .replace("May 14, 2025", "February 13, 2025")
    )
    rows = _rows(parse_release(text))
    assert set(rows) == {("2023-12-31", "actual"), ("2024-12-31", "actual"), ("2025-12-31", "forecast")}
    assert rows[("2023-12-31", "actual")] == MARCH[("2024-03-31", "actual")]


def test_tanshin_unit_row_with_change_columns() -> None:
    """The tanshin form: a 'Million yen %' unit row and a change column after each amount."""
    text = _text().replace(
        "(Millions of yen)\n",
        "(Percentages indicate year-on-year changes.)\n",
    ).replace(
        "owners of parent\n",
        "owners of parent\n                     Million yen %  Million yen %  Million yen %  Million yen %\n",
    )
    for amounts in ("61,204          4,318             4,502             3,011",
                    "64,877          5,106             5,290             3,584",
                    "68,000          5,600             5,750             3,900"):
        text = text.replace(amounts, "   ".join(f"{a} 1.0" for a in amounts.split()))
    assert _rows(parse_release(text)) == MARCH


def test_the_note_defining_a_label_settles_the_convention() -> None:
    """'FY2024 refers to the fiscal year ended March 31, 2025' says how every FY label maps: no warning."""
    assert not [w for w in parse_release(_text())["warnings"] if "Assumed" in w]


def test_a_label_named_by_its_end_year() -> None:
    """The same note naming years by their end ('FY2025 refers to the fiscal year ended March 31, 2025')
    dates every row a year earlier than the start-year reading would."""
    text = _text()
    for old, new in (("FY2025 (", "FY2026 ("), ("FY2024 (", "FY2025 ("), ("FY2023 (", "FY2024 (")):
        text = text.replace(old, new)
    text = text.replace("* FY2024 refers", "* FY2025 refers")
    result = parse_release(text)
    assert _rows(result) == MARCH
    assert not [w for w in result["warnings"] if "Assumed" in w]
