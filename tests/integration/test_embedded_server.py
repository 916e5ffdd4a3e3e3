"""The embedded server: TCP on 127.0.0.1, password auth, side-by-side instances, start/stop."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest

from etl.db import embedded
from etl.settings import load_settings
from tests.conftest import free_port, server_home


@pytest.fixture
def two_servers():
    base = load_settings()
    with server_home() as home:
        first = replace(base, home=home / "a", database_url=None, pg_port=free_port())
        second = replace(base, home=home / "b", database_url=None, pg_port=free_port())
        yield first, second
        for settings in (first, second):
            embedded.stop(settings)


def test_two_checkouts_run_side_by_side_and_take_tcp_connections(two_servers) -> None:
    first, second = two_servers
    for settings in two_servers:
        state = embedded.start(settings)
        assert state.running and state.port == settings.pg_port
    # A BI-style connection: host, port, user and password over TCP
    for settings in two_servers:
        url = embedded.libpq_url(settings)
        assert url.startswith("postgresql://irwh:") and f"@127.0.0.1:{settings.pg_port}/irwh" in url
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT current_database(), inet_server_port()").fetchone() == (
                "irwh", settings.pg_port)
    assert embedded.owner_password(first) != embedded.owner_password(second)


def test_start_is_idempotent_and_stop_stops(two_servers) -> None:
    settings, _ = two_servers
    pid = embedded.start(settings).pid
    assert embedded.start(settings).pid == pid
    assert embedded.stop(settings) is True
    assert not embedded.status(settings).running
    assert embedded.stop(settings) is False
    assert embedded.start(settings).running  # restarts on the same data


def test_wrong_password_is_refused(two_servers) -> None:
    settings, _ = two_servers
    embedded.start(settings)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(f"postgresql://irwh:wrong@127.0.0.1:{settings.pg_port}/irwh")


def test_a_taken_port_gives_an_actionable_error(two_servers) -> None:
    first, second = two_servers
    embedded.start(first)
    clash = replace(second, pg_port=first.pg_port)
    with pytest.raises(embedded.EmbeddedServerError, match="IRWH_PG_PORT"):
        embedded.start(clash)
