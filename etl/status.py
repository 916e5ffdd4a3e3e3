"""A snapshot of the warehouse's state: server, migration revision, rows per layer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from etl.checks import CheckOutcome, run_checks
from etl.db import migrate
from etl.db.catalog import layer_row_counts
from etl.db.urls import database_url, redacted
from etl.settings import Settings


@dataclass(frozen=True)
class WarehouseStatus:
    server: str
    """Where the warehouse lives, password masked."""
    embedded: bool
    revision: str | None
    head: str | None
    row_counts: dict[str, int]
    checks: list[CheckOutcome]

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


def collect_status(settings: Settings, engine: Engine) -> WarehouseStatus:
    return WarehouseStatus(
        server=redacted(database_url(settings)),
        embedded=settings.uses_embedded_server,
        revision=migrate.current_revision(engine),
        head=migrate.head_revision(),
        row_counts=layer_row_counts(engine),
        checks=_checks(engine),
    )


def _checks(engine: Engine) -> list[CheckOutcome]:
    with engine.connect() as conn:
        return run_checks(conn)
