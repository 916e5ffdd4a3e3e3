"""Quarterly breakdowns titled '1Q 2Q 3Q 4Q Full year' (supplementary materials): each quarter is
stand-alone or cumulative as the document shows it (month spans under the markers, or the heading's
words), in the year the table's own line names; and the supplementary materials' title."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import figure, parsed_release


def _periods(result: dict, metric: str) -> list[tuple[str, str, str]]:
    found = [f for f in result["figures"] if f["metric"] == metric]
    return sorted((f["period_start"], f["period_end"], f["scenario"]) for f in found)


def test_two_years_of_stand_alone_quarters_under_month_spans() -> None:
    """Two tables back to back, each under its year's line: 40 facts, each quarter its own three months
    (June year end), the full year whole; the 'stand-alone quarters' heading leaves them consolidated.
    The orders table below holds none of our metrics."""
    result = parsed_release("supplementary-quarterly-breakdown-month-spans.txt")
    assert result["document"]["title"] == (
        "Supplementary Materials on Consolidated Financial Results for the Fiscal Year Ended June 30, 2025"
    )
    assert len(result["figures"]) == 40 and result["warnings"] == []
    assert _periods(result, "revenue") == sorted(
        [
            ("2024-07-01", "2024-09-30", "actual"),
            ("2024-10-01", "2024-12-31", "actual"),
            ("2025-01-01", "2025-03-31", "actual"),
            ("2025-04-01", "2025-06-30", "actual"),
            ("2024-07-01", "2025-06-30", "actual"),
            ("2023-07-01", "2023-09-30", "actual"),
            ("2023-10-01", "2023-12-31", "actual"),
            ("2024-01-01", "2024-03-31", "actual"),
            ("2024-04-01", "2024-06-30", "actual"),
            ("2023-07-01", "2024-06-30", "actual"),
        ]
    )
    q2 = figure(result, "revenue", "2024-12-31", "actual")
    assert (q2["value"], q2["period_start"], q2["consolidated"]) == (8_644_000_000, "2024-10-01", True)
    prior_year = [f for f in result["figures"] if f["period_end"] == "2024-06-30" and f["metric"] == "ordinary_profit"]
    assert sorted(f["value"] for f in prior_year) == [779_000_000, 2_650_000_000]


_BREAKDOWN = """{day}
Company name: Minato Chemical Co., Ltd.
Securities code: 4187

1. {heading}
{year_line}
({unit})
{titles}
{spans}
Net sales {revenue}
Operating profit {op}
Profit attributable to owners of parent {npa}
"""
_DECEMBER = {
    "day": "February 13, 2025",
    "year_line": "Fiscal year ended December 31, 2024",
    "unit": "Millions of yen",
    "revenue": "5,010 5,220 5,430 5,840 21,500",
    "op": "402 415 433 450 1,700",
    "npa": "280 290 300 330 1,200",
}
_DECEMBER_STAND_ALONE = [
    ("2024-01-01", "2024-03-31", 5_010_000_000),
    ("2024-04-01", "2024-06-30", 5_220_000_000),
    ("2024-07-01", "2024-09-30", 5_430_000_000),
    ("2024-10-01", "2024-12-31", 5_840_000_000),
    ("2024-01-01", "2024-12-31", 21_500_000_000),
]


def _revenue(result: dict) -> list[tuple[str, str, int]]:
    found = [f for f in result["figures"] if f["metric"] == "revenue"]
    return sorted((f["period_start"], f["period_end"], f["value"]) for f in found)


@pytest.mark.parametrize(
    "fields",
    [
        {  # December year end, spans only
            "heading": "Quarterly consolidated results",
            "titles": "1Q 2Q 3Q 4Q Full year",
            "spans": "(Jan.-Mar.) (Apr.-Jun.) (Jul.-Sep.) (Oct.-Dec.)",
        },
        {  # the heading's words, no spans; 'Q1 ... Total' titles
            "heading": "Consolidated results (stand-alone quarters)",
            "titles": "Q1 Q2 Q3 Q4 Total",
            "spans": "",
        },
        {  # 'three months' each, in the heading; spans spelled in full months with en dashes
            "heading": "Consolidated results for each three-month period",
            "titles": "1Q 2Q 3Q 4Q Full-year",
            "spans": "(January–March) (April–June) (July–September) (October–December)",
        },
    ],
)
def test_stand_alone_quarters_shown_by_spans_or_headings(fields: dict) -> None:
    result = parse_release(_BREAKDOWN.format(**{**_DECEMBER, **fields}))
    assert _revenue(result) == sorted(_DECEMBER_STAND_ALONE)
    assert len(result["figures"]) == 15
    assert {f["consolidated"] for f in result["figures"]} == {True}


def test_billions_and_the_year_from_the_line_not_the_release() -> None:
    """Billions of yen; the prior year's breakdown (its own line) in a release of the next year."""
    fields = {
        **_DECEMBER,
        "day": "May 12, 2026",
        "unit": "Billions of yen",
        "revenue": "5.0 5.2 5.4 5.8 21.4",
        "heading": "Consolidated results by quarter",
        "titles": "1Q 2Q 3Q 4Q Full year",
        "spans": "(Jan.-Mar.) (Apr.-Jun.) (Jul.-Sep.) (Oct.-Dec.)",
    }
    result = parse_release(_BREAKDOWN.format(**fields))
    assert [r[:2] for r in _revenue(result)] == [r[:2] for r in sorted(_DECEMBER_STAND_ALONE)]
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 5_200_000_000


def test_cumulative_spans_read_cumulative() -> None:
    """Spans running from the year's first month ('(Jan.-Jun.)') show cumulative quarters."""
    fields = {
        **_DECEMBER,
        "heading": "Consolidated results by quarter",
        "titles": "1Q 2Q 3Q 4Q Full year",
        "spans": "(Jan.-Mar.) (Jan.-Jun.) (Jan.-Sep.) (Jan.-Dec.)",
    }
    result = parse_release(_BREAKDOWN.format(**fields))
    starts = {f["period_start"] for f in result["figures"]}
    assert starts == {"2024-01-01"}
    assert figure(result, "revenue", "2024-09-30", "actual")["value"] == 5_430_000_000


@pytest.mark.parametrize(
    "spans",
    [
        "",  # nothing shows whether the quarters are stand-alone or cumulative
        "(Feb.-Apr.) (May-Jul.) (Aug.-Oct.) (Nov.-Jan.)",  # spans that are not this year's quarters
    ],
)
def test_quarters_the_document_does_not_place_are_not_read(spans: str) -> None:
    fields = {**_DECEMBER, "heading": "Consolidated results by quarter", "titles": "1Q 2Q 3Q 4Q Full year"}
    result = parse_release(_BREAKDOWN.format(**{**fields, "spans": spans}))
    assert result["figures"] == []
    assert any("could not be matched" in w for w in result["warnings"])


def test_a_quarter_not_yet_ended_is_a_forecast() -> None:
    """A Q3 release's breakdown showing the fourth quarter and the year as planned."""
    fields = {
        **_DECEMBER,
        "day": "November 10, 2024",
        "heading": "Consolidated results (stand-alone quarters)",
        "titles": "1Q 2Q 3Q 4Q Full year",
        "spans": "",
    }
    result = parse_release(_BREAKDOWN.format(**fields))
    scenarios = {(f["period_start"], f["scenario"]) for f in result["figures"] if f["metric"] == "revenue"}
    assert scenarios == {
        ("2024-01-01", "actual"),
        ("2024-04-01", "actual"),
        ("2024-07-01", "actual"),
        ("2024-10-01", "forecast"),
        ("2024-01-01", "forecast"),
    }


def test_stand_alone_basis_still_means_parent_only() -> None:
    """'On a stand-alone basis' keeps its reading (non-consolidated); only 'stand-alone quarters' is freed."""
    from etl.parse.standards import consolidated_in

    assert consolidated_in("Results on a stand-alone basis") is False
    assert consolidated_in("Consolidated results (stand-alone quarters)") is True
    assert consolidated_in("Quarterly results (stand-alone three months)") is None
