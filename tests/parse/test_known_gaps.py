"""Layouts found by ``irwh synth`` that the parser misread; the ones still misread are strict expected failures.

When a fix makes one pass, pytest reports XPASS as a failure: remove the mark then, and let the
synthetic corpus's default mix include that variant again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

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


HALF_YEAR_WITH_RESULTS = """{dateline}
Company name: Minami Pharma Co., Ltd.  (Code number: 4567)
Notice Regarding Revision of Financial Results Forecasts
1. Revision of the consolidated forecast for the first half of the fiscal year ending {fy_end} ({h1_start} to {h1_end})
({unit_line})
Previous forecast (A) Revised forecast (B) Change (B-A) Change (%) Results for the six months ended {prior_h1_end}
Revenue 120,000 126,000 6,000 5.0 115,845
Operating profit 15,000 17,500 2,500 16.7 14,870
Basic earnings per share (yen) 80.15 97.78 17.63 22.0 82.80
"""


@pytest.mark.parametrize(
    ("fields", "scale", "current", "prior"),
    [
        # a December year end and thousand-yen units
        ({"dateline": "August 5, 2022", "fy_end": "December 31, 2022", "h1_start": "January 1, 2022",
          "h1_end": "June 30, 2022", "prior_h1_end": "June 30, 2021", "unit_line": "Units: Thousands of yen"},
         1e3, ("2022-01-01", "2022-06-30"), ("2021-01-01", "2021-06-30")),
        # a September year end, 'JPY millions', and OCR noise in the dateline and the company line
        ({"dateline": "May 1O, 2023", "fy_end": "September 30, 2023", "h1_start": "October 1, 2022",
          "h1_end": "March 31, 2023", "prior_h1_end": "March 31, 2022", "unit_line": "JPY millions"},
         1e6, ("2022-10-01", "2023-03-31"), ("2021-10-01", "2022-03-31")),
    ],
)
def test_the_results_column_fix_holds_for_other_year_ends_units_and_noise(
        fields: dict, scale: float, current: tuple[str, str], prior: tuple[str, str]) -> None:
    """The gap-4 layout with another fiscal year end, another unit spelling and damaged text: the
    prior half's results column is still the actual, the '%' column still nobody's value."""
    result = parse_release(HALF_YEAR_WITH_RESULTS.format(**fields))
    got = {(f["metric"], f["period_start"], f["period_end"], f["scenario"]): f["value"] for f in result["figures"]}
    assert got[("revenue", *current, "previous_forecast")] == 120_000 * scale
    assert got[("revenue", *current, "forecast")] == 126_000 * scale
    assert got[("revenue", *prior, "actual")] == 115_845 * scale
    assert got[("eps_basic", *prior, "actual")] == 82.80
    assert 5.0 * scale not in got.values() and 16.7 * scale not in got.values()


def test_next_year_dividend_forecast_in_a_value_dense_sentence() -> None:
    """Fixed: a sentence line dense with amounts ('plans an annual dividend of ¥90 per share (interim ¥45,
    year-end ¥45).') was not read as prose; each amount carrying its unit, with words between, makes it
    prose (tests/parse/test_prose_dividend_dense_sentence.py)."""
    result = parse_release((GAPS / "prose-dividend-forecast-in-a-value-dense-sentence.txt").read_text(encoding="utf-8"))
    found = {(d["fiscal_year_end"], d["period"], d["scenario"]): d["per_share"] for d in result["dividends"]}
    assert found[("2025-03-31", "annual", "forecast")] == 90.0
    assert found[("2025-03-31", "year_end", "forecast")] == 45.0
    assert result["warnings"] == []


def test_metric_rows_with_amount_ratio_pairs_under_dated_column_titles() -> None:
    """Fixed: the dash of '(FY2022: Apr. 1, 2022 - Mar. 31, 2023)' read as a blank cell, and the bracketed
    'FY2022' / 'FY2023' as two more period columns; each bracket now dates the relative title above it
    (tests/parse/test_dated_relative_titles.py)."""
    got = figures("metric-rows-amount-ratio-pairs-under-dated-titles.txt")
    assert got[("revenue", "2023-04-01", "2024-03-31", "actual", True)]["value"] == 51_230_000_000
    assert got[("operating_profit", "2022-04-01", "2023-03-31", "actual", True)]["value"] == 3_110_000_000


def test_prose_range_on_a_line_dense_with_amounts() -> None:
    """Fixed: 'between 1,500 million yen and 2,000 million yen (previous forecast: 3,200 million yen).'
    starts a line holding too many amounts to be prose on its own; it carries on the sentence the line
    before left open, so it is read with it, and the previous forecast after the range is kept."""
    got = figures("prose-range-in-a-value-dense-line.txt")
    forecast = got[("operating_profit", "2024-04-01", "2025-03-31", "forecast", True)]
    assert (forecast["range_low"], forecast["range_high"]) == (1_500_000_000, 2_000_000_000)
    assert got[("operating_profit", "2024-04-01", "2025-03-31", "previous_forecast", True)]["value"] == 3_200_000_000


def test_parent_only_scope_named_in_the_lead_paragraph() -> None:
    """Fixed: 'has revised its non-consolidated forecast' in a lead that runs on into its table with no
    blank line between (the paragraph is not prose as a whole) now sets the scope of that table."""
    result = parse_release((GAPS / "parent-only-scope-named-in-the-lead-paragraph.txt").read_text(encoding="utf-8"))
    assert {f["consolidated"] for f in result["figures"]} == {False}
