"""Check verdicts reused while the star is unchanged: a star change counter and the verdicts table.

The warehouse checks scan the whole star (~0.5 s at 10,000 releases, growing with it), and a run
with nothing new ran them all again. Every statement that writes a star table now advances
``warehouse.star_change_seq`` (statement-level triggers, ENABLE ALWAYS so they also fire while
the loader runs with session_replication_role = replica); a check whose last verdict was reached
at the current value, by the same SQL, is not evaluated again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAR_TABLES = ("dim_company", "dim_fiscal_period", "dim_release", "dim_date", "dim_metric", "dim_accounting_standard",
               "fct_dividend", "fct_actual", "fct_forecast", "fct_forecast_statement")


def upgrade() -> None:
    op.execute("CREATE SEQUENCE warehouse.star_change_seq")
    op.execute("COMMENT ON SEQUENCE warehouse.star_change_seq IS 'Advanced by every statement that writes a star "
               "table (also rolled-back ones): a check verdict reached at its current value still holds.'")
    op.execute(
        """
        CREATE FUNCTION warehouse.note_star_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM nextval('warehouse.star_change_seq');
            RETURN NULL;
        END $$
        """
    )
    op.execute("COMMENT ON FUNCTION warehouse.note_star_change() IS 'Statement trigger: advances "
               "warehouse.star_change_seq.'")
    for table in STAR_TABLES:
        op.execute(f"CREATE TRIGGER note_star_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                   f"ON warehouse.{table} FOR EACH STATEMENT EXECUTE FUNCTION warehouse.note_star_change()")
        op.execute(f"ALTER TABLE warehouse.{table} ENABLE ALWAYS TRIGGER note_star_change")
    op.create_table(
        "check_verdict",
        sa.Column("check_name", sa.Text(), nullable=False, comment="Name of the check (etl/checks.py)."),
        sa.Column("sql_sha256", sa.Text(), nullable=False, comment="Hash of the check's SQL when evaluated."),
        sa.Column("star_change", sa.BigInteger(), nullable=False,
                  comment="warehouse.star_change_seq when evaluated."),
        sa.Column("failures", sa.Integer(), nullable=False, comment="Offending rows found."),
        sa.Column("sample", postgresql.JSONB(astext_type=sa.Text()), nullable=False,
                  comment="The first offending rows."),
        sa.Column("evaluated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False,
                  comment="When the check was last evaluated."),
        sa.PrimaryKeyConstraint("check_name", name=op.f("pk_check_verdict")),
        schema="warehouse",
        comment="The last verdict of each warehouse check, reused while the star and the check are unchanged.",
    )


def downgrade() -> None:
    op.drop_table("check_verdict", schema="warehouse")
    for table in STAR_TABLES:
        op.execute(f"DROP TRIGGER note_star_change ON warehouse.{table}")
    op.execute("DROP FUNCTION warehouse.note_star_change()")
    op.execute("DROP SEQUENCE warehouse.star_change_seq")
