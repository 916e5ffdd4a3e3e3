"""Load staged releases into the star, a bounded batch per transaction.

The SQL lives in ``sql/`` beside this module and runs in file-name order against a temporary
``load_batch`` table of release ids. Every step is set-based; re-running a batch replaces the
batch's rows and recomputes the revision chains of the keys it touches, so loading twice, or
in any order, gives the same warehouse. A failure rolls the whole batch back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from etl.db.locks import advisory_lock
from etl.load.outcomes import refresh_outcomes

BATCH_SIZE = 1000
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
def _validation() -> str:
    return Path(__file__).with_name("validate_batch.sql").read_text()


def _is_superuser(conn: Connection) -> bool:
    return bool(conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar())


@dataclass
class LoadReport:
    releases: int = 0
    rows: dict[str, int] = field(default_factory=dict)

    def add(self, counts: dict[str, int]) -> None:
        for table, count in counts.items():
            self.rows[table] = self.rows.get(table, 0) + count


def load_batch(conn: Connection, release_ids: list[int]) -> dict[str, int]:
    """Load these staged releases inside the caller's transaction; returns fact rows per table."""
    conn.exec_driver_sql("CREATE TEMP TABLE load_batch (release_id bigint PRIMARY KEY) ON COMMIT DROP")
    conn.execute(text("INSERT INTO load_batch SELECT unnest(CAST(:ids AS bigint[]))"), {"ids": release_ids})
    conn.exec_driver_sql("ANALYZE load_batch")
    if _is_superuser(conn):
        # Per-row FK triggers cost ~5x the insert itself; validate_batch.sql checks the same
        # references set-wise below, before commit. Unique and CHECK constraints stay in force.
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
    driver = conn.connection.driver_connection
    for _name, sql in _steps():
        driver.execute(sql)  # a script of several statements, no parameters: psycopg runs it as is
    conn.exec_driver_sql(
        "CREATE TEMP TABLE batch_release ON COMMIT DROP AS "
        "SELECT release_key FROM warehouse.dim_release JOIN load_batch USING (release_id)"
    )
    driver.execute(_validation())
    conn.exec_driver_sql("SET LOCAL session_replication_role = origin")
    return dict(conn.execute(FACT_COUNTS).mappings().one())


def load_pending(engine: Engine, *, batch_size: int = BATCH_SIZE) -> LoadReport:
    """Load every staged release whose slice is newer than what the star holds.

    One loader at a time (advisory lock): a concurrent run waits, then finds nothing pending.
    """
    report = LoadReport()
    with advisory_lock(engine, "load"):
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
