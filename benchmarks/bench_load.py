"""Benchmark: staged fact rows loaded into the star per second, backfill and upsert, beside plain COPY.

Parses the bundled samples once, then stages copies of them as N releases of distinct companies
(codes 1000-9999) and times ``load_pending`` on the empty star (the bulk backfill path):
dimensions, facts, forecast versions with their knowledge intervals, all constraints in force.
Then stages N/5 revisions of the same releases (same companies and keys, later datelines,
forecasts revised) and times ``load_pending`` again (the incremental path: upserts that rebuild
the touched keys' revision chains). The limit is a plain COPY of the backfill's fact rows into
unindexed tables of the same shape, in the same run. Prints ``name: value unit`` lines.

    .venv/bin/python -m benchmarks.bench_load [--releases 5000] [--upsert-releases 1000]

Uses a throwaway database on IRWH_DATABASE_URL's server, else on a temporary embedded server.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, text

from benchmarks.scratch_database import scratch_database
from etl.db.engine import make_engine
from etl.ingest.extract import extract
from etl.load.star import LoadReport, load_pending
from etl.parse import PARSER_VERSION, parse_release
from etl.stage.write import StagedRelease, write_slices

ROOT = Path(__file__).resolve().parents[1]
FACT_TABLES = ("fct_dividend", "fct_actual", "fct_forecast_statement")  # the rows load_pending counts
REVISION_DAYS = 60


def sample_results() -> list[dict]:
    results = []
    for path in sorted((ROOT / "data" / "samples").glob("*.txt")):
        results.append(parse_release(extract(path.name, path.read_bytes()).text))
    return results


def as_company(result: dict, code: str) -> dict:
    clone = copy.deepcopy(result)
    clone["document"]["company"] = {"code": code, "name": f"Company {code}"}
    return clone


def _later(day: str | None) -> str | None:
    return (date.fromisoformat(day) + timedelta(days=REVISION_DAYS)).isoformat() if day else None


def revised(result: dict) -> dict:
    """The same release published later, with every forecast revised up 5% (a new version of each key)."""
    clone = copy.deepcopy(result)
    clone["document"]["published_on"] = _later(clone["document"].get("published_on"))
    for figure in clone["figures"]:
        if figure["scenario"] == "forecast":
            figure["announced_on"] = _later(figure["announced_on"])
            for field in ("value", "range_low", "range_high"):
                if figure[field] is not None:
                    figure[field] = round(figure[field] * 1.05)
    return clone


def stage(engine: Engine, templates: list[dict], releases: int, *, revision: bool = False) -> tuple[int, float]:
    """Stage ``releases`` copies of the templates (revised ones if ``revision``); returns (fact rows, seconds)."""
    slices = []
    with engine.begin() as conn:
        for i in range(releases):
            body = f"synthetic {'revision' if revision else 'release'} {i}".encode()
            release_id = conn.execute(text(
                "INSERT INTO raw.release (sha256, content, text, media_type, file_name, source_path, byte_size) "
                "VALUES (:sha, :content, 'x', 'text/plain', :name, :name, :size) RETURNING release_id"),
                {"sha": hashlib.sha256(body).hexdigest(), "content": body, "name": f"r{i}{'v' * revision}.txt",
                 "size": len(body)}).scalar_one()
            result = as_company(templates[i % len(templates)], str(1000 + i // len(templates) % 9000))
            slices.append(StagedRelease(release_id, PARSER_VERSION, "parsed", None,
                                        revised(result) if revision else result))
        started = time.perf_counter()
        write_slices(conn, slices)
        seconds = time.perf_counter() - started
    return sum(len(s.result["dividends"]) + len(s.result["figures"]) for s in slices), seconds


def timed_load(engine: Engine) -> tuple[LoadReport, float]:
    started = time.perf_counter()
    report = load_pending(engine)
    return report, time.perf_counter() - started


def copy_limit(engine: Engine) -> tuple[int, float]:
    """Plain COPY of the star's counted fact rows into unindexed tables of the same shape: (rows, seconds)."""
    driver = engine.raw_connection()
    try:
        with driver.cursor() as cur:
            data = {}
            for table in FACT_TABLES:
                with cur.copy(f"COPY warehouse.{table} TO STDOUT") as out:
                    data[table] = b"".join(bytes(chunk) for chunk in out)
                cur.execute(f"CREATE TABLE public.copy_{table} (LIKE warehouse.{table})")
            driver.commit()
            started = time.perf_counter()
            for table, rows in data.items():
                with cur.copy(f"COPY public.copy_{table} FROM STDIN") as into:
                    into.write(rows)
            driver.commit()
            seconds = time.perf_counter() - started
            count = sum(cur.execute(f"SELECT count(*) FROM public.copy_{t}").fetchone()[0] for t in FACT_TABLES)
            for table in FACT_TABLES:
                cur.execute(f"DROP TABLE public.copy_{table}")
            driver.commit()
            return count, seconds
    finally:
        driver.close()


def print_rate(step: str, rows_name: str, rows: int, seconds: float) -> None:
    print(f"{rows_name}_per_s: {rows / seconds:,.0f} rows/s")
    print(f"{step}_seconds: {seconds:.2f} s")
    print(f"{rows_name}: {rows} rows")


def run(url: str, releases: int, upsert_releases: int) -> None:
    engine = make_engine(url=url)
    templates = sample_results()
    staged_rows, staged_s = stage(engine, templates, releases)
    print(f"releases: {releases} releases")
    print(f"stage_fact_rows_per_s: {staged_rows / staged_s:,.0f} rows/s")

    report, load_s = timed_load(engine)
    fact_rows = sum(report.rows.values())
    print(f"load_path: {int(report.bulk)} (1 bulk, 0 batched)")
    print_rate("load", "load_fact_rows", fact_rows, load_s)

    rows, copy_s = copy_limit(engine)
    print_rate("copy_limit", "copy_limit_rows", rows, copy_s)

    stage(engine, templates, upsert_releases, revision=True)
    report, upsert_s = timed_load(engine)
    print(f"upsert_releases: {upsert_releases} releases")
    print_rate("upsert", "upsert_fact_rows", sum(report.rows.values()), upsert_s)

    started = time.perf_counter()
    load_pending(engine)
    print(f"noop_load_ms: {(time.perf_counter() - started) * 1000:.1f} ms")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=5000, help="backfill size (1000: under 30 s)")
    parser.add_argument("--upsert-releases", type=int, help="revisions loaded on top (default: releases / 5)")
    args = parser.parse_args()
    with scratch_database("irwh_bench_load") as url:
        run(url, args.releases, args.upsert_releases or max(1, args.releases // 5))


if __name__ == "__main__":
    main()
