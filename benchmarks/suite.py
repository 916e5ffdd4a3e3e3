"""Every benchmark in one run, each figure beside the limit measured in the same run, then the targets.

    .venv/bin/python -m benchmarks.suite            # make bench: the sizes the targets are set at
    .venv/bin/python -m benchmarks.suite --quick    # make bench-quick: small sizes, under 3 minutes

Each benchmark runs in its own process (so peak RSS is its own) and prints ``name: value unit``
lines, passed through as they come; a figure measured at several sizes is qualified as
``name[size]``. The closing table compares figures with the targets of issue 6; figures from the
quick sizes are not comparable with the targets and the table says so.
"""

from __future__ import annotations

import argparse
import operator
import re
import subprocess
import sys
import time
from dataclasses import dataclass

LINE = re.compile(r"^(?P<name>[\w\[\].]+): (?P<value>-?[\d.,]+) (?P<unit>\S.*)$")


@dataclass(frozen=True)
class Step:
    title: str
    module: str
    args: tuple[str, ...]
    qualifier: str = ""
    """Appended as ``[qualifier]`` to every figure name (for benchmarks run at several sizes)."""


FULL = (
    Step("parser, one core (limit: reading the same files)", "bench_parse", ("--seconds", "10")),
    Step("loading the star (limit: plain COPY of the same rows)", "bench_load", ("--releases", "10000")),
    Step("backfill through the nightly job, 10,000 releases", "bench_backfill", ("--releases", "10000"), "10000"),
    Step("backfill through the nightly job, 100,000 releases", "bench_backfill", ("--releases", "100000"), "100000"),
    Step("mart queries on ~10M fact rows (limit: fetching the same rows from a bare table)", "bench_marts",
         ("--companies", "4000", "--years", "16")),
)
QUICK = (
    Step("parser, one core (limit: reading the same files)", "bench_parse", ("--seconds", "3")),
    Step("loading the star (limit: plain COPY of the same rows)", "bench_load", ("--releases", "1000")),
    Step("backfill through the nightly job, 1,000 releases", "bench_backfill", ("--releases", "1000"), "1000"),
    Step("mart queries on ~0.5M fact rows (limit: fetching the same rows from a bare table)", "bench_marts",
         ("--companies", "400", "--years", "8", "--repeats", "20")),
)

# figure name pattern -> (comparison, target, unit) as issue 6 sets them for this 2-core machine
TARGETS: tuple[tuple[str, str, float, str], ...] = (
    (r"parse_releases_per_s", ">=", 1000, "releases/s"),
    (r"load_fact_rows_per_s", ">=", 150_000, "rows/s"),
    (r"upsert_fact_rows_per_s", ">=", 30_000, "rows/s"),
    (r"backfill_seconds\[100000\]", "<", 300, "s"),
    (r"backfill_peak_rss_mb\[\d+\]", "<", 1024, "MB"),
    (r"noop_run_seconds\[\d+\]", "<", 5, "s"),
    (r"incremental_run_seconds\[100000\]", "<", 15, "s"),
    (r"mart_query_p95_ms\[.*\]", "<", 50, "ms"),
)
COMPARE = {">=": operator.ge, "<": operator.lt}


def qualify(name: str, qualifier: str) -> str:
    return f"{name}[{qualifier}]" if qualifier else name


def run_step(step: Step, figures: dict[str, float]) -> None:
    print(f"\n## {step.title}", flush=True)
    command = [sys.executable, "-m", f"benchmarks.{step.module}", *step.args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            match = LINE.match(line.strip())
            if not match:
                print(line, end="", flush=True)
                continue
            name = qualify(match["name"], step.qualifier)
            figures[name] = float(match["value"].replace(",", ""))
            print(f"{name}: {match['value']} {match['unit']}", flush=True)
    if process.returncode:
        print(f"(benchmark {step.module} exited with {process.returncode})", flush=True)


def print_targets(figures: dict[str, float], quick: bool) -> None:
    print("\n## targets" + (" (quick sizes: indicative only)" if quick else ""))
    for pattern, comparison, target, unit in TARGETS:
        for name in sorted(n for n in figures if re.fullmatch(pattern, n)):
            verdict = "met" if COMPARE[comparison](figures[name], target) else "MISSED"
            print(f"{name}: {figures[name]:,.1f} {unit} (target {comparison} {target:,g} {unit}: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, under 3 minutes")
    args = parser.parse_args()
    started = time.perf_counter()
    figures: dict[str, float] = {}
    for step in QUICK if args.quick else FULL:
        run_step(step, figures)
    print_targets(figures, args.quick)
    print(f"\nbench_seconds: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
