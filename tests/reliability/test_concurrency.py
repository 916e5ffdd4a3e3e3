"""Promise 3: concurrent runs and ingests neither duplicate nor deadlock, and end with one run's marts.

Mutual exclusion is a PostgreSQL session advisory lock per pipeline step (``etl.db.locks``); the
raw archive takes concurrent ingests through ``INSERT ... ON CONFLICT (sha256)``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from etl.db.engine import make_engine
from etl.ingest.archive import ingest_paths
from etl.pipeline import run_pipeline
from tests.conftest import migrated_database
from tests.marts import mart_contents
from tests.reliability.conftest import FULL
from tests.reliability.corpus import valid_releases, write
from tests.reliability.test_crash_safety import consistent

ROUNDS = 4 if FULL else 1
IRWH = str(Path(sys.executable).with_name("irwh"))


@pytest.mark.promise("concurrency")
def test_two_runs_and_an_ingest_at_once_end_as_one_run(
    tally, engine, pg_admin_url: str, tmp_path: Path
) -> None:
    files = list(valid_releases(240, first_code=5000))
    landing, extra = tmp_path / "landing", tmp_path / "extra"
    write(landing, iter(files[:160]))
    write(extra, iter(files[80:]))  # overlaps the landing folder on purpose
    ingest_paths(engine, [landing, extra])
    run_pipeline(engine)
    reference = mart_contents(engine)

    for round_no in range(ROUNDS):
        with migrated_database(pg_admin_url) as url:
            env = {**os.environ, "IRWH_DATABASE_URL": url, "IRWH_LANDING_DIR": str(landing),
                   "IRWH_HOME": str(tmp_path / f"home-{round_no}")}
            commands = [[IRWH, "run"], [IRWH, "run"], [IRWH, "ingest", str(extra)]]
            processes = [subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                         for c in commands]
            outcomes = [(p.wait(timeout=600), p.stderr.read()) for p in processes]
            tally.tried(len(processes))
            tally.bad(sum(code != 0 for code, _ in outcomes))
            settle = subprocess.run([IRWH, "run"], env=env, capture_output=True, text=True, timeout=600)
            check = make_engine(url=url)
            try:
                same = settle.returncode == 0 and consistent(check) and mart_contents(check) == reference
            finally:
                check.dispose()
        tally.bad(0 if same else 1)
        assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
        assert same
