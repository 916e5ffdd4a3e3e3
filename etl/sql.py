"""Ad-hoc SQL for finance staff: one statement, in a read-only transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

STATEMENT_TIMEOUT_MS = 120_000


def run_read_only(engine: Engine, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of ``query``; PostgreSQL itself rejects any write."""
    with engine.connect() as conn:
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        conn.exec_driver_sql(f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}")
        # text() would treat ':name' as a bind parameter; the driver takes the SQL as written
        result = conn.exec_driver_sql(query.replace("%", "%%"))
        if not result.returns_rows:
            return [], []
        columns = list(result.keys())
        rows = [tuple(row) for row in result]
        conn.rollback()
        return columns, rows



