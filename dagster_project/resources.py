"""The warehouse connection as a Dagster resource."""

from __future__ import annotations

import dagster as dg
from pydantic import PrivateAttr
from sqlalchemy import Engine

# A dropped connection or a server restart is usually over in seconds: retry the step with
# backoff. Every step is one transaction per batch, so a retried step never half-loads.
DB_RETRY = dg.RetryPolicy(max_retries=3, delay=2, backoff=dg.Backoff.EXPONENTIAL)


class WarehouseResource(dg.ConfigurableResource):
    """The PostgreSQL warehouse. The engine is created on first use, never at import.

    ``database_url`` overrides the environment; left unset, the URL comes from ``etl.settings``
    (``IRWH_DATABASE_URL``, else the embedded server under ``IRWH_HOME``).
    """

    database_url: str | None = None
    _engine: Engine | None = PrivateAttr(default=None)

    def get_engine(self) -> Engine:
        if self._engine is None:
            from etl.db.engine import make_engine

            self._engine = make_engine(url=self.database_url)
        return self._engine

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
