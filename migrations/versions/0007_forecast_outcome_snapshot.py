"""mart.forecast_vs_actual served from an accumulating snapshot kept up to date by the load.

At ten million facts the view computed per query took a second for one fiscal year (it
aggregates every actual and looks up every forecast version). ``warehouse.fct_forecast_outcome``
holds the answer per key, with its period's attributes copied in (a period's dates and label never
change once it exists, and a year's rows then need no join with every period); ``etl.load.outcomes``
rebuilds only the keys a load touched, and the view becomes a lookup with the same columns. ``warehouse.refresh_watermark`` records how far the
snapshot has caught up with the loads.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SNAPSHOT_SELECT = """
    SELECT c.company_code, c.company_name, m.metric_code AS metric, o.period_start, o.period_end, o.fiscal_year_end,
           o.period_label,
           CASE o.consolidation WHEN 'consolidated' THEN true WHEN 'parent' THEN false END AS consolidated,
           o.first_forecast::numeric, o.first_announced_on, o.latest_forecast::numeric, o.latest_announced_on,
           o.actual::numeric, o.reported_on,
           round((o.actual - o.latest_forecast) / nullif(abs(o.latest_forecast), 0) * 100, 2) AS surprise_pct,
           o.revisions::bigint
    -- (casts keep the view's column types as they were when it was computed per query)
    FROM warehouse.fct_forecast_outcome o
    JOIN warehouse.dim_company c ON c.company_key = o.company_key
    JOIN warehouse.dim_metric m ON m.metric_key = o.metric_key
"""


# 0006 replaces this view's query and restates its comments; reused as it stands (migrations are frozen)
PREVIOUS = importlib.import_module("migrations.versions.0006_forecast_vs_actual_by_index")


def upgrade() -> None:
    op.create_table(
        "fct_forecast_outcome",
        sa.Column("company_key", sa.Integer(), nullable=False, comment="Company."),
        sa.Column("fiscal_period_key", sa.Integer(), nullable=False, comment="Period forecast and reported."),
        sa.Column("metric_key", sa.SmallInteger(), nullable=False, comment="Metric."),
        sa.Column("consolidation", sa.Text(), nullable=False, comment="consolidated, parent or unknown."),
        sa.Column("period_start", sa.Date(), nullable=True, comment="First day of the period (dim_fiscal_period)."),
        sa.Column("period_end", sa.Date(), nullable=True, comment="Last day of the period (dim_fiscal_period)."),
        sa.Column("fiscal_year_end", sa.Date(), nullable=True,
                  comment="Last day of the fiscal year holding the period (dim_fiscal_period)."),
        sa.Column("period_label", sa.Text(), nullable=False, comment="Neutral label of the period (dim_fiscal_period)."),
        sa.Column("first_forecast", sa.Numeric(precision=24, scale=4), nullable=True,
                  comment="The first known forecast."),
        sa.Column("first_announced_on", sa.Date(), nullable=True, comment="When it was announced."),
        sa.Column("latest_forecast", sa.Numeric(precision=24, scale=4), nullable=True,
                  comment="The last forecast announced before the result."),
        sa.Column("latest_announced_on", sa.Date(), nullable=True, comment="When it was announced."),
        sa.Column("revisions", sa.Integer(), nullable=False,
                  comment="How many times the forecast was revised before the result."),
        sa.Column("actual", sa.Numeric(precision=24, scale=4), nullable=False,
                  comment="The reported result (latest report, not adjusted)."),
        sa.Column("reported_on", sa.Date(), nullable=True, comment="When the result was first reported."),
        sa.Column("actual_release_key", sa.BigInteger(), nullable=False,
                  comment="Release whose figure is the result."),
        sa.Column("release_keys", postgresql.ARRAY(sa.BigInteger()), nullable=False,
                  comment="Every release stating this key's results or forecasts: a reload of any of them "
                          "rebuilds the row."),
        sa.CheckConstraint("consolidation IN ('consolidated', 'parent', 'unknown')",
                           name=op.f("ck_fct_forecast_outcome_consolidation_known")),
        sa.ForeignKeyConstraint(["company_key"], ["warehouse.dim_company.company_key"],
                                name=op.f("fk_fct_forecast_outcome_company_key")),
        sa.ForeignKeyConstraint(["fiscal_period_key"], ["warehouse.dim_fiscal_period.fiscal_period_key"],
                                name=op.f("fk_fct_forecast_outcome_fiscal_period_key")),
        sa.ForeignKeyConstraint(["metric_key"], ["warehouse.dim_metric.metric_key"],
                                name=op.f("fk_fct_forecast_outcome_metric_key")),
        sa.ForeignKeyConstraint(["actual_release_key"], ["warehouse.dim_release.release_key"],
                                name=op.f("fk_fct_forecast_outcome_actual_release_key")),
        sa.PrimaryKeyConstraint("company_key", "fiscal_period_key", "metric_key", "consolidation",
                                name=op.f("pk_fct_forecast_outcome")),
        schema="warehouse",
        comment="Accumulating snapshot of each forecast that has met its result (grain: company x fiscal period x "
                "metric x consolidation): first and last forecast before the result, and the result.",
    )
    op.create_index("ix_fct_forecast_outcome_fiscal_year_end", "fct_forecast_outcome", ["fiscal_year_end"],
                    schema="warehouse")
    op.create_index("ix_fct_forecast_outcome_release_keys", "fct_forecast_outcome", ["release_keys"],
                    schema="warehouse", postgresql_using="gin")
    op.create_table(
        "refresh_watermark",
        sa.Column("derived_table", sa.Text(), nullable=False, comment="Qualified table name."),
        sa.Column("loaded_through", sa.DateTime(timezone=True), nullable=False,
                  comment="Releases loaded at or before this are reflected."),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False,
                  comment="When the table was last refreshed."),
        sa.PrimaryKeyConstraint("derived_table", name=op.f("pk_refresh_watermark")),
        schema="warehouse",
        comment="Per derived table, the latest dim_release.loaded_at it has caught up with (no row: rebuild in "
                "full).",
    )
    # Starts empty and without a watermark: the next pipeline run builds it in full. (irwh_reader
    # may read it through the schema's default privileges.)
    PREVIOUS._replace(SNAPSHOT_SELECT)


def downgrade() -> None:
    PREVIOUS._replace(PREVIOUS.NEW_SELECT)
    op.drop_table("refresh_watermark", schema="warehouse")
    op.drop_table("fct_forecast_outcome", schema="warehouse")
