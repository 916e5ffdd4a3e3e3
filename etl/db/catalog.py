"""What the warehouse holds, read from PostgreSQL's catalog (for ``irwh status``)."""

from __future__ import annotations

from sqlalchemy import Engine, text

from models.base import SCHEMAS


def layer_row_counts(engine: Engine) -> dict[str, int]:
    """Exact row counts of every table and materialized view in the project's schemas."""
    tables = text(
        """
        SELECT format('%I.%I', n.nspname, c.relname) AS name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY(:schemas)
        ORDER BY array_position(:schemas, n.nspname::text), c.relname
        """
    )
    with engine.connect() as conn:
        names = [row.name for row in conn.execute(tables, {"schemas": list(SCHEMAS)})]
        # names are quoted by format(%I) from the catalog itself, not from input
        return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in names}
