"""Keep the accumulating snapshot behind mart.forecast_vs_actual up to date with the star.

After each load only the keys stated by releases loaded since the last refresh are rebuilt
(plus any row a reloaded release used to feed, found through its ``release_keys``), so the cost
follows the size of the load, not of the warehouse. Without a watermark (first run, after a
reset) the snapshot is built in full. Runs under the load lock, so no load is half-committed
while it reads the star.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from etl.db.locks import advisory_lock

SNAPSHOT = "warehouse.fct_forecast_outcome"

WATERMARK = text("SELECT loaded_through FROM warehouse.refresh_watermark WHERE derived_table = :table")
LATEST_LOAD = text("SELECT max(loaded_at) FROM warehouse.dim_release WHERE release_key > 0")
SET_WATERMARK = text(
    """
    INSERT INTO warehouse.refresh_watermark (derived_table, loaded_through) VALUES (:table, :through)
    ON CONFLICT (derived_table) DO UPDATE SET loaded_through = excluded.loaded_through, refreshed_at = now()
    """
)
ALL_KEYS = """
    CREATE TEMP TABLE outcome_key ON COMMIT DROP AS
    SELECT DISTINCT company_key, fiscal_period_key, metric_key, consolidation
    FROM warehouse.fct_actual WHERE NOT is_adjusted
"""
CHANGED_KEYS = text(
    """
    CREATE TEMP TABLE outcome_key ON COMMIT DROP AS
    WITH changed AS (
        SELECT release_key FROM warehouse.dim_release WHERE release_key > 0 AND loaded_at > :since
    )
    SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation
    FROM warehouse.fct_actual f JOIN changed USING (release_key)
    UNION
    SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation
    FROM warehouse.fct_forecast_statement s JOIN changed USING (release_key)
    JOIN warehouse.fct_forecast f USING (forecast_key)
    UNION
    SELECT o.company_key, o.fiscal_period_key, o.metric_key, o.consolidation
    FROM warehouse.fct_forecast_outcome o
    WHERE o.release_keys && ARRAY(SELECT release_key FROM changed)
    """
)


@cache
def _rebuild_sql() -> str:
    return Path(__file__).with_name("forecast_outcome.sql").read_text()


def _rebuild(conn: Connection) -> int:
    conn.connection.driver_connection.execute(_rebuild_sql())  # a script without parameters
    return conn.exec_driver_sql("SELECT count(*) FROM outcome_key").scalar_one()


def refresh_outcomes(engine: Engine) -> int:
    """Bring the snapshot up to date; returns how many keys were rebuilt (0: it already was)."""
    with advisory_lock(engine, "load"), engine.begin() as conn:
        since = conn.execute(WATERMARK, {"table": SNAPSHOT}).scalar()
        latest = conn.execute(LATEST_LOAD).scalar()
        if latest is None or (since is not None and latest <= since):
            return 0
        if since is None:
            conn.exec_driver_sql(f"TRUNCATE {SNAPSHOT}")
            conn.exec_driver_sql(ALL_KEYS)
        else:
            conn.execute(CHANGED_KEYS, {"since": since})
        rebuilt = _rebuild(conn)
        conn.execute(SET_WATERMARK, {"table": SNAPSHOT, "through": latest})
        return rebuilt


def forget_outcomes(conn: Connection) -> None:
    """Empty the snapshot and its watermark, for a rebuild of the star from raw (same transaction)."""
    conn.exec_driver_sql(f"TRUNCATE {SNAPSHOT}")
    conn.execute(text("DELETE FROM warehouse.refresh_watermark WHERE derived_table = :table"), {"table": SNAPSHOT})
