"""Fiscal-year labels with no note on what they mean, in a release of a year ending in another month than
December ('FY2025 (Results)' rows, tests/parse/releases/): results are for a period ended by the release's
date, so a label that would otherwise put results after it counts the year in which the fiscal year ends.
The convention is still inferred, not stated: the labels are warned as assumed."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, figure, parsed_release

_JUNE = "results-row-fy-label-ends-year-june.txt"


def _june() -> str:
    return (RELEASES / _JUNE).read_text(encoding="utf-8")


def test_june_results_row_names_the_year_it_ends_in() -> None:
    result = parsed_release(_JUNE)
    current = figure(result, "revenue", "2025-06-30", "actual")
    assert (current["value"], current["period_start"]) == (23_118_000_000, "2024-07-01")
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 21_406_000_000
    assert figure(result, "net_profit_attributable", "2026-06-30", "forecast")["value"] == 1_540_000_000
    assert not [w for w in result["warnings"] if "after the release's date" in w]
    assert any("Assumed how the fiscal-year label in row 'FY2025 (Results)'" in w for w in result["warnings"])


@pytest.mark.parametrize(
    ("month_end", "dated", "ended"),
    [("March 31", "May 12, 2025", "2025-03-31"), ("September 30", "November 7, 2025", "2025-09-30")],
)
def test_other_year_ends(month_end: str, dated: str, ended: str) -> None:
    text = _june().replace("June 30, 2025", f"{month_end}, 2025").replace("August 8, 2025", dated)
    text = text.replace("FY2025 (Results)", "FY2025 (Actual) ")
    result = parse_release(text)
    assert figure(result, "revenue", ended, "actual")["value"] == 23_118_000_000


def test_results_label_that_fits_either_reading_settles_nothing() -> None:
    """'FY2024 (Results)' in a March-year release of May 2025 is the year ended March 2025 read the
    Japanese way (2024年度) and March 2024 read by its end: both ended by then. Read as before."""
    text = _june().replace("June 30, 2025", "March 31, 2025").replace("August 8, 2025", "May 12, 2025")
    for old, new in (("FY2024", "FY2023"), ("FY2025", "FY2024"), ("FY2026", "FY2025")):
        text = text.replace(old, new)
    result = parse_release(text)
    assert figure(result, "revenue", "2025-03-31", "actual")["value"] == 23_118_000_000
    assert figure(result, "revenue", "2026-03-31", "forecast")["value"] == 24_500_000_000


def test_stated_convention_wins() -> None:
    """A note saying what the labels mean settles them; the results label is not needed."""
    note = "Results for FY2025 (fiscal year ended June 30, 2025) are below.\n\n"
    text = _june().replace("1. Consolidated", note + "1. Consolidated")
    result = parse_release(text)
    assert figure(result, "revenue", "2025-06-30", "actual")["value"] == 23_118_000_000
    assert not [w for w in result["warnings"] if w.startswith("Assumed how the fiscal-year label")]
