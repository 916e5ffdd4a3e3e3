"""The fiscal-calendar functions as single-expression SQL functions, which the planner inlines.

The loader calls ``fiscal_year_end_of`` once per staged figure and the other two once per new
period. As PL/pgSQL each call ran the interpreter (about 1 µs of the load per figure, 3x the
arithmetic itself); a single-expression, truly IMMUTABLE SQL function is expanded into the
calling query instead. Results are unchanged, except that ``fiscal_period_label`` no longer
depends on the session's DateStyle: it always writes ISO dates (what the default style wrote).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Only immutable operators and functions (make_date, date_part, date +/- interval, lpad), so the
# functions may be inlined: date-to-text casts and to_char depend on session settings. Day counts
# are divided as float8 (numeric arithmetic costs several times more; no day count lies on a
# .5 boundary of 30.44, so the rounding is the same).
SQL_FUNCTIONS = """
CREATE OR REPLACE FUNCTION warehouse.fiscal_year_end_of(period_start date, period_end date, year_end_month int)
RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN year_end_month IS NULL
            THEN coalesce((period_start + interval '1 year' - interval '1 day')::date, period_end)
        WHEN (make_date(extract(year FROM period_end)::int, year_end_month, 1) + interval '1 month'
              - interval '1 day')::date >= period_end
            THEN (make_date(extract(year FROM period_end)::int, year_end_month, 1) + interval '1 month'
                  - interval '1 day')::date
        ELSE (make_date(extract(year FROM period_end)::int + 1, year_end_month, 1) + interval '1 month'
              - interval '1 day')::date
    END
$$;

CREATE OR REPLACE FUNCTION warehouse.fiscal_period_type(start_date date, end_date date, fiscal_year_end date)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- 'months into the year:months long', computed once per call
    SELECT CASE round((start_date - (fiscal_year_end - interval '1 year' + interval '1 day')::date) / 30.44::float8)::int::text
                || ':' || round((end_date - start_date + 1) / 30.44::float8)::int::text
        WHEN '0:12' THEN 'FY'
        WHEN '0:3' THEN 'Q1'
        WHEN '0:6' THEN 'H1'
        WHEN '0:9' THEN '9M'
        WHEN '3:3' THEN 'Q2'
        WHEN '6:3' THEN 'Q3'
        WHEN '9:3' THEN 'Q4'
        WHEN '6:6' THEN 'H2'
        ELSE CASE WHEN end_date = fiscal_year_end THEN 'FY' ELSE 'other' END
    END
$$;

CREATE OR REPLACE FUNCTION warehouse.iso_date_text(day date)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lpad(date_part('year', day)::int::text, 4, '0') || '-' || lpad(date_part('month', day)::int::text, 2, '0')
           || '-' || lpad(date_part('day', day)::int::text, 2, '0')
$$;
COMMENT ON FUNCTION warehouse.iso_date_text(date) IS
    'A date as YYYY-MM-DD whatever the session''s DateStyle (a date-to-text cast follows it).';

CREATE OR REPLACE FUNCTION warehouse.fiscal_period_label(start_date date, end_date date, fiscal_year_end date)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE warehouse.fiscal_period_type(start_date, end_date, fiscal_year_end)
        WHEN 'FY' THEN 'FY ending ' || left(warehouse.iso_date_text(fiscal_year_end), 7)
        WHEN 'other' THEN warehouse.iso_date_text(start_date) || ' to ' || warehouse.iso_date_text(end_date)
                          || ' (FY ending ' || left(warehouse.iso_date_text(fiscal_year_end), 7) || ')'
        ELSE warehouse.fiscal_period_type(start_date, end_date, fiscal_year_end) || ' of FY ending '
             || left(warehouse.iso_date_text(fiscal_year_end), 7)
    END
$$;
"""


def _plpgsql_functions() -> str:
    """The PL/pgSQL definitions of migration 0002, which a downgrade puts back."""
    path = Path(__file__).with_name("0002_staging_and_star.py")
    spec = importlib.util.spec_from_file_location("migration_0002", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FISCAL_FUNCTIONS.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")


def upgrade() -> None:
    op.execute(SQL_FUNCTIONS)


def downgrade() -> None:
    op.execute(_plpgsql_functions())
    op.execute("DROP FUNCTION warehouse.iso_date_text(date)")
