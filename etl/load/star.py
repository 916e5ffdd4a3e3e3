"""Load staged releases into the star: a bounded batch per transaction, or a backfill in one.

The SQL lives in ``sql/`` beside this module and runs in file-name order against a temporary
``load_batch`` table of release ids. Every step is set-based; re-running a batch replaces the
batch's rows and recomputes the revision chains of the keys it touches, so loading twice, or
in any order, or in one bulk pass, gives the same warehouse. A failure rolls the whole
transaction back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from etl.db.locks import advisory_lock
from etl.load.outcomes import refresh_outcomes

BATCH_SIZE = 1000
WORK_MEM = "64MB"
BULK_FROM = 500  # pending releases from which a load into a star without facts takes the bulk path
SQL_DIR = Path(__file__).with_name("sql")

PENDING = text(
    """
    SELECT p.release_id
    FROM staging.release_parse p
    LEFT JOIN warehouse.dim_release d USING (release_id)
    WHERE d.release_id IS NULL OR d.parser_version IS DISTINCT FROM p.parser_version OR d.loaded_at < p.parsed_at
    ORDER BY p.release_id
    LIMIT :limit
    """
)
BULK_POSSIBLE = text(
    """
    WITH fact_table AS (
        SELECT unnest(ARRAY['warehouse.fct_dividend', 'warehouse.fct_actual', 'warehouse.fct_forecast',
                            'warehouse.fct_forecast_statement']::regclass[]) AS oid
    )
    SELECT NOT EXISTS (SELECT FROM warehouse.fct_dividend) AND NOT EXISTS (SELECT FROM warehouse.fct_actual)
       AND NOT EXISTS (SELECT FROM warehouse.fct_forecast)
       AND NOT EXISTS (SELECT FROM warehouse.fct_forecast_statement)
       -- dropping and re-adding keys takes ownership of the facts, and REFERENCES on what they reference
       AND (SELECT bool_and(pg_has_role(current_user, c.relowner, 'USAGE'))
            FROM pg_class c JOIN fact_table USING (oid))
       AND (SELECT coalesce(bool_and(has_table_privilege(k.confrelid, 'REFERENCES')), true)
            FROM pg_constraint k JOIN fact_table ON fact_table.oid = k.conrelid WHERE k.contype = 'f')
    """
)
FACT_COUNTS = text(
    """
    SELECT (SELECT count(*) FROM warehouse.fct_dividend f JOIN batch_release USING (release_key)) AS fct_dividend,
           (SELECT count(*) FROM warehouse.fct_actual f JOIN batch_release USING (release_key)) AS fct_actual,
           (SELECT count(*) FROM warehouse.fct_forecast_statement f JOIN batch_release USING (release_key))
               AS fct_forecast_statement
    """
)


@cache
def _steps() -> tuple[tuple[str, str], ...]:
    return tuple((path.name, path.read_text()) for path in sorted(SQL_DIR.glob("*.sql")))


@cache
def _script(name: str) -> str:
    return (Path(__file__).parent / name).read_text()


def _is_superuser(conn: Connection) -> bool:
    return bool(conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar())


@dataclass
class LoadReport:
    releases: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    bulk: bool = False

    def add(self, counts: dict[str, int]) -> None:
        for table, count in counts.items():
            self.rows[table] = self.rows.get(table, 0) + count


def _run(conn: Connection, script: str) -> None:
    # a script of several statements, no parameters: psycopg runs it as is
    conn.connection.driver_connection.execute(script)


def _fk_triggers_off(conn: Connection) -> bool:
    """Switch the per-row FK triggers off for this transaction where this role may; returns whether it did.

    They cost ~5x the insert itself; validate_*.sql (or, on the bulk path, the re-added constraints
    and the construction of the keys, see ``bulk/drop_keys.sql``) check the same references
    set-wise before commit. Unique and CHECK constraints stay in force. Other roles keep the
    triggers, which check as they go (only a superuser may switch them off).
    """
    if not _is_superuser(conn):
        return False
    conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
    return True


def _load_rows(conn: Connection, release_ids: list[int], replica: bool) -> None:
    """Dimensions and facts of these releases, by the steps in ``sql/``; dimension references checked."""
    conn.exec_driver_sql("CREATE TEMP TABLE load_batch (release_id bigint PRIMARY KEY) ON COMMIT DROP")
    conn.execute(text("INSERT INTO load_batch SELECT unnest(CAST(:ids AS bigint[]))"), {"ids": release_ids})
    conn.exec_driver_sql("ANALYZE load_batch")
    # The steps sort and hash whole batches of wide rows (DISTINCT ON, revision windows); at the
    # server's default 4MB those sorts spill to disk. For this transaction only.
    conn.exec_driver_sql(f"SET LOCAL work_mem = '{WORK_MEM}'")
    # The steps analyse their temporary tables so the planner joins them sensibly; a sample of
    # 3,000 rows tells it enough for that, at a tenth of the default's cost.
    conn.exec_driver_sql("SET LOCAL default_statistics_target = 10")
    for _name, sql in _steps():
        _run(conn, sql)
    conn.exec_driver_sql(
        "CREATE TEMP TABLE batch_release ON COMMIT DROP AS "
        "SELECT release_key FROM warehouse.dim_release JOIN load_batch USING (release_id)"
    )
    if replica:
        _run(conn, _script("validate_dims.sql"))


def load_batch(conn: Connection, release_ids: list[int]) -> dict[str, int]:
    """Load these staged releases inside the caller's transaction; returns fact rows per table."""
    replica = _fk_triggers_off(conn)
    _load_rows(conn, release_ids, replica)
    if replica:
        _run(conn, _script("validate_facts.sql"))
        conn.exec_driver_sql("SET LOCAL session_replication_role = origin")
    return dict(conn.execute(FACT_COUNTS).mappings().one())


def load_bulk(conn: Connection, release_ids: list[int]) -> dict[str, int]:
    """Load these releases in one pass with the fact tables' keys, indexes and FKs dropped, then rebuilt.

    Same steps, same result as ``load_batch`` over any split into batches; the rebuilt constraints
    check every fact row set-wise. Locks the fact tables against readers until commit (see
    ``bulk/drop_keys.sql``); the caller's role must own them.
    """
    replica = _fk_triggers_off(conn)
    _run(conn, _script("bulk/drop_keys.sql"))  # keeps what the triggers' being off lets it keep
    _load_rows(conn, release_ids, replica)
    if replica:
        conn.exec_driver_sql("SET LOCAL session_replication_role = origin")
    _run(conn, _script("bulk/restore_keys.sql"))
    return dict(conn.execute(FACT_COUNTS).mappings().one())


def _bulk_possible(conn: Connection) -> bool:
    """The star holds no facts (no reader can be kept from any), and this role owns the fact tables."""
    return bool(conn.execute(BULK_POSSIBLE).scalar())


def load_pending(engine: Engine, *, batch_size: int = BATCH_SIZE, bulk: bool | None = None,
                 bulk_from: int = BULK_FROM) -> LoadReport:
    """Load every staged release whose slice is newer than what the star holds.

    ``bulk_from`` or more pending releases into a star without facts take the bulk path
    (``load_bulk``: one transaction); otherwise a transaction per batch. ``bulk=True`` takes the
    bulk path whatever the star holds (readers wait for the fact tables meanwhile), ``bulk=False``
    never does. One loader at a time (advisory lock): a concurrent run waits, then finds nothing
    pending.
    """
    report = LoadReport()
    with advisory_lock(engine, "load"):
        if bulk is not False:
            with engine.begin() as conn:
                ids = list(conn.execute(PENDING, {"limit": None}).scalars()) if bulk or _bulk_possible(conn) else []
                if ids and (bulk or len(ids) >= bulk_from):
                    report.add(load_bulk(conn, ids))
                    report.releases, report.bulk = len(ids), True
                    return report
        while True:
            with engine.begin() as conn:
                ids = list(conn.execute(PENDING, {"limit": batch_size}).scalars())
                if not ids:
                    return report
                counts = load_batch(conn, ids)
            report.releases += len(ids)
            report.add(counts)


def refresh_marts(engine: Engine) -> dict[str, int]:
    """Refresh what the marts are served from (readers keep reading meanwhile); returns row counts.

    ``mart.forecast_vs_actual`` reads an accumulating snapshot, brought up to date for the keys
    loaded since its last refresh; ``mart.latest_forecasts`` is a materialized view refreshed whole.
    """
    return {"warehouse.fct_forecast_outcome rebuilt keys": refresh_outcomes(engine),
            **refresh_materialized_marts(engine)}


def refresh_materialized_marts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("REFRESH MATERIALIZED VIEW CONCURRENTLY mart.latest_forecasts")
        count = conn.exec_driver_sql("SELECT count(*) FROM mart.latest_forecasts").scalar_one()
        return {"mart.latest_forecasts": count}


def star_watermark(engine: Engine) -> str:
    """Changes whenever a load or a reset changes the star: when releases were last loaded, and how many."""
    with engine.connect() as conn:
        last, count = conn.exec_driver_sql(
            "SELECT max(loaded_at), count(*) FROM warehouse.dim_release WHERE release_key > 0").one()
    return f"{last.isoformat() if last else 'never'}/{count}"
