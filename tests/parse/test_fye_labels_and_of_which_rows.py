"""Layouts from the third gap hunt (tests/parse/releases/), each with its rule:

- summary tables whose rows are labelled by the fiscal year's end, 'FYE March 2025', 'FYE Mar. 2025',
  'FYE 3/2025' (etl/parse/periods.py reads them as the year ending that month; etl/parse/tables.py
  starts a row at them), and the TSE template's dividend columns '2Q-end FY-end Total'
  (etl/parse/dividends.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.parse import parse_release
from etl.parse.periods import learn_calendar, resolve
from tests.parse.conftest import RELEASES, dividend, figure, parsed_release

_FYE = "summary-fye-month-year-row-labels.txt"


def _year_facts(result: dict) -> set[tuple[str, str, str, float]]:
    return {(f["metric"], f["period_start"], f["scenario"], f["value"]) for f in result["figures"]}


def _dividends(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


_MARCH_DIVIDENDS = {
    ("2024-03-31", "interim", "actual", 18.0),
    ("2024-03-31", "year_end", "actual", 20.0),
    ("2024-03-31", "annual", "actual", 38.0),
    ("2025-03-31", "interim", "actual", 20.0),
    ("2025-03-31", "year_end", "actual", 26.0),
    ("2025-03-31", "annual", "actual", 46.0),
    ("2026-03-31", "interim", "forecast", 24.0),
    ("2026-03-31", "year_end", "forecast", 24.0),
    ("2026-03-31", "annual", "forecast", 48.0),
}


def test_summary_rows_labelled_by_fiscal_year_end() -> None:
    """'FYE March 2025' is the year ending March 2025: each row's actuals and dividends go to its own
    year (not the current one), and the forecast row stays a forecast of the next year."""
    result = parsed_release(_FYE)
    assert figure(result, "revenue", "2025-03-31", "actual")["value"] == 48_215_000_000
    assert figure(result, "operating_profit", "2025-03-31", "actual")["period_start"] == "2024-04-01"
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 2_204_000_000
    assert figure(result, "eps_basic", "2025-03-31", "actual")["value"] == 118.42
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 95.27
    assert figure(result, "revenue", "2026-03-31", "forecast")["value"] == 51_000_000_000
    assert len(result["figures"]) == 15
    assert _dividends(result) == _MARCH_DIVIDENDS
    assert dividend(result, "2025-03-31", "year_end", "actual")["effective_date"] == "2025-06-26"
    assert result["warnings"] == []


@pytest.mark.parametrize("form", ["FYE Mar. {y}", "FYE 3/{y}", "FYE {y}/3", "FYE March 31, {y}"])
def test_other_fye_label_forms(form: str) -> None:
    text = (RELEASES / _FYE).read_text()
    for year in (2024, 2025, 2026):
        text = text.replace(f"FYE March {year}", form.format(y=year))
    result = parse_release(text)
    assert _dividends(result) == _MARCH_DIVIDENDS
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 44_893_000_000
    assert figure(result, "eps_basic", "2025-03-31", "actual")["value"] == 118.42
    assert len(result["figures"]) == 15


@pytest.mark.parametrize(
    ("month", "label", "fy_end_day"),
    [("December", "FYE Dec. {y}", "12-31"), ("June", "FYE 6/{y}", "06-30")],
)
def test_fye_labels_with_other_year_ends(month: str, label: str, fy_end_day: str) -> None:
    """The label's month is the year end: a December or June year, with no range printed to learn it from."""
    text = (RELEASES / _FYE).read_text()
    for line in text.splitlines():
        if "(April 1," in line:
            text = text.replace(line, line.split(" (")[0])  # no printed range: the labels alone date the rows
    for year in (2024, 2025, 2026):
        text = text.replace(f"FYE March {year}", label.format(y=year))
    result = parse_release(text)
    assert result["document"]["fiscal_year_end_month"] == date.fromisoformat(f"2000-{fy_end_day}").month
    revenue = figure(result, "revenue", f"2025-{fy_end_day}", "actual")
    assert revenue["value"] == 48_215_000_000
    assert figure(result, "eps_basic", f"2024-{fy_end_day}", "actual")["value"] == 95.27
    assert dividend(result, f"2026-{fy_end_day}", "annual", "forecast")["per_share"] == 48.0
    assert dividend(result, f"2024-{fy_end_day}", "year_end", "actual")["per_share"] == 20.0


@pytest.mark.parametrize(
    ("label", "start", "end"),
    [
        ("FYE March 2025", date(2024, 4, 1), date(2025, 3, 31)),
        ("FYE Mar. 2025", date(2024, 4, 1), date(2025, 3, 31)),
        ("FYE 3/2025", date(2024, 4, 1), date(2025, 3, 31)),
        ("FYE 2025/3", date(2024, 4, 1), date(2025, 3, 31)),
        ("FYE Dec. 2024 (forecast)", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_fye_labels_resolve_to_the_year_ending_that_month(label: str, start: date, end: date) -> None:
    period, assumed = resolve(label, learn_calendar("for the fiscal year ending March 31, 2025"))
    assert period is not None and (period.start, period.end) == (start, end) and not assumed


@pytest.mark.parametrize(
    "titles", ["2Q-end FY-end Total", "2Q-end FY end Annual", "Second quarter-end FY-end Total"]
)
def test_fy_end_dividend_column_is_the_year_end(titles: str) -> None:
    """The TSE template's 'FY-end' column title names the year-end dividend: the header names its
    three periods, so no 'does not name 3 periods' warning and no fallback order."""
    text = (RELEASES / _FYE).read_text().replace("2Q-end Year-end Annual", titles)
    result = parse_release(text)
    assert _dividends(result) == _MARCH_DIVIDENDS
    assert result["warnings"] == []
