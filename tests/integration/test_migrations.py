"""Schema only through alembic: one head, upgrade from empty, downgrade to base, no drift."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

import models
from etl.db import migrate
from etl.db.engine import make_engine
from models.base import SCHEMAS, include_name


def test_there_is_exactly_one_head() -> None:
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert len(heads) == 1


def test_upgrade_from_empty_then_downgrade_to_base_then_upgrade_again(empty_db_url: str) -> None:
    engine = make_engine(url=empty_db_url)
    try:
        migrate.upgrade(empty_db_url)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert set(SCHEMAS) <= set(inspect(engine).get_schema_names())

        migrate.downgrade(empty_db_url, "base")
        assert migrate.current_revision(engine) is None
        leftover = set(inspect(engine).get_schema_names()) & set(SCHEMAS)
        assert leftover == set()

        migrate.upgrade(empty_db_url)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_models_have_no_drift_against_the_migrations(engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_schemas": True, "include_name": include_name, "compare_type": True}
        )
        diff = compare_metadata(context, models.Base.metadata)
    assert diff == []


def test_every_table_and_column_has_a_comment(engine) -> None:
    query = text(
        """
        SELECT format('%I.%I', c.table_schema, c.table_name) || '.' || c.column_name
        FROM information_schema.columns c
        JOIN pg_namespace n ON n.nspname = c.table_schema
        JOIN pg_class t ON t.relnamespace = n.oid AND t.relname = c.table_name
        WHERE c.table_schema = ANY(:schemas)
          AND col_description(t.oid, c.ordinal_position) IS NULL
        """
    )
    with engine.connect() as conn:
        missing = conn.execute(query, {"schemas": list(SCHEMAS)}).scalars().all()
        tables = conn.execute(
            text("SELECT count(*) FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace "
                 "WHERE n.nspname = ANY(:schemas) AND t.relkind IN ('r','v','m') "
                 "AND obj_description(t.oid, 'pg_class') IS NULL"),
            {"schemas": list(SCHEMAS)},
        ).scalar_one()
    assert missing == []
    assert tables == 0


def test_committed_data_dictionary_matches_the_catalog(engine) -> None:
    from pathlib import Path

    from etl.db.dictionary import data_dictionary

    committed = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"
    with engine.connect() as conn:
        assert data_dictionary(conn) == committed.read_text(), "run `irwh docs` and commit the result"
