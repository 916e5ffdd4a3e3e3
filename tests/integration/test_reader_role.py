"""The read-only BI role: reads the marts and the star, nothing else, and writes nowhere."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import make_url

from etl.db import migrate
from etl.ingest.archive import ingest_paths
from tests.conftest import SAMPLES_DIR

PASSWORD = "reader-test-pw"


@pytest.fixture
def reader_url(db_url: str, engine) -> str:
    ingest_paths(engine, [SAMPLES_DIR / "iij-2018-05-24-dividend.txt"])
    migrate.downgrade(db_url, "0002")
    migrate.upgrade(db_url, reader_password=PASSWORD)
    return make_url(db_url).set(username="irwh_reader", password=PASSWORD).render_as_string(hide_password=False)


def test_reader_can_read_marts_and_star(reader_url: str) -> None:
    with psycopg.connect(reader_url) as conn:
        assert conn.execute("SELECT count(*) FROM mart.releases").fetchone() == (1,)
        conn.execute("SELECT * FROM warehouse.dim_date LIMIT 1")
        conn.execute("SELECT * FROM mart.forecasts LIMIT 1")


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT content FROM raw.release",
        "SELECT * FROM staging.release_parse",
        "INSERT INTO warehouse.dim_metric VALUES (99, 'x', 'x', 'money')",
        "UPDATE warehouse.dim_company SET company_name = 'x'",
        "DELETE FROM warehouse.dim_date",
        "TRUNCATE warehouse.fct_dividend",
        "CREATE TABLE public.sneaky (id int)",
        "CREATE TABLE mart.sneaky (id int)",
        "CREATE TEMP TABLE sneaky (id int)",
        "CREATE SCHEMA sneaky",
        "DROP VIEW mart.dividends",
    ],
)
def test_reader_is_refused_everything_else(reader_url: str, statement: str) -> None:
    with psycopg.connect(reader_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)
