"""Run the alembic migrations programmatically (``irwh db upgrade``, ``make demo``, tests)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from etl.settings import PROJECT_ROOT, READER_ROLE


def alembic_config(url: str | None = None) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head", reader_password: str | None = None) -> None:
    """Migrate, then settle the read-only role's access to this database (and its password when one
    is configured)."""
    command.upgrade(alembic_config(url), revision)
    if revision == "head":
        secure_reader_access(url, reader_password)


def secure_reader_access(url: str, password: str | None) -> None:
    """Database-level privileges, re-applied on every upgrade: unlike the schema objects, they are
    not copied when a database is cloned from a template, nor restored with a dump."""
    import psycopg
    from psycopg import sql

    from etl.db.urls import sqlalchemy_url

    libpq = sqlalchemy_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    reader = sql.Identifier(READER_ROLE)
    with psycopg.connect(libpq, autocommit=True) as conn:
        database = sql.Identifier(conn.info.dbname)
        conn.execute(sql.SQL("REVOKE CREATE, TEMPORARY ON DATABASE {} FROM PUBLIC").format(database))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, reader))
        if password:
            conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(reader, sql.Literal(password)))


def downgrade(url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
