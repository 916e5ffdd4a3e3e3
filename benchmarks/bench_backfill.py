"""Benchmark: an end-to-end backfill through the nightly Dagster job, then a no-op and an incremental run.

Releases come from ``irwh synth`` (deterministic for the seed) and are dropped into a landing
folder; the ``ingest_and_load`` job (the one the nightly schedule and the sensor start) archives,
parses (worker processes), loads the star, refreshes the marts and runs the checks. Prints
``name: value unit`` lines; peak RSS covers this process and its parser workers.

    .venv/bin/python -m benchmarks.bench_backfill --releases 10000

Figures: ``backfill_seconds`` and ``backfill_peak_rss_mb`` (the job on an empty warehouse),
``noop_run_seconds`` (the job again, nothing new), ``incremental_run_seconds`` (100 new releases
on top), each as the job's wall time in a warm process, as the daemon's run worker sees it;
``noop_cli_run_seconds`` is ``irwh run`` from a cold start (interpreter and Dagster import
included), beside ``dagster_import_seconds``, the floor of any cold start.

Uses a throwaway database on IRWH_DATABASE_URL's server, else on a temporary embedded server.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from benchmarks.scratch_database import scratch_database
from etl.db.engine import make_engine
from etl.synth.writer import write_corpus

RELEASE_SUFFIXES = (".txt", ".html", ".pdf")
ROOT = Path(__file__).resolve().parents[1]


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


def land(files: list[Path], landing: Path) -> None:
    """Move generated releases (not their expected facts) into the landing folder."""
    landing.mkdir(parents=True, exist_ok=True)
    for path in files:
        path.rename(landing / path.name)


def run_job(job, instance, run_config: dict) -> float:
    started = time.perf_counter()
    result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config)
    seconds = time.perf_counter() - started
    if not result.success:
        raise SystemExit(f"the ingest_and_load job failed: {[e.message for e in result.all_events if e.is_failure]}")
    return seconds


def cold_seconds(*command: str) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def run(url: str, releases: int, seed: int, work: Path) -> None:
    landing = work / "landing"
    os.environ.update(IRWH_DATABASE_URL=url, IRWH_LANDING_DIR=str(landing), IRWH_HOME=str(work / "home"))
    started = time.perf_counter()
    # one corpus, its latest 100 releases held back: the increment continues the same companies' stories
    write_corpus(work / "corpus", releases=releases + 100, seed=seed)
    print(f"synth_seconds: {time.perf_counter() - started:.1f} s", flush=True)
    files = sorted(p for p in (work / "corpus").iterdir() if p.suffix in RELEASE_SUFFIXES)  # names start dated
    land(files[:-100], landing)

    import dagster as dg

    from dagster_project.definitions import defs
    from dagster_project.run import QUIET_LOGS

    job = defs.resolve_job_def("ingest_and_load")
    instance = dg.DagsterInstance.ephemeral()
    backfill = run_job(job, instance, QUIET_LOGS)
    engine = make_engine(url=url)
    with engine.connect() as conn:
        facts = conn.execute(text(
            "SELECT (SELECT count(*) FROM warehouse.fct_dividend) + (SELECT count(*) FROM warehouse.fct_actual) "
            "+ (SELECT count(*) FROM warehouse.fct_forecast_statement)")).scalar_one()
        loaded = conn.execute(text("SELECT count(*) FROM warehouse.dim_release WHERE release_key > 0")).scalar_one()
    engine.dispose()
    print(f"backfill_releases: {releases} releases")
    print(f"backfill_releases_loaded: {loaded} releases")
    print(f"backfill_fact_rows: {facts} rows")
    print(f"backfill_seconds: {backfill:.1f} s")
    print(f"backfill_releases_per_s: {releases / backfill:.0f} releases/s")
    print(f"backfill_peak_rss_mb: {peak_rss_mb():.0f} MB", flush=True)

    print(f"noop_run_seconds: {run_job(job, instance, QUIET_LOGS):.2f} s", flush=True)
    land(files[-100:], landing)
    print(f"incremental_run_seconds: {run_job(job, instance, QUIET_LOGS):.2f} s", flush=True)
    irwh = str(Path(sys.executable).with_name("irwh"))
    cold_seconds(irwh, "run")  # the first one creates the Dagster instance under IRWH_HOME
    print(f"noop_cli_run_seconds: {cold_seconds(irwh, 'run'):.2f} s")
    print(f"dagster_import_seconds: {cold_seconds(sys.executable, '-c', 'import dagster'):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="irwh-bench-") as work, scratch_database("irwh_bench_backfill") as url:
        run(url, args.releases, args.seed, Path(work))


if __name__ == "__main__":
    main()
