"""Promise 4: re-ingesting everything changes no row; releases in any order give identical marts."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from sqlalchemy import text

from etl.ingest.archive import ingest_paths
from etl.pipeline import run_pipeline
from tests.conftest import migrated_engine
from tests.marts import mart_contents
from tests.reliability.conftest import FULL
from tests.reliability.corpus import valid_releases, write

ORDERS = 5 if FULL else 2
TABLES = text(
    "SELECT format('%I.%I', schemaname, relname) FROM pg_stat_user_tables "
    "WHERE schemaname IN ('staging', 'warehouse', 'mart') ORDER BY 1"
)


def checksum(contents: dict[str, list[tuple]]) -> str:
    return hashlib.sha256(repr(sorted(contents.items())).encode()).hexdigest()


def table_state(engine) -> dict[str, tuple[int, int]]:
    """Per table: row count, and the newest transaction id that wrote a row still there."""
    with engine.connect() as conn:
        state = {}
        for table in conn.execute(TABLES).scalars():
            count, newest = conn.execute(text(
                f"SELECT count(*), coalesce(max(xmin::text::bigint), 0) FROM {table}")).one()
            state[table] = (count, newest)
        return state


def changed_rows(engine, since: int) -> int:
    """Rows written (inserted or updated) after transaction ``since``, plus rows gone."""
    with engine.connect() as conn:
        total = 0
        for table in conn.execute(TABLES).scalars():
            total += conn.execute(text(f"SELECT count(*) FROM {table} WHERE xmin::text::bigint > :since"),
                                  {"since": since}).scalar_one()
        return total


@pytest.mark.promise("idempotence")
def test_reingesting_everything_changes_no_row(tally, engine, tmp_path: Path) -> None:
    folder = tmp_path / "all"
    write(folder, valid_releases(120, first_code=6000))
    ingest_paths(engine, [folder])
    run_pipeline(engine)
    before, before_marts = table_state(engine), mart_contents(engine)
    with engine.connect() as conn:
        since = conn.execute(text("SELECT txid_current() % 4294967296")).scalar_one()

    ingest_paths(engine, [folder])
    run_pipeline(engine)
    after = table_state(engine)
    gone = sum(max(0, before[t][0] - after.get(t, (0, 0))[0]) for t in before)
    changed = changed_rows(engine, since) + gone
    tally.tried(sum(len(rows) for rows in before_marts.values()))
    tally.bad(changed + (mart_contents(engine) != before_marts))
    assert changed == 0
    assert mart_contents(engine) == before_marts


@pytest.mark.promise("idempotence")
def test_releases_in_random_orders_give_identical_marts(tally, engine, pg_admin_url: str, tmp_path: Path) -> None:
    files = sorted(write(tmp_path / "all", valid_releases(60, first_code=7000)))
    for name in files:
        ingest_paths(engine, [tmp_path / "all" / name])
    run_pipeline(engine)
    reference = checksum(mart_contents(engine))
    rng = random.Random(3)
    for _ in range(ORDERS):
        order = files[:]
        rng.shuffle(order)
        with migrated_engine(pg_admin_url) as shuffled:
            for chunk in range(0, len(order), 15):  # several runs, each loading a random slice
                ingest_paths(shuffled, [tmp_path / "all" / name for name in order[chunk:chunk + 15]])
                run_pipeline(shuffled)
            tally.tried()
            got = checksum(mart_contents(shuffled))
        tally.bad(got != reference)
        assert got == reference
