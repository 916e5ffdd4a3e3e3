"""Dividends a release leaves open ('Year-end dividend per share: Undetermined', a grid's 'Undetermined'
or 'To be determined' cell): the contract records no fact for them, and the parser says which dividend
is undecided in a warning instead of passing over it in silence."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import dividend, parsed_release


def _undecided(result: dict) -> list[str]:
    return [w for w in result["warnings"] if "undetermined (" in w]


def test_colon_lines_left_undetermined_are_named_in_warnings() -> None:
    result = parsed_release("dividend-forecast-revision-undetermined-colon-lines.txt")
    assert dividend(result, "2026-03-31", "interim", "forecast")["per_share"] == 20.0
    assert dividend(result, "2026-03-31", "interim", "previous_forecast")["per_share"] == 25.0
    assert {(d["period"], d["scenario"]) for d in result["dividends"]} == {
        ("interim", "forecast"), ("interim", "previous_forecast")}
    warnings = _undecided(result)
    assert len(warnings) == 2
    assert "year-end dividend for the fiscal year ending 2026-03-31" in warnings[0]
    assert "annual dividend for the fiscal year ending 2026-03-31" in warnings[1]
    assert len(result["warnings"]) == 2


def test_undetermined_grid_cells_are_named_in_one_warning() -> None:
    result = parsed_release("tanshin-december-dividend-range-undetermined.txt")
    assert result["warnings"] == [
        "The release leaves the year-end and annual dividends for the fiscal year ending 2025-12-31 undetermined "
        "('Fiscal year ending December 31, 2025 (Forecast)'): no amount recorded; add it once the company "
        "decides it."
    ]


_LINES = (
    "{published}\nCompany name: Kiso Valley Foods Co., Ltd.\n(Securities code: 2911, TSE Standard Market)\n\n"
    "Notice Regarding Dividend Forecast\n\n"
    "The Company announces its dividend forecast for the fiscal year ending {fy}.\n\n"
    "{first}\n{second}\n"
)


@pytest.mark.parametrize(
    ("published", "fy", "fy_end"),
    [("May 14, 2025", "March 31, 2026", "2026-03-31"), ("February 13, 2025", "December 31, 2025", "2025-12-31"),
     ("August 8, 2025", "June 30, 2026", "2026-06-30")],
)
@pytest.mark.parametrize("word", ["Undetermined", "To be determined", "Not yet determined", "TBD", "Undecided"])
@pytest.mark.parametrize("open_first", [False, True])
def test_undecided_line_variants(published: str, fy: str, fy_end: str, word: str, open_first: bool) -> None:
    """Other year ends, other words for an open amount, the open line before or after the decided one."""
    lines = ["Interim dividend per share: ¥15.00", f"Year-end dividend per share: {word}"]
    if open_first:
        lines.reverse()
    result = parse_release(_LINES.format(published=published, fy=fy, first=lines[0], second=lines[1]))
    assert dividend(result, fy_end, "interim", "forecast")["per_share"] == 15.0
    assert len(result["dividends"]) == 1
    (warning,) = _undecided(result)
    assert f"year-end dividend for the fiscal year ending {fy_end}" in warning


@pytest.mark.parametrize(
    "line",
    [
        "Previous year-end dividend forecast: Undetermined",  # the replaced forecast, not an open dividend
        "Basis of calculation: To be determined",  # no dividend named
    ],
)
def test_lines_leaving_no_dividend_open_warn_of_none(line: str) -> None:
    text = _LINES.format(published="May 14, 2025", fy="March 31, 2026", first="Interim dividend per share: ¥15.00",
                         second=line)
    assert _undecided(parse_release(text)) == []


def test_an_undetermined_latest_forecast_column_of_a_decided_dividend_warns_of_none() -> None:
    """A notice deciding a dividend whose latest forecast was 'Undetermined': nothing is left open."""
    result = parsed_release("dividend-notice-undetermined-forecast-column.txt")
    assert result["warnings"] == []


_GRID = (
    "Summary of Consolidated Financial Results for the Fiscal Year Ended {fy} (Japanese GAAP)\n{published}\n"
    "Company name: Aoba Foods Co., Ltd.\nSecurities code: 2907\n"
    "2. Dividends\nAnnual dividends\n"
    "End of first quarter End of second quarter End of third quarter Fiscal year-end Total\n"
    "Yen Yen Yen Yen Yen\n"
    "Fiscal year ended {fy} - 20.00 - 22.00 42.00\n"
    "Fiscal year ending {next_fy} (Forecast) - {interim} - {year_end} {total}\n"
)


@pytest.mark.parametrize(
    ("published", "fy", "next_fy", "next_end"),
    [("February 14, 2025", "December 31, 2024", "December 31, 2025", "2025-12-31"),
     ("May 13, 2025", "March 31, 2025", "March 31, 2026", "2026-03-31"),
     ("August 8, 2025", "June 30, 2025", "June 30, 2026", "2026-06-30")],
)
@pytest.mark.parametrize("word", ["Undetermined", "To be determined", "TBD", "-"])
def test_undecided_grid_cell_variants(published: str, fy: str, next_fy: str, next_end: str, word: str) -> None:
    """Other year ends, other words; a '-' leaves nothing open to name."""
    text = _GRID.format(published=published, fy=fy, next_fy=next_fy, interim="21.00", year_end=word, total=word)
    result = parse_release(text)
    assert dividend(result, next_end, "interim", "forecast")["per_share"] == 21.0
    assert {d["period"] for d in result["dividends"] if d["fiscal_year_end"] == next_end} == {"interim"}
    warnings = _undecided(result)
    if word == "-":
        assert warnings == []
    else:
        assert warnings == [
            f"The release leaves the year-end and annual dividends for the fiscal year ending {next_end} undetermined "
            f"('Fiscal year ending {next_fy} (Forecast)'): no amount recorded; add it once the company decides it."
        ]
