"""Benchmark: staged fact rows loaded into the star per second (issue 4's figure).

Parses the bundled samples once, then stages copies of them as N releases of distinct companies
(codes 1000-9999) and times ``load_pending``: dimensions, facts, forecast versions with their
knowledge intervals, all constraints in force. Prints ``name: value unit`` lines.

    .venv/bin/python -m benchmarks.bench_load [--releases 5000]

Uses a throwaway database on IRWH_DATABASE_URL's server, else on a temporary embedded server.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import time
from pathlib import Path

from sqlalchemy import text

from benchmarks.scratch_database import scratch_database
from etl.db.engine import make_engine
from etl.ingest.extract import extract
from etl.load.star import load_pending
from etl.parse import PARSER_VERSION, parse_release
from etl.stage.write import StagedRelease, write_slices

ROOT = Path(__file__).resolve().parents[1]


def sample_results() -> list[dict]:
    results = []
    for path in sorted((ROOT / "data" / "samples").glob("*.txt")):
        results.append(parse_release(extract(path.name, path.read_bytes()).text))
    return results


def as_company(result: dict, code: str) -> dict:
    clone = copy.deepcopy(result)
    clone["document"]["company"] = {"code": code, "name": f"Company {code}"}
    return clone


def run(url: str, releases: int) -> None:
    engine = make_engine(url=url)
    templates = sample_results()
    slices = []
    with engine.begin() as conn:
        for i in range(releases):
            body = f"synthetic release {i}".encode()
            release_id = conn.execute(text(
                "INSERT INTO raw.release (sha256, content, text, media_type, file_name, source_path, byte_size) "
                "VALUES (:sha, :content, 'x', 'text/plain', :name, :name, :size) RETURNING release_id"),
                {"sha": hashlib.sha256(body).hexdigest(), "content": body, "name": f"r{i}.txt",
                 "size": len(body)}).scalar_one()
            result = as_company(templates[i % len(templates)], str(1000 + i // len(templates) % 9000))
            slices.append(StagedRelease(release_id, PARSER_VERSION, "parsed", None, result))
        started = time.perf_counter()
        write_slices(conn, slices)
        staged_s = time.perf_counter() - started
    staged_rows = sum(len(s.result["dividends"]) + len(s.result["figures"]) for s in slices)

    started = time.perf_counter()
    report = load_pending(engine)
    load_s = time.perf_counter() - started
    fact_rows = sum(report.rows.values())
    print(f"releases: {releases} releases")
    print(f"stage_fact_rows_per_s: {staged_rows / staged_s:,.0f} rows/s")
    print(f"load_fact_rows_per_s: {fact_rows / load_s:,.0f} rows/s")
    print(f"load_seconds: {load_s:.2f} s")
    print(f"load_fact_rows: {fact_rows} rows")
    started = time.perf_counter()
    load_pending(engine)
    print(f"noop_load_ms: {(time.perf_counter() - started) * 1000:.1f} ms")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=5000)
    args = parser.parse_args()
    with scratch_database("irwh_bench_load") as url:
        run(url, args.releases)


if __name__ == "__main__":
    main()
