"""Fixtures for the parser tests: the shared dev corpus and helpers to look facts up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.parse import parse_release

SHARED = Path(__file__).parents[2].parent / "shared"
DEV = SHARED / "corpus" / "dev"
RELEASES = Path(__file__).with_name("releases")
"""Realistic releases of the layout families the tests cover, one file per case."""


def parsed_release(name: str) -> dict:
    """The parse of one file of :data:`RELEASES`."""
    return parse_release((RELEASES / name).read_text(encoding="utf-8"))


def figure(result: dict, metric: str, period_end: str, scenario: str, consolidated: bool | None = None) -> dict:
    """The one figure with this key; fails the test when it is missing."""
    found = [
        f
        for f in result["figures"]
        if f["metric"] == metric
        and f["period_end"] == period_end
        and f["scenario"] == scenario
        and (consolidated is None or f["consolidated"] is consolidated)
    ]
    assert len(found) == 1, (
        metric,
        period_end,
        scenario,
        [(f["metric"], f["period_end"], f["scenario"]) for f in result["figures"]],
    )
    return found[0]


def dividend(result: dict, fy_end: str, period: str, scenario: str) -> dict:
    found = [
        d
        for d in result["dividends"]
        if d["fiscal_year_end"] == fy_end and d["period"] == period and d["scenario"] == scenario
    ]
    assert len(found) == 1, (
        fy_end,
        period,
        scenario,
        [(d["fiscal_year_end"], d["period"], d["scenario"]) for d in result["dividends"]],
    )
    return found[0]


@pytest.fixture(scope="session")
def dev_cases() -> list[tuple[Path, dict]]:
    """(text file, expected facts) for every .txt case of the shared dev corpus."""
    if not DEV.is_dir():
        pytest.skip(f"shared dev corpus not found at {DEV}")
    return [(p, json.loads(p.with_suffix(".expected.json").read_text())) for p in sorted(DEV.glob("*.txt"))]
