"""A migrated database to benchmark in, dropped afterwards.

On IRWH_DATABASE_URL's server when set; otherwise on a temporary embedded server (its own port
and state folder, stopped afterwards), so a benchmark never touches the warehouse in use.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import psycopg
from sqlalchemy import make_url

from etl.db import embedded, migrate
from etl.settings import load_settings


@contextmanager
def scratch_database(name: str) -> Iterator[str]:
    """Yields the libpq URL of a fresh database ``name``, migrated to head."""
    settings = load_settings()
    if settings.database_url:
        with _database(settings.database_url, name) as url:
            yield url
        return
    with tempfile.TemporaryDirectory(prefix="irwh-bench-server-") as home:
        server = replace(settings, home=Path(home), pg_port=settings.pg_port + 7)
        embedded.start(server)
        try:
            with _database(embedded.libpq_url(server, "postgres"), name) as url:
                yield url
        finally:
            embedded.stop(server)


@contextmanager
def _database(admin_url: str, name: str) -> Iterator[str]:
    admin = make_url(admin_url).set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    migrate.upgrade(url)
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
