"""Test fixtures: one real PostgreSQL per test session, one database per test.

The server is the project's own embedded one (pgserver's binaries) in a temporary folder on a
free port, unless IRWH_TEST_DATABASE_URL names a server to use instead (its user must be
allowed to create databases). Migrations run once into a template database; each test gets a
fresh copy of it (CREATE DATABASE ... TEMPLATE is a file copy: milliseconds).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, make_url

from etl.settings import Settings, load_settings

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
SAMPLES_DIR = Path(__file__).resolve().parents[1] / "data" / "samples"
TEMPLATE_DB = "irwh_test_template"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_home() -> Iterator[Path]:
    """A state folder for an embedded test server, outside pytest's temporary tree.

    pytest makes its own tree private (mode 700) whenever a session starts; a server running as
    the unprivileged 'pgserver' user under it would lose its data directory mid-run.
    """
    home = Path(tempfile.mkdtemp(prefix="irwh-test-server-"))
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """libpq URL of a maintenance database on the test server."""
    given = os.environ.get("IRWH_TEST_DATABASE_URL")
    if given:
        yield given
        return
    from etl.db import embedded

    with server_home() as home:
        settings = replace(load_settings(), home=home, database_url=None, pg_port=free_port())
        embedded.start(settings)
        try:
            yield embedded.libpq_url(settings, "postgres")
        finally:
            embedded.stop(settings)


@pytest.fixture(scope="session")
def template_url(pg_admin_url: str) -> str:
    """A database migrated to head once, cloned for every test."""
    from etl.db import migrate

    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE_DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{TEMPLATE_DB}"')
    url = _with_database(pg_admin_url, TEMPLATE_DB)
    migrate.upgrade(url)
    return url


def _create_database(admin_url: str, template: str | None = None) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    return name


def _drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_db_url(pg_admin_url: str) -> Iterator[str]:
    """A brand-new empty database (for migration tests)."""
    name = _create_database(pg_admin_url)
    yield _with_database(pg_admin_url, name)
    _drop_database(pg_admin_url, name)


@contextmanager
def migrated_database(admin_url: str) -> Iterator[str]:
    """A fresh database cloned from the migrated template (needs the ``template_url`` fixture)."""
    from etl.db.migrate import secure_reader_access

    name = _create_database(admin_url, TEMPLATE_DB)
    url = _with_database(admin_url, name)
    try:
        secure_reader_access(url, None)  # what `irwh db upgrade` does for a real database
        yield url
    finally:
        _drop_database(admin_url, name)


@contextmanager
def migrated_engine(admin_url: str) -> Iterator[Engine]:
    """An engine on a second database of the test's own, for comparing loads side by side."""
    from etl.db.engine import make_engine

    with migrated_database(admin_url) as url:
        engine = make_engine(url=url)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture
def db_url(pg_admin_url: str, template_url: str) -> Iterator[str]:
    """A database of this test's own, migrated to head."""
    with migrated_database(pg_admin_url) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    from etl.db.engine import make_engine

    engine = make_engine(url=db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def warehouse_env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point every command and asset at this test's database, with state in a temp folder."""
    monkeypatch.setenv("IRWH_DATABASE_URL", db_url)
    monkeypatch.setenv("IRWH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("IRWH_LANDING_DIR", str(tmp_path / "landing"))
    (tmp_path / "landing").mkdir()
    return load_settings()
