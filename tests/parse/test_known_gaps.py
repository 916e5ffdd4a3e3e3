"""Layouts found by ``irwh synth`` that the parser misread; the ones still misread are strict expected failures.

When a fix makes one pass, pytest reports XPASS as a failure: remove the mark then, and let the
synthetic corpus's default mix include that variant again.
"""

from __future__ import annotations

from pathlib import Path

from etl.parse import parse_release

GAPS = Path(__file__).with_name("known_gaps")


def figures(name: str) -> dict[tuple, dict]:
    result = parse_release((GAPS / name).read_text(encoding="utf-8"))
    return {(f["metric"], f["period_start"], f["period_end"], f["scenario"], f["consolidated"]): f
            for f in result["figures"]}


def test_metrics_as_rows_half_year_with_a_results_column() -> None:
    """Fixed: the date in the column head 'Results for the six months ended September 30, 2021' opened
    a column of its own, so the five columns were matched to the last five phrases, one off."""
    got = figures("4-metric-rows-half.txt")
    assert got[("revenue", "2022-04-01", "2022-09-30", "previous_forecast", True)]["value"] == 120_000_000_000
    assert got[("revenue", "2021-04-01", "2021-09-30", "actual", True)]["value"] == 115_845_000_000


def test_us_gaap_net_income_attributable_to_the_company_row() -> None:
    """Fixed: 'Corporation' no longer reads as 'ratio' (an excluded word), and 'Basic net income per
    share' starts a row instead of continuing the label before it."""
    got = figures("5-usgaap-metric-rows.txt")
    row = got[("net_profit_attributable", "2022-04-01", "2023-03-31", "forecast", True)]
    assert row["value"] == 25_200_000_000
    assert got[("eps_basic", "2022-04-01", "2023-03-31", "forecast", True)]["value"] == 202.0


def test_parent_only_table_with_ordinary_income_is_j_gaap_under_an_ifrs_title() -> None:
    got = figures("7-ifrs-title-parent-only.txt")
    parent = [f for key, f in got.items() if key[4] is False]
    assert parent and {f["accounting_standard"] for f in parent} == {"J-GAAP"}


def test_cell_per_line_first_half_reference_row_after_a_bare_negative_change_cell() -> None:
    """Fixed: a Change (B-A) cell '(84)' alone on its line read as a '(1)'-style heading, cutting the
    table there: the '(Reference) Results for the same period of the previous fiscal year' row after it
    had no metric header and was lost."""
    got = figures("6-cell-per-line-reference-half.txt")
    assert got[("revenue", "2019-01-01", "2019-06-30", "actual", True)]["value"] == 36_472_000_000
    assert got[("eps_basic", "2019-01-01", "2019-06-30", "actual", True)]["value"] == 51.17
    assert got[("net_profit_attributable", "2020-01-01", "2020-06-30", "actual", True)]["value"] == 816_000_000
