"""Layouts from the third gap hunt (tests/parse/releases/), each with its rule:

- summary tables whose rows are labelled by the fiscal year's end, 'FYE March 2025', 'FYE Mar. 2025',
  'FYE 3/2025' (etl/parse/periods.py reads them as the year ending that month; etl/parse/tables.py
  starts a row at them), and the TSE template's dividend columns '2Q-end FY-end Total'
  (etl/parse/dividends.py);
- 'of which ordinary / special / commemorative dividend' rows under a dividend row, in a dividend
  notice's detail table and in a forecast-revision grid: the parts of the amount above them, same
  column, never a dividend of their own (etl/parse/dividends.py; etl/parse/tables.py starts a row
  at them).
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


_NOTICE = "dividend-notice-of-which-rows.txt"
_GRID = "dividend-revision-grid-of-which-row.txt"


def _parts(entry: dict) -> list[tuple[str, float]] | None:
    return sorted((c["kind"], c["per_share"]) for c in entry["components"]) if entry["components"] else None


def test_detail_table_with_of_which_rows() -> None:
    """The 'of which' rows split the determined 62.00 into 48.00 ordinary + 14.00 special; the detail
    table is still read whole (record and effective dates, total, source), and the forecast column
    is the previous forecast of the same year, not a forecast of another year."""
    result = parsed_release(_NOTICE)
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert (decided["per_share"], decided["record_date"], decided["effective_date"]) == (
        62.0,
        "2025-03-31",
        "2025-06-25",
    )
    assert (decided["total_amount"], decided["resource"]) == (2_604_000_000, "retained_earnings")
    assert _parts(decided) == [("ordinary", 48.0), ("special", 14.0)]
    previous = dividend(result, "2025-03-31", "year_end", "previous_forecast")
    assert (previous["per_share"], previous["announced_on"], previous["components"]) == (48.0, "2025-02-06", None)
    prior = dividend(result, "2024-03-31", "year_end", "actual")
    assert (prior["status"], prior["total_amount"], prior["components"]) == ("paid", 1_851_000_000, None)
    assert len(result["dividends"]) == 3 and result["warnings"] == []


@pytest.mark.parametrize(
    "rows",
    [
        # only the special part: the rest of the amount is the ordinary dividend
        "  of which special dividend    14.00 yen              -                           -",
        # capitalised, a comma after 'which', a memorial (commemorative) part
        "  Of which, ordinary dividend  48.00 yen              48.00 yen                   44.00 yen\n"
        "  Of which, memorial dividend  14.00 yen              -                           -",
    ],
)
def test_detail_table_of_which_variants(rows: str) -> None:
    text = (RELEASES / _NOTICE).read_text()
    start = text.index("  of which ordinary")
    end = text.index("Total amount of dividends")
    result = parse_release(text[:start] + rows + "\n" + text[end:])
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    kind = "commemorative" if "memorial" in rows else "special"
    assert sorted([("ordinary", 48.0), (kind, 14.0)]) == _parts(decided)
    assert decided["effective_date"] == "2025-06-25" and decided["total_amount"] == 2_604_000_000
    assert len(result["dividends"]) == 3


def test_detail_table_of_which_rows_december_year_end() -> None:
    """A December year end: the record date places the dividend; the parts stay with their column."""
    text = (RELEASES / _NOTICE).read_text()
    for old, new in (
        ("March 31, 2025", "December 31, 2024"),
        ("March 31, 2024", "December 31, 2023"),
        ("June 25, 2025", "March 27, 2025"),
        ("June 26, 2024", "March 28, 2024"),
        ("May 14, 2025", "February 13, 2025"),
        ("February 6, 2025", "November 7, 2024"),
    ):
        text = text.replace(old, new)
    result = parse_release(text)
    decided = dividend(result, "2024-12-31", "year_end", "actual")
    assert _parts(decided) == [("ordinary", 48.0), ("special", 14.0)]
    assert decided["effective_date"] == "2025-03-27"
    assert dividend(result, "2023-12-31", "year_end", "actual")["components"] is None


def test_grid_of_which_row_is_the_part_of_the_revised_forecast() -> None:
    """'of which commemorative dividend - 15.00 15.00' under the revised forecast: its year-end and
    annual amounts hold 15.00 of commemorative dividend, the rest ordinary; no actual of 15.00."""
    result = parsed_release(_GRID)
    year_end = dividend(result, "2025-03-31", "year_end", "forecast")
    assert (year_end["per_share"], _parts(year_end)) == (50.0, [("commemorative", 15.0), ("ordinary", 35.0)])
    annual = dividend(result, "2025-03-31", "annual", "forecast")
    assert (annual["per_share"], _parts(annual)) == (85.0, [("commemorative", 15.0), ("ordinary", 70.0)])
    assert dividend(result, "2025-03-31", "year_end", "previous_forecast")["components"] is None
    assert not any(d["per_share"] == 15.0 for d in result["dividends"])
    assert len(result["dividends"]) == 8 and result["warnings"] == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a short row: the part sits right, under the year end and the total
        ("of which commemorative dividend - 15.00 15.00", "of which commemorative dividend 15.00 15.00"),
        # both parts printed, with 'Of which,' capitalised
        (
            "of which commemorative dividend - 15.00 15.00",
            "Of which, ordinary dividend - 35.00 70.00\nOf which, commemorative dividend - 15.00 15.00",
        ),
        # a December year end
        ("March 31, 2024", "December 31, 2023"),
    ],
)
def test_grid_of_which_variants(old: str, new: str) -> None:
    text = (RELEASES / _GRID).read_text().replace(old, new)
    fy = "2024-12-31" if "December" in new else "2025-03-31"
    text = text.replace("March 31, 2025", "December 31, 2024") if "December" in new else text
    result = parse_release(text)
    year_end = dividend(result, fy, "year_end", "forecast")
    assert _parts(year_end) == [("commemorative", 15.0), ("ordinary", 35.0)]
    assert _parts(dividend(result, fy, "annual", "forecast")) == [("commemorative", 15.0), ("ordinary", 70.0)]
    assert not any(d["per_share"] == 15.0 for d in result["dividends"])
