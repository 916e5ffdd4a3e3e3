"""Writes a corpus one release at a time: the release file and its NAME.expected.json beside it.

The only impure module: everything it writes comes from the pure layouts, so the same seed gives
byte-identical files, and nothing about earlier releases is kept (constant memory for any N).
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from etl.synth.layouts import (
    correction,
    dividend_notice,
    dividend_revision,
    results_vs_forecast,
    revision,
    tanshin,
    tanshin_columns,
)
from etl.synth.noise import add_noise
from etl.synth.timeline import Event, events

_SLUGS = {3: "q1-summary", 6: "q2-summary", 9: "q3-summary", 12: "fy-summary"}


@dataclass
class Stats:
    releases: int = 0
    bytes: int = 0
    seconds: float = 0.0
    families: Counter = field(default_factory=Counter)
    noise: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        rate = self.releases / self.seconds if self.seconds else 0.0
        families = ", ".join(f"{k} {v}" for k, v in sorted(self.families.items()))
        noise = ", ".join(f"{k} {v}" for k, v in sorted(self.noise.items())) or "none"
        return (f"{self.releases} releases ({self.bytes / 1e6:.1f} MB) in {self.seconds:.1f} s, "
                f"{rate:,.0f} releases/s; families: {families}; noise: {noise}")


def render(seed: int, event: Event) -> tuple[str, str, str, dict]:
    """(family label, file suffix, text, expected facts) of one event."""
    c, year = event.company, event.year
    if event.family == "summary" and tanshin_columns.uses_columns(c, event.months):
        _, text, expected = tanshin_columns.render(seed, c, year, event.months)
        return "summary_period_columns", ".txt", text, expected
    if event.family == "summary":
        _, text, expected = tanshin.render(seed, c, year, event.months)
        return f"summary_{'cells' if c.style & 1 else 'rows'}", ".txt", text, expected
    if event.family == "revision":
        _, text, expected = revision.render(seed, c, year)
        shape = revision.shape_of(c)
        return f"revision_{shape}", ".html" if shape == "html" else ".txt", text, expected
    if event.family == "correction":
        _, text, expected = correction.render(seed, c, year)
        return "correction", ".txt", text, expected
    if event.family == "versus":
        _, text, expected = results_vs_forecast.render(seed, c, year)
        return "results_vs_forecast", ".txt", text, expected
    if event.family == "dividend_revision":
        _, text, expected = dividend_revision.render(seed, c, year)
        return "dividend_revision", ".txt", text, expected
    _, text, expected = dividend_notice.render(seed, c, year)
    press = c.dividend_terms == ("interim", "year_end") and c.style & 8
    return f"dividend_notice_{'press' if press else 'table'}", ".txt", text, expected


def file_stem(event: Event) -> str:
    slug = _SLUGS[event.months] if event.family == "summary" else {
        "revision": "forecast-revision", "versus": "results-vs-forecast", "dividend": "dividend",
        "dividend_revision": "dividend-forecast-revision", "correction": "correction"}[event.family]
    return f"{event.published.isoformat()}-{event.company.code.lower()}-{slug}"


def write_corpus(out_dir: Path, *, releases: int, seed: int) -> Stats:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stats = Stats()
    started = time.perf_counter()
    for event in events(seed, releases):
        family, suffix, text, expected = render(seed, event)
        stem = file_stem(event)
        if suffix == ".txt":
            text, damage = add_noise(text, random.Random(f"noise:{seed}:{stem}"))
            stats.noise[damage or "clean"] += 1
        body = text.encode()
        (out_dir / f"{stem}{suffix}").write_bytes(body)
        (out_dir / f"{stem}.expected.json").write_text(json.dumps(expected) + "\n")
        stats.releases += 1
        stats.bytes += len(body)
        stats.families[family] += 1
    stats.seconds = time.perf_counter() - started
    return stats
