"""Q3 presentation tables titling their year-to-date columns with a months or quarter-span mark on a
fiscal-year label ('9M FY3/2025 Results', 'Q1-Q3 FY2024', '1-3Q FY3/2025'; tests/parse/releases/), with the
rules they needed: the mark makes the column the first nine months, not the full year; and a forecast
column a note calls 'unchanged from the forecast announced on <date>' takes that date, in a summary that
has no 'Revision of the forecast: No' line."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.periods import Calendar, resolve
from tests.parse.conftest import RELEASES, figure, parsed_release

_NAME = "metrics-rows-nine-month-marked-columns-progress-rate.txt"


def _periods(result: dict, metric: str) -> set[tuple[str, str, str]]:
    return {(f["period_start"], f["period_end"], f["scenario"]) for f in result["figures"] if f["metric"] == metric}


def test_nine_month_columns_and_an_unchanged_forecast() -> None:
    result = parsed_release(_NAME)
    assert _periods(result, "ordinary_profit") == {
        ("2023-01-01", "2023-09-30", "actual"),
        ("2024-01-01", "2024-09-30", "actual"),
        ("2024-01-01", "2024-12-31", "forecast"),
    }
    assert figure(result, "revenue", "2023-09-30", "actual")["value"] == 23_418_000_000
    assert figure(result, "eps_basic", "2024-09-30", "actual")["value"] == 79.30
    forecast = figure(result, "net_profit_attributable", "2024-12-31", "forecast")
    assert (forecast["value"], forecast["announced_on"]) == (2_500_000_000, "2024-02-13")
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


def _release(titles: str, fy: str) -> str:
    text = (RELEASES / _NAME).read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if "9M FY12/2023" in line)
    results = next(line for line in text.splitlines() if line.strip().startswith("Results"))
    return text.replace(header, titles).replace(results, "").replace("FY12/2024", fy)


@pytest.mark.parametrize(
    ("titles", "fy", "prior", "current", "year"),
    [
        # a March year end, one-line titles
        (
            "9M FY3/2024 Results 9M FY3/2025 Results YoY change FY3/2025 Forecast Progress rate",
            "FY3/2025",
            ("2023-04-01", "2023-12-31"),
            ("2024-04-01", "2024-12-31"),
            ("2024-04-01", "2025-03-31"),
        ),
        (
            "1-3Q FY3/2024 1-3Q FY3/2025 YoY change FY3/2025 forecast Progress rate",
            "FY3/2025",
            ("2023-04-01", "2023-12-31"),
            ("2024-04-01", "2024-12-31"),
            ("2024-04-01", "2025-03-31"),
        ),
        # a June year end, the mark after the label
        (
            "FY6/2024 9M FY6/2025 9M YoY change FY6/2025 forecast Progress rate",
            "FY6/2025",
            ("2023-07-01", "2024-03-31"),
            ("2024-07-01", "2025-03-31"),
            ("2024-07-01", "2025-06-30"),
        ),
        (
            "1Q-3Q FY3/2024 1Q-3Q FY3/2025 YoY change FY3/2025 forecast Progress rate",
            "FY3/2025",
            ("2023-04-01", "2023-12-31"),
            ("2024-04-01", "2024-12-31"),
            ("2024-04-01", "2025-03-31"),
        ),
        (
            "Q1-Q3 FY12/2023 Q1-Q3 FY12/2024 YoY change FY12/2024 forecast Progress rate",
            "FY12/2024",
            ("2023-01-01", "2023-09-30"),
            ("2024-01-01", "2024-09-30"),
            ("2024-01-01", "2024-12-31"),
        ),
    ],
)
def test_marked_title_variants(
    titles: str, fy: str, prior: tuple[str, str], current: tuple[str, str], year: tuple[str, str]
) -> None:
    result = parse_release(_release(titles, fy))
    assert _periods(result, "operating_profit") == {(*prior, "actual"), (*current, "actual"), (*year, "forecast")}
    assert figure(result, "operating_profit", current[1], "actual")["value"] == 2_611_000_000


def test_forecast_without_an_unchanged_note_is_the_documents() -> None:
    text = (RELEASES / _NAME).read_text(encoding="utf-8")
    note = " The full-year forecast for FY12/2024 is\nunchanged from the forecast announced on February 13, 2024."
    text = text.replace(note, "")
    result = parse_release(text)
    assert figure(result, "revenue", "2024-12-31", "forecast")["announced_on"] == "2024-11-07"


@pytest.mark.parametrize(
    ("label", "start", "end"),
    [
        ("9M FY3/2025", "2024-04-01", "2024-12-31"),
        ("6M FY3/2025", "2024-04-01", "2024-09-30"),
        ("3M FY3/2025", "2024-04-01", "2024-06-30"),
        ("FY3/2025 9M", "2024-04-01", "2024-12-31"),
        ("1-3Q FY3/2025", "2024-04-01", "2024-12-31"),
        ("Q1-Q3 FY3/2025", "2024-04-01", "2024-12-31"),
        ("1-2Q FY3/2025", "2024-04-01", "2024-09-30"),
        ("1Q-3Q FY3/2025", "2024-04-01", "2024-12-31"),
        ("FY3/2025", "2024-04-01", "2025-03-31"),
    ],
)
def test_months_and_quarter_span_marks(label: str, start: str, end: str) -> None:
    period = resolve(label, Calendar(fye_month=3))[0]
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == (start, end)
