"""Profit attributable to non-controlling interests ('noncontrolling', 'non controlling', 'minority
interests') is not the parent's profit: its column or row yields nothing and keeps its place, so the
attributable profit beside it is still read."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.figures import metric_of
from tests.parse.conftest import figure, parsed_release


def test_revision_with_noncontrolling_column_before_the_parent_column() -> None:
    result = parsed_release("usgaap-revision-noncontrolling-interests-column.txt")
    assert figure(result, "net_profit_attributable", "2025-12-31", "forecast")["value"] == 8_700_000_000
    assert figure(result, "net_profit_attributable", "2025-12-31", "previous_forecast")["value"] == 9_800_000_000
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == 9_240_000_000
    assert figure(result, "profit_before_tax", "2025-12-31", "forecast")["value"] == 13_600_000_000
    assert not [f for f in result["figures"] if f["value"] in (1_100_000_000, 950_000_000, 1_020_000_000)]
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "label",
    [
        "Net income attributable to noncontrolling interests",
        "Net income attributable to non controlling interests",
        "Profit attributable to non-controlling interests",
        "Net income attributable to minority interests",
        "Minority interests in income",
        "Profit attributable to noncontrolling shareholders",
    ],
)
def test_noncontrolling_labels_name_no_metric(label: str) -> None:
    assert metric_of(label) is None


_ROWS = """Consolidated Financial Results for the Six Months Ended {half_end} (U.S. GAAP)
{day}
Company name: Shiogama Instruments Corporation
Securities code: 6861
1. Consolidated results for the first half of the fiscal year ending {fy_end}
({unit})
Six months ended {prior_end} Six months ended {half_end}
Net sales 48,200 51,900
Operating income 4,120 4,680
{first}
{second}
"""
_PARENT = "Net income attributable to Shiogama Instruments Corporation 2,730 3,040"
_NCI = "{label} 310 355"


@pytest.mark.parametrize("label", ["Net income attributable to noncontrolling interests", "Minority interests 310"])
@pytest.mark.parametrize("nci_first", [True, False])
@pytest.mark.parametrize(
    ("day", "half_end", "prior_end", "fy_end", "unit"),
    [
        ("November 6, 2025", "September 30, 2025", "September 30, 2024", "March 31, 2026", "Millions of yen"),
        ("August 7, 2025", "June 30, 2025", "June 30, 2024", "December 31, 2025", "Yen in millions"),
    ],
)
def test_noncontrolling_row_yields_nothing(
    label: str, nci_first: bool, day: str, half_end: str, prior_end: str, fy_end: str, unit: str
) -> None:
    nci = _NCI.format(label=label.removesuffix(" 310"))
    first, second = (nci, _PARENT) if nci_first else (_PARENT, nci)
    text = _ROWS.format(
        day=day, half_end=half_end, prior_end=prior_end, fy_end=fy_end, unit=unit, first=first, second=second
    )
    result = parse_release(text)
    profits = sorted(
        (f["period_end"], f["value"]) for f in result["figures"] if f["metric"] == "net_profit_attributable"
    )
    year = int(half_end[-4:])
    month = "09-30" if half_end.startswith("September") else "06-30"
    assert profits == [(f"{year - 1}-{month}", 2_730_000_000), (f"{year}-{month}", 3_040_000_000)]
    assert result["warnings"] == []
    assert not [f for f in result["figures"] if f["value"] in (310_000_000, 355_000_000)]
