"""Alembic environment: the URL comes from etl.settings unless the caller set one on the Config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

import models
from etl.db.urls import database_url, sqlalchemy_url
from etl.settings import load_settings
from models.base import include_name

config = context.config
target_metadata = models.Base.metadata


def _url() -> str:
    return config.get_main_option("sqlalchemy.url") or database_url(load_settings())


def run_migrations_offline() -> None:
    context.configure(
        url=str(sqlalchemy_url(_url())), target_metadata=target_metadata, literal_binds=True,
        include_schemas=True, include_name=include_name, transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        engine = create_engine(sqlalchemy_url(_url()), poolclass=pool.NullPool)
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connectable)


def _run(connection) -> None:
    context.configure(
        connection=connection, target_metadata=target_metadata, include_schemas=True,
        include_name=include_name, transaction_per_migration=True, compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
