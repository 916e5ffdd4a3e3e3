"""Promise 2: a crash mid-load leaves no partial batch, and the next run completes the warehouse."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from etl.checks import run_checks
from etl.db import embedded, migrate
from etl.db.engine import make_engine
from etl.ingest.archive import ingest_paths
from etl.pipeline import run_pipeline
from etl.settings import load_settings
from tests.conftest import free_port, migrated_database, server_home
from tests.marts import mart_contents
from tests.reliability.conftest import FULL
from tests.reliability.corpus import valid_releases, write

RELEASES = 1000 if FULL else 300
KILLS = 8 if FULL else 3
IRWH = str(Path(sys.executable).with_name("irwh"))


def start_run(db_url: str, landing: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "IRWH_DATABASE_URL": db_url, "IRWH_LANDING_DIR": str(landing), "IRWH_HOME": str(home)}
    return subprocess.Popen([IRWH, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def consistent(engine) -> bool:
    """What a reader sees: every check passes and every staged slice is whole."""
    with engine.connect() as conn:
        failing = [o.check.name for o in run_checks(conn, "warehouse") if not o.passed]
        torn = conn.execute(text(
            "SELECT count(*) FROM staging.release_parse p WHERE p.fact_count <> "
            "(SELECT count(*) FROM staging.dividend_fact d WHERE d.release_id = p.release_id) + "
            "(SELECT count(*) FROM staging.figure_fact f WHERE f.release_id = p.release_id)")).scalar_one()
    return not failing and torn == 0


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    landing = tmp_path / "landing"
    write(landing, valid_releases(RELEASES))
    return landing


@pytest.fixture
def reference_marts(corpus: Path, engine) -> dict:
    ingest_paths(engine, [corpus])
    run_pipeline(engine)
    return mart_contents(engine)


@pytest.mark.promise("crash_safety")
def test_sigkill_at_random_points_then_a_normal_run_gives_the_clean_marts(
    tally, reference_marts, corpus: Path, pg_admin_url: str, tmp_path: Path
) -> None:
    rng = random.Random(11)
    with migrated_database(pg_admin_url) as url:
        engine = make_engine(url=url)
        try:
            for _ in range(KILLS):
                tally.tried()
                run = start_run(url, corpus, tmp_path / "home")
                time.sleep(rng.uniform(3.0, 9.0))  # start-up takes ~5 s, then ingest, parse and load
                os.killpg(run.pid, signal.SIGKILL)
                run.wait()
                if not consistent(engine):
                    tally.bad()
            final = start_run(url, corpus, tmp_path / "home")
            _, err = final.communicate(timeout=300)
            assert final.returncode == 0, err[-2000:]
            if mart_contents(engine) != reference_marts or not consistent(engine):
                tally.bad()
            assert mart_contents(engine) == reference_marts
        finally:
            engine.dispose()


@pytest.mark.promise("crash_safety")
def test_a_database_restart_mid_run_fails_clearly_or_retries_and_the_next_run_completes(
    tally, reference_marts, corpus: Path, tmp_path: Path
) -> None:
    with server_home() as home:
        _restart_mid_run(tally, reference_marts, corpus, tmp_path, home)


def _restart_mid_run(tally, reference_marts: dict, corpus: Path, tmp_path: Path, home: Path) -> None:
    settings = replace(load_settings(), home=home, database_url=None, pg_port=free_port())
    embedded.start(settings)
    try:
        url = embedded.libpq_url(settings)
        migrate.upgrade(url)
        tally.tried()
        run = start_run(url, corpus, tmp_path / "home")
        time.sleep(4.0)
        embedded.stop(settings)
        time.sleep(1.0)
        embedded.start(settings)
        _, err = run.communicate(timeout=300)
        clear = run.returncode == 0 or ("irwh:" in err and "Traceback" not in err.split("irwh:")[-1])
        if not clear:
            tally.bad()
        final = start_run(url, corpus, tmp_path / "home")
        final.communicate(timeout=300)
        engine = make_engine(url=url)
        try:
            same = final.returncode == 0 and mart_contents(engine) == reference_marts
        finally:
            engine.dispose()
        if not same:
            tally.bad()
        assert clear, err[-2000:]
        assert same
    finally:
        embedded.stop(settings)
