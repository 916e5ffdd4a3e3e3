"""Every fact row carries the fiscal year end of its period: the key to partition the facts by.

Declarative partitioning by fiscal year end (docs/scaling.md) needs the partition key on the row
itself. A period's fiscal year end never changes once the period exists, so the copy cannot go
stale; existing rows are filled from dim_fiscal_period. NULL where the period is unknown (such
rows would live in a DEFAULT partition).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS = ("fct_dividend", "fct_actual", "fct_forecast", "fct_forecast_statement")
COMMENT = "Last day of the fiscal year of the fact's period (dim_fiscal_period): the partition key."


def upgrade() -> None:
    for table in FACTS:
        op.add_column(table, sa.Column("fiscal_year_end", sa.Date(), nullable=True, comment=COMMENT),
                      schema="warehouse")
    for table in FACTS[:3]:
        op.execute(f"UPDATE warehouse.{table} f SET fiscal_year_end = p.fiscal_year_end "
                   "FROM warehouse.dim_fiscal_period p WHERE p.fiscal_period_key = f.fiscal_period_key")
    op.execute("UPDATE warehouse.fct_forecast_statement s SET fiscal_year_end = f.fiscal_year_end "
               "FROM warehouse.fct_forecast f WHERE f.forecast_key = s.forecast_key")


def downgrade() -> None:
    for table in FACTS:
        op.drop_column(table, "fiscal_year_end", schema="warehouse")
