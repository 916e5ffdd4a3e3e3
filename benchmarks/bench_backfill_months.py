"""Benchmark: the same synthetic backfill unpartitioned, then partitioned by publication month.

Unpartitioned is what the nightly run does (one staging run, a parser process per core);
partitioned runs ``backfill_by_month`` once per month archived, ``--concurrency`` runs at a time
as a Dagster daemon would launch them, each run with the multiprocess executor and one parser
process, then one unpartitioned run for what no month holds. Prints ``name: value unit`` lines.

    .venv/bin/python -m benchmarks.bench_backfill_months --releases 2000 --concurrency 2
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import dagster as dg

from benchmarks.bench_backfill import release_files
from benchmarks.scratch_database import scratch_database
from dagster_project.backfill import backfill_job
from etl.db.engine import make_engine
from etl.ingest.archive import ingest_paths
from etl.ingest.dateline import releases_per_month
from etl.pipeline import run_pipeline
from etl.synth.writer import write_corpus


def unpartitioned(url: str, files: list[Path]) -> None:
    engine = make_engine(url=url)
    ingest_paths(engine, files)
    started = time.perf_counter()
    run_pipeline(engine)
    print(f"unpartitioned_parse_load_seconds: {time.perf_counter() - started:.1f} s")
    engine.dispose()


def partitioned(url: str, files: list[Path], concurrency: int, work: Path) -> None:
    engine = make_engine(url=url)
    ingest_paths(engine, files)
    months = [m.strftime("%Y-%m") for m, _ in releases_per_month(engine) if m]
    os.environ["IRWH_DATABASE_URL"] = url  # the runs' step processes read it
    os.environ["IRWH_BACKFILL_START"] = min(months)
    (work / "dagster").mkdir()
    started = time.perf_counter()
    with dg.DagsterInstance.local_temp(str(work / "dagster")) as instance, \
            ThreadPoolExecutor(max_workers=concurrency) as pool:
        runs = pool.map(lambda key: dg.execute_job(dg.reconstructable(backfill_job), instance=instance,
                                                   tags={"dagster/partition": key}), months)
        failed = [key for key, result in zip(months, runs, strict=True) if not result.success]
    partitions_s = time.perf_counter() - started
    run_pipeline(engine)  # the finishing run: undated releases, the snapshot and the marts
    total = time.perf_counter() - started
    print(f"partitioned_months: {len(months)} partitions ({len(failed)} failed)")
    print(f"partitioned_runs_seconds: {partitions_s:.1f} s")
    print(f"partitioned_parse_load_seconds: {total:.1f} s")
    print(f"partitioned_seconds_per_partition: {partitions_s * concurrency / len(months):.1f} s")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="irwh-bench-") as work:
        corpus = Path(work) / "corpus"
        write_corpus(corpus, releases=args.releases, seed=args.seed)
        files = release_files(corpus)
        print(f"releases: {len(files)} files")
        with scratch_database("irwh_bench_unpartitioned") as url:
            unpartitioned(url, files)
        with scratch_database("irwh_bench_partitioned") as url:
            partitioned(url, files, args.concurrency, Path(work))


if __name__ == "__main__":
    main()
