"""SQLAlchemy engines for the warehouse database."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine

from etl.db.urls import database_url, sqlalchemy_url
from etl.settings import Settings


def make_engine(settings: Settings | None = None, url: str | None = None, **kwargs) -> Engine:
    """An engine on ``url``, or on the configured warehouse (external or embedded)."""
    if url is None:
        from etl.settings import load_settings

        url = database_url(settings or load_settings())
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(sqlalchemy_url(url), **kwargs)
