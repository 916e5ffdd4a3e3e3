"""Mart contents as comparable values, without what depends on ingest order or the clock."""

from __future__ import annotations

from sqlalchemy import Engine, text

VOLATILE = {"release_id", "loaded_at", "first_seen_at", "last_seen_at", "seen_count"}
MARTS = ("dividends", "dividend_history", "forecasts", "actuals", "forecast_vs_actual", "releases")


def mart_contents(engine: Engine) -> dict[str, list[tuple]]:
    contents = {}
    with engine.connect() as conn:
        for mart in MARTS:
            result = conn.execute(text(f"SELECT * FROM mart.{mart} LIMIT 0"))
            columns = [c for c in result.keys() if c not in VOLATILE]  # noqa: SIM118 - Result is not a dict
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM mart.{mart}")).all()
            contents[mart] = sorted(tuple(map(repr, row)) for row in rows)
    return contents
