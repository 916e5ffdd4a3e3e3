"""Benchmark: an end-to-end backfill of a synthetic corpus, then a no-op and an incremental run.

Releases come from ``irwh synth`` (deterministic for the seed); the pipeline is the one the
nightly run uses: archive -> parse (worker processes) -> load the star -> refresh marts -> checks.
Prints ``name: value unit`` lines; peak RSS covers this process and its parser workers.

    .venv/bin/python -m benchmarks.bench_backfill --releases 10000

Uses a throwaway database on IRWH_DATABASE_URL's server, else on a temporary embedded server.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from benchmarks.scratch_database import scratch_database
from etl.checks import run_checks
from etl.db.engine import make_engine
from etl.ingest.archive import ingest_paths
from etl.pipeline import run_pipeline
from etl.synth.writer import write_corpus

RELEASE_SUFFIXES = (".txt", ".html", ".pdf")


def release_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in RELEASE_SUFFIXES)


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s", flush=True)
    return result, seconds


def run(url: str, releases: int, seed: int, work: Path) -> None:
    engine = make_engine(url=url)

    corpus, extra = work / "corpus", work / "extra"
    write_corpus(corpus, releases=releases, seed=seed)
    write_corpus(extra, releases=100, seed=seed + 1)
    files = release_files(corpus)

    started = time.perf_counter()
    timed("backfill_ingest_seconds", lambda: ingest_paths(engine, files))
    report, _ = timed("backfill_parse_load_seconds", lambda: run_pipeline(engine))
    with engine.connect() as conn:
        timed("backfill_checks_seconds", lambda: run_checks(conn))
        facts = conn.execute(text(
            "SELECT (SELECT count(*) FROM warehouse.fct_dividend) + (SELECT count(*) FROM warehouse.fct_actual) "
            "+ (SELECT count(*) FROM warehouse.fct_forecast_statement)")).scalar_one()
    total = time.perf_counter() - started
    print(f"backfill_releases: {releases} releases")
    print(f"backfill_fact_rows: {facts} rows")
    print(f"backfill_seconds: {total:.1f} s")
    print(f"backfill_releases_per_s: {releases / total:.0f} releases/s")
    print(f"backfill_peak_rss_mb: {peak_rss_mb():.0f} MB")
    print(f"parsed_by_status: {report.staged.by_status}")

    timed("noop_run_seconds", lambda: (ingest_paths(engine, files, count_sightings=False), run_pipeline(engine)))
    timed("incremental_run_seconds",
          lambda: (ingest_paths(engine, release_files(extra), count_sightings=False), run_pipeline(engine)))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="irwh-bench-") as work, scratch_database("irwh_bench_backfill") as url:
        run(url, args.releases, args.seed, Path(work))


if __name__ == "__main__":
    main()
