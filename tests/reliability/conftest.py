"""The reliability report: each promise's test records how many attempts it made and how many went bad.

``make reliability`` runs these tests at full size (IRWH_RELIABILITY_FULL=1) and prints one line
per promise, ``name: tried N, bad M``; ``make test`` runs a smaller, faster version of the same.
"""

from __future__ import annotations

import os

import pytest

FULL = os.environ.get("IRWH_RELIABILITY_FULL") == "1"
RESULTS: dict[str, list[int]] = {}


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        RESULTS.setdefault(name, [0, 0])

    def tried(self, n: int = 1) -> None:
        RESULTS[self.name][0] += n

    def bad(self, n: int = 1) -> None:
        RESULTS[self.name][1] += n


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Tally:
    return Tally(request.node.get_closest_marker("promise").args[0])



def pytest_terminal_summary(terminalreporter) -> None:
    if RESULTS:
        terminalreporter.section("reliability")
        for name, (tried, bad) in RESULTS.items():
            terminalreporter.write_line(f"{name}: tried {tried}, bad {bad}")
