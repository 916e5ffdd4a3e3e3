"""Scenario words on a header line of their own, under the period titles ('FY3/2024 FY3/2025 FY3/2026'
over 'Results Results YoY Forecast YoY', or '(Results) (Plan) (Targets)' in a medium-term plan): each
pairs with its column in order, derived columns skipped. And the safety net behind every column: a
period that ends after the release's date has no results yet."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure, parsed_release

_SUMMARY = "summary-metric-rows-stacked-scenario-titles.txt"
_PLAN = "medium-term-plan-stacked-results-plan-targets.txt"
_TITLES = (
    "                      FY12/2023   FY12/2024              FY12/2025\n"
    "                      Results     Results     YoY        Forecast    YoY\n"
)


def _summary(titles: str = _TITLES, replace: dict[str, str] | None = None) -> dict:
    text = (RELEASES / _SUMMARY).read_text(encoding="utf-8").replace(_TITLES, titles)
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    return parse_release(text)


def test_results_and_forecast_words_under_the_years() -> None:
    result = parsed_release(_SUMMARY)
    forecast = figure(result, "revenue", "2025-12-31", "forecast")
    assert forecast["value"] == 92_000_000_000 and forecast["announced_on"] == "2025-02-13"
    assert figure(result, "eps_basic", "2025-12-31", "forecast")["value"] == 106.98
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == 3_960_000_000
    assert figure(result, "operating_profit", "2023-12-31", "actual")["announced_on"] is None
    assert sorted({f["scenario"] for f in result["figures"] if f["period_end"] == "2025-12-31"}) == ["forecast"]
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


def test_medium_term_plan_results_column_is_actual() -> None:
    """'(Results) (Plan) (Targets)' under 'FY9/2024 FY9/2025 FY9/2027': the results are actuals, the plan
    for the current year a forecast; the targets beyond it are aspirations, no forecast (product decision:
    they would become FY9/2027's first forecast), left out with a warning naming the column."""
    result = parsed_release(_PLAN)
    results = figure(result, "revenue", "2024-09-30", "actual")
    assert results["value"] == 64_310_000_000 and results["announced_on"] is None
    assert figure(result, "ordinary_profit", "2024-09-30", "actual")["value"] == 3_905_000_000
    plan = figure(result, "operating_profit", "2025-09-30", "forecast")
    assert plan["value"] == 4_100_000_000 and plan["announced_on"] == "2024-11-07"
    assert not [f for f in result["figures"] if f["period_end"] == "2027-09-30"]
    assert len(result["figures"]) == 6
    assert len(result["warnings"]) == 1 and "'FY9/2027 Targets'" in result["warnings"][0]


@pytest.mark.parametrize(
    "titles",
    [
        # 'Actual' for 'Results', 'Outlook' for 'Forecast'
        "                      FY12/2023   FY12/2024              FY12/2025\n"
        "                      Actual      Actual      YoY        Outlook     YoY\n",
        # bracketed words, and a change column titled 'Change'
        "                      FY12/2023   FY12/2024              FY12/2025\n"
        "                      (Results)   (Results)   Change     (Forecast)  Change\n",
        # the scenario line first, the years under it
        "                      Results     Results     YoY        Forecast    YoY\n"
        "                      FY12/2023   FY12/2024              FY12/2025\n",
        # a unit note closing the title line
        "                      FY12/2023   FY12/2024              FY12/2025\n"
        "                      Results     Results     YoY        Forecast    YoY   (%: YoY)\n",
    ],
)
def test_stacked_word_variants(titles: str) -> None:
    result = _summary(titles)
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 92_000_000_000
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 88_903_000_000
    assert len(result["figures"]) == 15


def test_forecast_column_first() -> None:
    """Columns in reverse order: the forecast first, then this year's and last year's results."""
    text = (RELEASES / _SUMMARY).read_text(encoding="utf-8")
    head, _, tail = text.partition(_TITLES)
    table, _, rest = tail.partition("\nNote:")
    rows = {
        "Revenue                ": ("92,000", "88,903", "84,512"),
        "Operating profit       ": ("6,400", "5,874", "6,120"),
        "Profit before tax      ": ("6,250", "5,702", "6,033"),
        "owners of the parent   ": ("4,300", "3,960", "4,118"),
        "share (yen)            ": ("106.98", "98.52", "102.45"),
    }
    lines = [
        "                      FY12/2025    FY12/2024    FY12/2023",
        "                      Forecast     Results      Results",
    ]
    for line in table.splitlines():
        label = next((k for k in rows if line.startswith(k)), None)
        lines.append(f"{label}{'   '.join(f'{v:>10}' for v in rows[label])}" if label else line)
    result = parse_release(head + "\n".join(lines) + "\nNote:" + rest)
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 92_000_000_000
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 84_512_000_000
    assert figure(result, "eps_basic", "2024-12-31", "actual")["value"] == 98.52
    assert len(result["figures"]) == 15


def test_june_year_end_in_billions() -> None:
    result = _summary(
        "                      FY6/2024    FY6/2025               FY6/2026\n"
        "                      Results     Results     YoY        Forecast    YoY\n",
        {
            "(Millions of yen)": "(Billions of yen)",
            "February 13, 2025": "August 8, 2025",
            "December 31, 2024": "June 30, 2025",
            "December 31, 2025": "June 30, 2026",
        },
    )
    assert result["document"]["fiscal_year_end_month"] == 6
    forecast = figure(result, "revenue", "2026-06-30", "forecast")
    assert forecast["value"] == 92_000_000_000_000 and forecast["period_start"] == "2025-07-01"
    assert figure(result, "revenue", "2025-06-30", "actual")["value"] == 88_903_000_000_000


def test_dated_columns_with_stacked_scenarios() -> None:
    """Dated titles ('Year ended Dec. 31, 2023') with the scenario line under them, below a heading
    that names only the forecast: the results columns are actuals all the same."""
    result = _summary(
        "                      Year ended     Year ended              Year ending\n"
        "                      Dec. 31, 2023  Dec. 31, 2024           Dec. 31, 2025\n"
        "                      Results        Results     YoY        Forecast    YoY\n",
        {"1. Consolidated results and forecast": "1. Consolidated earnings forecast"},
    )
    assert figure(result, "net_profit_attributable", "2025-12-31", "forecast")["value"] == 4_300_000_000
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 4_118_000_000


def test_one_line_titles_keep_their_own_words() -> None:
    """'FY12/2023 Results  FY12/2024 Results  YoY  FY12/2025 Forecast  YoY' on one line: each title's word."""
    result = _summary(
        "FY12/2023 Results  FY12/2024 Results  YoY  FY12/2025 Forecast  YoY\n"
    )
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 92_000_000_000
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 84_512_000_000
    assert len(result["figures"]) == 15


def test_future_period_titled_ending_is_a_forecast() -> None:
    """No scenario words, but the future tense of the title ('Year ending') and a period that ends
    after the release's date: a forecast, not results."""
    result = _summary(
        "                      Year ended     Year ended              Year ending\n"
        "                      Dec. 31, 2023  Dec. 31, 2024           Dec. 31, 2025\n"
    )
    assert figure(result, "revenue", "2025-12-31", "forecast")["announced_on"] == "2025-02-13"
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 88_903_000_000
    assert result["warnings"] == []


def test_future_period_without_a_forecast_title_is_warned() -> None:
    """Bare fiscal-year titles and no scenario words: a column ending after the release's date cannot
    hold results, and nothing says what it holds, so the release is flagged."""
    result = _summary("                      FY12/2023   FY12/2024              FY12/2025\n")
    assert any("after the release's date 2025-02-13" in w for w in result["warnings"])
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 88_903_000_000
