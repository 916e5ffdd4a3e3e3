"""Promise 5: the BI role reads and nothing more; credentials never show in output, logs or errors."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from etl.db import migrate
from etl.ingest.archive import ingest_paths
from etl.pipeline import run_pipeline
from tests.reliability.corpus import hostile_inputs, valid_releases, write

READER_PASSWORD = "reader-Pw-7c1f0e"
FORBIDDEN = [
    "SELECT content FROM raw.release LIMIT 1",
    "SELECT text FROM raw.release LIMIT 1",
    "SELECT * FROM staging.release_parse LIMIT 1",
    "SELECT * FROM staging.figure_fact LIMIT 1",
    "INSERT INTO warehouse.dim_metric VALUES (99, 'x', 'x', 'money')",
    "UPDATE warehouse.dim_company SET company_name = 'x'",
    "DELETE FROM warehouse.fct_dividend",
    "TRUNCATE warehouse.fct_actual",
    "TRUNCATE mart.latest_forecasts",
    "REFRESH MATERIALIZED VIEW mart.latest_forecasts",
    "CREATE TABLE public.sneaky (id int)",
    "CREATE TABLE warehouse.sneaky (id int)",
    "CREATE TEMP TABLE sneaky (id int)",
    "CREATE SCHEMA sneaky",
    "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "CREATE VIEW mart.sneaky AS SELECT 1",
    "DROP VIEW mart.dividends",
    "ALTER TABLE warehouse.dim_date ADD COLUMN x int",
    "SELECT nextval('warehouse.dim_company_company_key_seq')",
    "SELECT setval('warehouse.fct_actual_actual_key_seq', 1)",
    "SELECT lo_create(0)",
    "GRANT SELECT ON raw.release TO irwh_reader",
    "COPY warehouse.dim_metric FROM STDIN",
    "SELECT pg_read_file('/etc/passwd')",
    "ALTER ROLE irwh_reader SUPERUSER",
]


@pytest.fixture
def loaded(db_url: str, engine, tmp_path: Path) -> str:
    folder = tmp_path / "drop"
    write(folder, valid_releases(10, first_code=8000))
    write(folder, hostile_inputs(60, rng=random.Random(5), huge=False))
    ingest_paths(engine, [folder])
    run_pipeline(engine)
    migrate.upgrade(db_url, reader_password=READER_PASSWORD)
    return db_url


@pytest.mark.promise("access")
def test_the_reader_role_is_refused_every_write_and_every_internal_read(tally, loaded: str) -> None:
    reader = make_url(loaded).set(username="irwh_reader", password=READER_PASSWORD)
    url = reader.render_as_string(hide_password=False)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) > 0 FROM mart.dividends").fetchone() == (True,)
    succeeded = []
    for statement in FORBIDDEN:
        tally.tried()
        with psycopg.connect(url, autocommit=True) as conn:
            try:
                conn.execute(statement)
            except psycopg.Error:
                continue
        succeeded.append(statement)
    tally.bad(len(succeeded))
    assert succeeded == []


@pytest.mark.promise("access")
def test_credentials_never_appear_in_output_logs_or_errors(tally, loaded: str, tmp_path: Path) -> None:
    owner_password = make_url(loaded).password
    secrets = [owner_password, READER_PASSWORD]
    irwh = str(Path(sys.executable).with_name("irwh"))
    home = tmp_path / "home"
    env = {**os.environ, "IRWH_DATABASE_URL": loaded, "IRWH_HOME": str(home),
           "IRWH_LANDING_DIR": str(tmp_path / "landing"), "IRWH_READER_PASSWORD": READER_PASSWORD}
    down = {**env, "IRWH_DATABASE_URL": make_url(loaded).set(port=1).render_as_string(hide_password=False)}
    runs = [
        (["status"], env), (["run"], env), (["db", "status"], env), (["db", "upgrade"], env),
        (["sql", "SELECT * FROM mart.releases"], env), (["sql", "SELECT * FROM nowhere"], env),
        (["status"], down), (["run"], down), (["ingest", str(tmp_path)], down), (["sql", "SELECT 1"], down),
    ]
    leaks = []
    for args, environment in runs:
        tally.tried()
        result = subprocess.run([irwh, *args], env=environment, capture_output=True, text=True, timeout=300)
        output = result.stdout + result.stderr
        if any(secret in output for secret in secrets):
            leaks.append(args)
        if "Traceback" in output:
            leaks.append([*args, "traceback"])
    for path in home.rglob("*"):  # Dagster's run storage and logs under IRWH_HOME
        if path.is_file():
            tally.tried()
            data = path.read_bytes()
            if any(secret.encode() in data for secret in secrets):
                leaks.append([str(path)])
    tally.bad(len(leaks))
    assert leaks == []
