"""mart.forecast_vs_actual answered per key through indexes, so a filter on the fiscal year stays cheap.

The first definition aggregated every actual and every forecast before filtering, and the
planner joined the two aggregates in a nested loop: seconds on a large star. Now the actuals are
grouped together with their period (so a filter on fiscal_year_end or the period is pushed into
the grouping), and each group looks up its forecast versions through an index.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_SELECT = """
    SELECT c.company_code, c.company_name, m.metric_code AS metric, a.period_start, a.period_end, a.fiscal_year_end,
           a.period_label,
           CASE a.consolidation WHEN 'consolidated' THEN true WHEN 'parent' THEN false END AS consolidated,
           fc.first_forecast, fc.first_announced_on, fc.latest_forecast, fc.latest_announced_on,
           a.actual_value AS actual, a.reported_on,
           round((a.actual_value - fc.latest_forecast) / nullif(abs(fc.latest_forecast), 0) * 100, 2)
               AS surprise_pct,
           greatest(fc.revisions, 0) AS revisions
    FROM (
        SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, p.start_date AS period_start,
               p.end_date AS period_end, p.fiscal_year_end, p.neutral_label AS period_label,
               (array_agg(f.value ORDER BY f.is_latest DESC, rel.published_on DESC, rel.sha256 DESC))[1]
                   AS actual_value,
               min(rel.published_on) AS reported_on
        FROM warehouse.fct_actual f
        JOIN warehouse.dim_release rel ON rel.release_key = f.release_key
        JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key
        WHERE NOT f.is_adjusted
        GROUP BY f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, p.start_date, p.end_date,
                 p.fiscal_year_end, p.neutral_label
    ) AS a
    CROSS JOIN LATERAL (
        SELECT count(*) AS versions,
               (array_agg(f.value ORDER BY f.revision_no))[1] AS first_forecast,
               (array_agg(f.valid_from ORDER BY f.revision_no))[1] AS first_announced_on,
               (array_agg(f.value ORDER BY f.revision_no DESC)
                    FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on))[1] AS latest_forecast,
               (array_agg(f.valid_from ORDER BY f.revision_no DESC)
                    FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on))[1] AS latest_announced_on,
               count(*) FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on) - 1 AS revisions
        FROM warehouse.fct_forecast f
        WHERE f.company_key = a.company_key AND f.metric_key = a.metric_key
          AND f.fiscal_period_key = a.fiscal_period_key AND f.consolidation = a.consolidation
    ) AS fc
    JOIN warehouse.dim_company c ON c.company_key = a.company_key
    JOIN warehouse.dim_metric m ON m.metric_key = a.metric_key
    WHERE fc.versions > 0
"""


def _marts():
    return importlib.import_module("migrations.versions.0003_marts_and_reader_role")


def _replace(select: str) -> None:
    comment, _, columns = _marts().VIEWS["mart.forecast_vs_actual"]
    op.execute(f"CREATE OR REPLACE VIEW mart.forecast_vs_actual AS {select}")
    # CREATE OR REPLACE keeps comments, but restate them so the view is whole on its own
    op.execute(f"COMMENT ON VIEW mart.forecast_vs_actual IS {_marts()._literal(comment)}")
    for column, text in columns.items():
        op.execute(f"COMMENT ON COLUMN mart.forecast_vs_actual.{column} IS {_marts()._literal(text)}")


def upgrade() -> None:
    op.create_index("ix_fct_actual_fiscal_period_key", "fct_actual", ["fiscal_period_key"], schema="warehouse")
    op.create_index("ix_dim_fiscal_period_fiscal_year_end", "dim_fiscal_period", ["fiscal_year_end"],
                    schema="warehouse")
    _replace(NEW_SELECT)


def downgrade() -> None:
    _replace(_marts().VIEWS["mart.forecast_vs_actual"][1])
    op.drop_index("ix_dim_fiscal_period_fiscal_year_end", "dim_fiscal_period", schema="warehouse")
    op.drop_index("ix_fct_actual_fiscal_period_key", "fct_actual", schema="warehouse")
