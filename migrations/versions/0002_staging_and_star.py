"""Staging and the star: parse results per release, conformed dimensions, versioned facts.

Seeds the small dimensions and the special rows (-1 unknown, -2 not applicable) that facts
point at instead of NULL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 01:24:06.440929
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dim_accounting_standard",
        sa.Column(
            "accounting_standard_key", sa.SmallInteger(), autoincrement=False, nullable=False, comment="Surrogate key."
        ),
        sa.Column("standard_code", sa.Text(), nullable=False, comment="IFRS, US GAAP, J-GAAP or unknown."),
        sa.Column("standard_name", sa.Text(), nullable=False, comment="Full name."),
        sa.PrimaryKeyConstraint("accounting_standard_key", name=op.f("pk_dim_accounting_standard")),
        sa.UniqueConstraint("standard_code", name=op.f("uq_dim_accounting_standard_standard_code")),
        schema="warehouse",
        comment="Accounting standards (grain: one row per standard).",
    )
    op.create_table(
        "dim_company",
        sa.Column("company_key", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column("company_code", sa.Text(), nullable=False, comment="TSE securities code: the natural key."),
        sa.Column(
            "company_name", sa.Text(), nullable=True, comment="Canonical English name (from the latest release)."
        ),
        sa.Column(
            "name_variants",
            postgresql.ARRAY(sa.Text()),
            server_default="{}",
            nullable=False,
            comment="Every name the releases gave, OCR damage included.",
        ),
        sa.Column(
            "fiscal_year_end_month",
            sa.SmallInteger(),
            nullable=True,
            comment="Current fiscal-year-end month; history in company_fiscal_year_end.",
        ),
        sa.CheckConstraint(
            "company_key < 0 OR company_code ~ '^[0-9][0-9A-Z][0-9][0-9A-Z]$'", name=op.f("ck_dim_company_code_format")
        ),
        sa.PrimaryKeyConstraint("company_key", name=op.f("pk_dim_company")),
        sa.UniqueConstraint("company_code", name=op.f("uq_dim_company_company_code")),
        schema="warehouse",
        comment="Listed companies (grain: one row per securities code).",
    )
    op.create_table(
        "dim_date",
        sa.Column(
            "date_key",
            sa.Integer(),
            autoincrement=False,
            nullable=False,
            comment="YYYYMMDD; -1 unknown, -2 not applicable.",
        ),
        sa.Column("calendar_date", sa.Date(), nullable=True, comment="The day."),
        sa.Column("year", sa.SmallInteger(), nullable=True, comment="Calendar year."),
        sa.Column("quarter", sa.SmallInteger(), nullable=True, comment="Calendar quarter 1-4."),
        sa.Column("month", sa.SmallInteger(), nullable=True, comment="Calendar month 1-12."),
        sa.Column("day_of_month", sa.SmallInteger(), nullable=True, comment="Day of the month."),
        sa.Column("iso_weekday", sa.SmallInteger(), nullable=True, comment="1 = Monday ... 7 = Sunday."),
        sa.Column("weekday_name", sa.Text(), nullable=True, comment="Monday ... Sunday."),
        sa.Column("is_month_end", sa.Boolean(), nullable=True, comment="Last day of its month."),
        sa.Column(
            "jp_fiscal_year",
            sa.SmallInteger(),
            nullable=True,
            comment="Japanese fiscal year (April-March), named by its starting year: 2019 runs 2019-04-01 to 2020-03-31.",
        ),
        sa.Column("label", sa.Text(), nullable=False, comment="ISO date, or 'unknown' / 'not applicable'."),
        sa.CheckConstraint("date_key < 0 OR calendar_date IS NOT NULL", name=op.f("ck_dim_date_real_rows_have_a_date")),
        sa.PrimaryKeyConstraint("date_key", name=op.f("pk_dim_date")),
        sa.UniqueConstraint("calendar_date", name=op.f("uq_dim_date_calendar_date")),
        schema="warehouse",
        comment="Calendar days over the years the data spans (grain: one row per day), role-played by the record, effective, announcement and publication date views. Keys are YYYYMMDD; -1 unknown, -2 n/a.",
    )
    op.create_table(
        "dim_metric",
        sa.Column("metric_key", sa.SmallInteger(), autoincrement=False, nullable=False, comment="Surrogate key."),
        sa.Column("metric_code", sa.Text(), nullable=False, comment="Code used in the facts contract."),
        sa.Column("metric_name", sa.Text(), nullable=False, comment="Name for people."),
        sa.Column("unit_kind", sa.Text(), nullable=False, comment="money or per_share."),
        sa.PrimaryKeyConstraint("metric_key", name=op.f("pk_dim_metric")),
        sa.UniqueConstraint("metric_code", name=op.f("uq_dim_metric_metric_code")),
        schema="warehouse",
        comment="Financial metrics (grain: one row per metric).",
    )
    op.create_table(
        "release_parse",
        sa.Column("release_id", sa.BigInteger(), nullable=False, comment="The archived release (raw.release)."),
        sa.Column(
            "parser_version", sa.Text(), nullable=False, comment="Version of the parser that produced this slice."
        ),
        sa.Column(
            "status",
            sa.Text(),
            nullable=False,
            comment="parsed, unparsed (known kind, no facts), failed (parser error) or unreadable (no text).",
        ),
        sa.Column(
            "status_reason",
            sa.Text(),
            nullable=True,
            comment="Why the release is not parsed, in words a person can act on.",
        ),
        sa.Column(
            "kind",
            sa.Text(),
            nullable=True,
            comment="dividend_notice, forecast_revision, results_vs_forecast, earnings_summary or other.",
        ),
        sa.Column("title", sa.Text(), nullable=True, comment="Title of the release as repaired."),
        sa.Column("company_code", sa.Text(), nullable=True, comment="Securities code the release states."),
        sa.Column("company_name", sa.Text(), nullable=True, comment="Company name as repaired by the parser."),
        sa.Column("published_on", sa.Date(), nullable=True, comment="Dateline of the release."),
        sa.Column(
            "fiscal_year_end_month", sa.SmallInteger(), nullable=True, comment="Month the company's fiscal year ends."
        ),
        sa.Column(
            "is_correction", sa.Boolean(), nullable=True, comment="True when the release corrects an earlier one."
        ),
        sa.Column(
            "document",
            postgresql.JSONB(astext_type=sa.Text()),
            nullable=True,
            comment="The contract's document object as parsed.",
        ),
        sa.Column(
            "fact_count", sa.Integer(), server_default="0", nullable=False, comment="Dividends plus figures staged."
        ),
        sa.Column("warning_count", sa.Integer(), server_default="0", nullable=False, comment="Warnings staged."),
        sa.Column(
            "parsed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
            comment="When this slice was written.",
        ),
        sa.CheckConstraint(
            "status IN ('parsed', 'unparsed', 'failed', 'unreadable')", name=op.f("ck_release_parse_status_known")
        ),
        sa.CheckConstraint(
            "fiscal_year_end_month BETWEEN 1 AND 12", name=op.f("ck_release_parse_fiscal_year_end_month_range")
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["raw.release.release_id"], name=op.f("fk_release_parse_release_id"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("release_id", name=op.f("pk_release_parse")),
        schema="staging",
        comment="Parse result per release (grain: one row per raw.release).",
    )
    op.create_table(
        "dim_fiscal_period",
        sa.Column("fiscal_period_key", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column("company_key", sa.Integer(), nullable=False, comment="Whose calendar the period belongs to."),
        sa.Column(
            "fiscal_year_end", sa.Date(), nullable=True, comment="Last day of the fiscal year holding the period."
        ),
        sa.Column(
            "period_type",
            sa.Text(),
            nullable=False,
            comment="FY, H1, H2, Q1-Q4, 9M, other; unknown/n.a. for special rows.",
        ),
        sa.Column("start_date", sa.Date(), nullable=True, comment="First day."),
        sa.Column("end_date", sa.Date(), nullable=True, comment="Last day."),
        sa.Column(
            "is_start_assumed",
            sa.Boolean(),
            server_default="false",
            nullable=False,
            comment="Start inferred as one year before the end (no document stated it).",
        ),
        sa.Column("company_label", sa.Text(), nullable=True, comment="The company's own label ('FY2019', '1H19')."),
        sa.Column(
            "neutral_label", sa.Text(), nullable=False, comment="'FY ending 2020-03', 'H1 of FY ending 2020-03'."
        ),
        sa.CheckConstraint("end_date <= fiscal_year_end", name=op.f("ck_dim_fiscal_period_within_fiscal_year")),
        sa.CheckConstraint("start_date <= end_date", name=op.f("ck_dim_fiscal_period_start_before_end")),
        sa.ForeignKeyConstraint(
            ["company_key"], ["warehouse.dim_company.company_key"], name=op.f("fk_dim_fiscal_period_company_key")
        ),
        sa.PrimaryKeyConstraint("fiscal_period_key", name=op.f("pk_dim_fiscal_period")),
        sa.UniqueConstraint("company_key", "start_date", "end_date", name="uq_dim_fiscal_period_natural_key"),
        schema="warehouse",
        comment="Company-specific fiscal periods (grain: company x start x end).",
    )
    op.create_table(
        "dim_release",
        sa.Column("release_key", sa.BigInteger(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "release_id",
            sa.BigInteger(),
            nullable=True,
            comment="The archived release in raw.release (NULL only for the special rows).",
        ),
        sa.Column("sha256", sa.Text(), nullable=True, comment="Content hash of the original bytes."),
        sa.Column("file_name", sa.Text(), nullable=True, comment="File name when first seen."),
        sa.Column("kind", sa.Text(), nullable=True, comment="Kind of release."),
        sa.Column("title", sa.Text(), nullable=True, comment="Title as repaired."),
        sa.Column("company_key", sa.Integer(), nullable=False, comment="Company that published it."),
        sa.Column("published_date_key", sa.Integer(), nullable=False, comment="Dateline of the release."),
        sa.Column("published_on", sa.Date(), nullable=True, comment="Dateline of the release."),
        sa.Column("is_correction", sa.Boolean(), nullable=True, comment="Corrects an earlier release."),
        sa.Column("stated_company_name", sa.Text(), nullable=True, comment="Company name as this release gives it."),
        sa.Column(
            "fiscal_year_end_month", sa.SmallInteger(), nullable=True, comment="Year-end month this release states."
        ),
        sa.Column("parser_version", sa.Text(), nullable=True, comment="Parser version of the loaded slice."),
        sa.Column(
            "loaded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
            comment="When the release was last loaded into the star.",
        ),
        sa.ForeignKeyConstraint(
            ["company_key"], ["warehouse.dim_company.company_key"], name=op.f("fk_dim_release_company_key")
        ),
        sa.ForeignKeyConstraint(
            ["published_date_key"], ["warehouse.dim_date.date_key"], name=op.f("fk_dim_release_published_date_key")
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["raw.release.release_id"], name=op.f("fk_dim_release_release_id"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("release_key", name=op.f("pk_dim_release")),
        sa.UniqueConstraint("release_id", name=op.f("uq_dim_release_release_id")),
        schema="warehouse",
        comment="Source documents (grain: one row per archived release loaded into the star).",
    )
    op.create_table(
        "dividend_fact",
        sa.Column("release_id", sa.BigInteger(), nullable=False, comment="The release that states the dividend."),
        sa.Column("fact_no", sa.Integer(), nullable=False, comment="Position of the fact in the parser's output."),
        sa.Column("fiscal_year_end", sa.Date(), nullable=False, comment="Last day of the fiscal year."),
        sa.Column("period", sa.Text(), nullable=False, comment="q1, interim, q3, year_end or annual."),
        sa.Column("scenario", sa.Text(), nullable=False, comment="actual, forecast or previous_forecast."),
        sa.Column("status", sa.Text(), nullable=True, comment="declared or paid (actuals only)."),
        sa.Column("announced_on", sa.Date(), nullable=True, comment="When a forecast was first announced."),
        sa.Column(
            "per_share", sa.Numeric(precision=18, scale=4), nullable=True, comment="Amount per share as declared."
        ),
        sa.Column("currency", sa.Text(), nullable=False, comment="Currency of the amounts (JPY)."),
        sa.Column("record_date", sa.Date(), nullable=True, comment="Record date."),
        sa.Column("effective_date", sa.Date(), nullable=True, comment="Payment start (effective) date."),
        sa.Column(
            "total_amount",
            sa.Numeric(precision=20, scale=0),
            nullable=True,
            comment="Total paid, whole currency units.",
        ),
        sa.Column("resource", sa.Text(), nullable=True, comment="retained_earnings or capital_surplus."),
        sa.Column(
            "range_low", sa.Numeric(precision=18, scale=4), nullable=True, comment="Lower bound of a range forecast."
        ),
        sa.Column(
            "range_high", sa.Numeric(precision=18, scale=4), nullable=True, comment="Upper bound of a range forecast."
        ),
        sa.Column(
            "components",
            postgresql.JSONB(astext_type=sa.Text()),
            nullable=True,
            comment="Ordinary / special / commemorative parts.",
        ),
        sa.Column("fiscal_year_label", sa.Text(), nullable=True, comment="The company's own label for the year."),
        sa.Column(
            "line_start", sa.Integer(), nullable=True, comment="First line (1-based) of the fact in the repaired text."
        ),
        sa.Column("line_end", sa.Integer(), nullable=True, comment="Last line (1-based) of the fact."),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=True,
            comment="Character offset where the printed number starts in the repaired text.",
        ),
        sa.Column("char_end", sa.Integer(), nullable=True, comment="Character offset just past the printed number."),
        sa.Column("source_text", sa.Text(), nullable=True, comment="The number exactly as printed."),
        sa.Column("row_label", sa.Text(), nullable=True, comment="Row label the number was read under."),
        sa.Column("column_label", sa.Text(), nullable=True, comment="Column label the number was read under."),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["staging.release_parse.release_id"],
            name=op.f("fk_dividend_fact_release_id"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("release_id", "fact_no", name=op.f("pk_dividend_fact")),
        schema="staging",
        comment="Dividend facts per release (grain: release x fiscal year end x period x scenario).",
    )
    op.create_table(
        "figure_fact",
        sa.Column("release_id", sa.BigInteger(), nullable=False, comment="The release that states the figure."),
        sa.Column("fact_no", sa.Integer(), nullable=False, comment="Position of the fact in the parser's output."),
        sa.Column("metric", sa.Text(), nullable=False, comment="Metric code (revenue, operating_profit, ...)."),
        sa.Column("period_start", sa.Date(), nullable=True, comment="First day of the period."),
        sa.Column("period_end", sa.Date(), nullable=False, comment="Last day of the period."),
        sa.Column(
            "scenario", sa.Text(), nullable=False, comment="actual, adjusted_actual, forecast or previous_forecast."
        ),
        sa.Column("announced_on", sa.Date(), nullable=True, comment="Date the document attributes to a forecast."),
        sa.Column("value", sa.Numeric(precision=24, scale=4), nullable=True, comment="The figure in whole units."),
        sa.Column("unit", sa.Text(), nullable=False, comment="JPY, JPY_per_share, USD or USD_per_share."),
        sa.Column("accounting_standard", sa.Text(), nullable=True, comment="IFRS, US GAAP or J-GAAP."),
        sa.Column("accounting_standard_evidence", sa.Text(), nullable=True, comment="What in the release settles the standard."),
        sa.Column("consolidated", sa.Boolean(), nullable=True, comment="Consolidated (true) or parent-only (false)."),
        sa.Column("range_low", sa.Numeric(precision=24, scale=4), nullable=True, comment="Lower bound of a range."),
        sa.Column("range_high", sa.Numeric(precision=24, scale=4), nullable=True, comment="Upper bound of a range."),
        sa.Column("period_label", sa.Text(), nullable=True, comment="The company's own label for the period."),
        sa.Column(
            "line_start", sa.Integer(), nullable=True, comment="First line (1-based) of the fact in the repaired text."
        ),
        sa.Column("line_end", sa.Integer(), nullable=True, comment="Last line (1-based) of the fact."),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=True,
            comment="Character offset where the printed number starts in the repaired text.",
        ),
        sa.Column("char_end", sa.Integer(), nullable=True, comment="Character offset just past the printed number."),
        sa.Column("source_text", sa.Text(), nullable=True, comment="The number exactly as printed."),
        sa.Column("row_label", sa.Text(), nullable=True, comment="Row label the number was read under."),
        sa.Column("column_label", sa.Text(), nullable=True, comment="Column label the number was read under."),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["staging.release_parse.release_id"],
            name=op.f("fk_figure_fact_release_id"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("release_id", "fact_no", name=op.f("pk_figure_fact")),
        schema="staging",
        comment="Financial figures per release (grain: release x metric x period x scenario x consolidation).",
    )
    op.create_table(
        "parse_warning",
        sa.Column("release_id", sa.BigInteger(), nullable=False, comment="The release the warning is about."),
        sa.Column("warning_no", sa.Integer(), nullable=False, comment="Position of the warning."),
        sa.Column("message", sa.Text(), nullable=False, comment="The warning, in words a person can act on."),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["staging.release_parse.release_id"],
            name=op.f("fk_parse_warning_release_id"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("release_id", "warning_no", name=op.f("pk_parse_warning")),
        schema="staging",
        comment="Parser warnings (grain: release x warning).",
    )
    op.create_table(
        "fct_actual",
        sa.Column("actual_key", sa.BigInteger(), nullable=False, comment="Surrogate key."),
        sa.Column("company_key", sa.Integer(), nullable=False, comment="Company."),
        sa.Column("fiscal_period_key", sa.Integer(), nullable=False, comment="Period reported."),
        sa.Column("metric_key", sa.SmallInteger(), nullable=False, comment="Metric."),
        sa.Column("consolidation", sa.Text(), nullable=False, comment="consolidated, parent or unknown."),
        sa.Column("accounting_standard_key", sa.SmallInteger(), nullable=False, comment="Standard."),
        sa.Column("accounting_standard_evidence", sa.Text(), nullable=True, comment="What in the release settles the standard."),
        sa.Column(
            "is_adjusted",
            sa.Boolean(),
            nullable=False,
            comment="An adjusted (alternative) result given beside the reported one.",
        ),
        sa.Column("release_key", sa.BigInteger(), nullable=False, comment="Release that reports it."),
        sa.Column("reported_date_key", sa.Integer(), nullable=False, comment="Dateline of the reporting release."),
        sa.Column("value", sa.Numeric(precision=24, scale=4), nullable=False, comment="Reported value in whole units."),
        sa.Column("unit", sa.Text(), nullable=False, comment="JPY, JPY_per_share, USD or USD_per_share."),
        sa.Column(
            "is_latest", sa.Boolean(), nullable=False, comment="The latest report of this figure (any standard)."
        ),
        sa.Column("period_label", sa.Text(), nullable=True, comment="The release's own label for the period."),
        sa.Column("fact_no", sa.Integer(), nullable=False, comment="Position in the release's parse (staging)."),
        sa.Column(
            "line_start", sa.Integer(), nullable=True, comment="First line (1-based) of the fact in the repaired text."
        ),
        sa.Column("line_end", sa.Integer(), nullable=True, comment="Last line (1-based) of the fact."),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=True,
            comment="Character offset where the printed number starts in the repaired text.",
        ),
        sa.Column("char_end", sa.Integer(), nullable=True, comment="Character offset just past the printed number."),
        sa.Column("source_text", sa.Text(), nullable=True, comment="The number exactly as printed."),
        sa.Column("row_label", sa.Text(), nullable=True, comment="Row label the number was read under."),
        sa.Column("column_label", sa.Text(), nullable=True, comment="Column label the number was read under."),
        sa.CheckConstraint(
            "consolidation IN ('consolidated', 'parent', 'unknown')", name=op.f("ck_fct_actual_consolidation_known")
        ),
        sa.ForeignKeyConstraint(
            ["accounting_standard_key"],
            ["warehouse.dim_accounting_standard.accounting_standard_key"],
            name=op.f("fk_fct_actual_accounting_standard_key"),
        ),
        sa.ForeignKeyConstraint(
            ["company_key"], ["warehouse.dim_company.company_key"], name=op.f("fk_fct_actual_company_key")
        ),
        sa.ForeignKeyConstraint(
            ["fiscal_period_key"],
            ["warehouse.dim_fiscal_period.fiscal_period_key"],
            name=op.f("fk_fct_actual_fiscal_period_key"),
        ),
        sa.ForeignKeyConstraint(
            ["metric_key"], ["warehouse.dim_metric.metric_key"], name=op.f("fk_fct_actual_metric_key")
        ),
        sa.ForeignKeyConstraint(
            ["release_key"], ["warehouse.dim_release.release_key"], name=op.f("fk_fct_actual_release_key")
        ),
        sa.ForeignKeyConstraint(
            ["reported_date_key"], ["warehouse.dim_date.date_key"], name=op.f("fk_fct_actual_reported_date_key")
        ),
        sa.PrimaryKeyConstraint("actual_key", name=op.f("pk_fct_actual")),
        sa.UniqueConstraint(
            "company_key",
            "fiscal_period_key",
            "metric_key",
            "consolidation",
            "accounting_standard_key",
            "is_adjusted",
            "release_key",
            name="uq_fct_actual_natural_key",
        ),
        schema="warehouse",
        comment="Reported results (grain: company x fiscal period x metric x consolidation x standard x adjusted-or-not x release). A restatement is a new row beside the first report.",
    )
    op.create_index(
        "ix_fct_actual_company_metric_period",
        "fct_actual",
        ["company_key", "metric_key", "fiscal_period_key"],
        unique=False,
        schema="warehouse",
    )
    op.create_index(op.f("ix_fct_actual_release_key"), "fct_actual", ["release_key"], unique=False, schema="warehouse")
    op.create_table(
        "fct_dividend",
        sa.Column("dividend_key", sa.BigInteger(), nullable=False, comment="Surrogate key."),
        sa.Column("company_key", sa.Integer(), nullable=False, comment="Company."),
        sa.Column("fiscal_period_key", sa.Integer(), nullable=False, comment="The fiscal year (an FY period)."),
        sa.Column("release_key", sa.BigInteger(), nullable=False, comment="Release that states the dividend."),
        sa.Column("dividend_period", sa.Text(), nullable=False, comment="q1, interim, q3, year_end or annual."),
        sa.Column("scenario", sa.Text(), nullable=False, comment="actual, forecast or previous_forecast."),
        sa.Column("status", sa.Text(), nullable=True, comment="declared or paid, for actuals."),
        sa.Column(
            "per_share",
            sa.Numeric(precision=18, scale=4),
            nullable=True,
            comment="Amount per share as declared (NULL for a range).",
        ),
        sa.Column(
            "range_low", sa.Numeric(precision=18, scale=4), nullable=True, comment="Lower bound of a range forecast."
        ),
        sa.Column(
            "range_high", sa.Numeric(precision=18, scale=4), nullable=True, comment="Upper bound of a range forecast."
        ),
        sa.Column(
            "ordinary_per_share",
            sa.Numeric(precision=18, scale=4),
            nullable=True,
            comment="Ordinary part, where split out.",
        ),
        sa.Column("special_per_share", sa.Numeric(precision=18, scale=4), nullable=True, comment="Special part."),
        sa.Column(
            "commemorative_per_share", sa.Numeric(precision=18, scale=4), nullable=True, comment="Commemorative part."
        ),
        sa.Column("currency", sa.Text(), nullable=False, comment="Currency of the amounts."),
        sa.Column("total_amount", sa.Numeric(precision=20, scale=0), nullable=True, comment="Total paid, whole units."),
        sa.Column("resource", sa.Text(), nullable=True, comment="retained_earnings or capital_surplus."),
        sa.Column("record_date_key", sa.Integer(), nullable=False, comment="Record date."),
        sa.Column("effective_date_key", sa.Integer(), nullable=False, comment="Payment start date."),
        sa.Column(
            "announcement_date_key", sa.Integer(), nullable=False, comment="When a forecast was first announced."
        ),
        sa.Column("fiscal_year_label", sa.Text(), nullable=True, comment="The company's own label for the year."),
        sa.Column("fact_no", sa.Integer(), nullable=False, comment="Position in the release's parse (staging)."),
        sa.Column(
            "line_start", sa.Integer(), nullable=True, comment="First line (1-based) of the fact in the repaired text."
        ),
        sa.Column("line_end", sa.Integer(), nullable=True, comment="Last line (1-based) of the fact."),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=True,
            comment="Character offset where the printed number starts in the repaired text.",
        ),
        sa.Column("char_end", sa.Integer(), nullable=True, comment="Character offset just past the printed number."),
        sa.Column("source_text", sa.Text(), nullable=True, comment="The number exactly as printed."),
        sa.Column("row_label", sa.Text(), nullable=True, comment="Row label the number was read under."),
        sa.Column("column_label", sa.Text(), nullable=True, comment="Column label the number was read under."),
        sa.CheckConstraint(
            "dividend_period IN ('q1', 'interim', 'q3', 'year_end', 'annual')",
            name=op.f("ck_fct_dividend_period_known"),
        ),
        sa.CheckConstraint(
            "scenario IN ('actual', 'forecast', 'previous_forecast')", name=op.f("ck_fct_dividend_scenario_known")
        ),
        sa.CheckConstraint("per_share >= 0", name=op.f("ck_fct_dividend_per_share_non_negative")),
        sa.CheckConstraint("range_low <= range_high", name=op.f("ck_fct_dividend_range_ordered")),
        sa.ForeignKeyConstraint(
            ["announcement_date_key"],
            ["warehouse.dim_date.date_key"],
            name=op.f("fk_fct_dividend_announcement_date_key"),
        ),
        sa.ForeignKeyConstraint(
            ["company_key"], ["warehouse.dim_company.company_key"], name=op.f("fk_fct_dividend_company_key")
        ),
        sa.ForeignKeyConstraint(
            ["effective_date_key"], ["warehouse.dim_date.date_key"], name=op.f("fk_fct_dividend_effective_date_key")
        ),
        sa.ForeignKeyConstraint(
            ["fiscal_period_key"],
            ["warehouse.dim_fiscal_period.fiscal_period_key"],
            name=op.f("fk_fct_dividend_fiscal_period_key"),
        ),
        sa.ForeignKeyConstraint(
            ["record_date_key"], ["warehouse.dim_date.date_key"], name=op.f("fk_fct_dividend_record_date_key")
        ),
        sa.ForeignKeyConstraint(
            ["release_key"], ["warehouse.dim_release.release_key"], name=op.f("fk_fct_dividend_release_key")
        ),
        sa.PrimaryKeyConstraint("dividend_key", name=op.f("pk_fct_dividend")),
        sa.UniqueConstraint(
            "company_key",
            "fiscal_period_key",
            "dividend_period",
            "scenario",
            "release_key",
            name="uq_fct_dividend_natural_key",
        ),
        schema="warehouse",
        comment="Dividends per share (grain: company x fiscal year x dividend period x scenario x release).",
    )
    op.create_index(
        op.f("ix_fct_dividend_release_key"), "fct_dividend", ["release_key"], unique=False, schema="warehouse"
    )
    op.create_table(
        "fct_forecast",
        sa.Column("forecast_key", sa.BigInteger(), nullable=False, comment="Surrogate key."),
        sa.Column("company_key", sa.Integer(), nullable=False, comment="Company."),
        sa.Column("fiscal_period_key", sa.Integer(), nullable=False, comment="Period forecast."),
        sa.Column("metric_key", sa.SmallInteger(), nullable=False, comment="Metric."),
        sa.Column("consolidation", sa.Text(), nullable=False, comment="consolidated, parent or unknown."),
        sa.Column("accounting_standard_key", sa.SmallInteger(), nullable=False, comment="Standard."),
        sa.Column(
            "source_release_key",
            sa.BigInteger(),
            nullable=False,
            comment="Release that announced this version; where that release is not loaded, the earliest release that cites it (is_evidence_only).",
        ),
        sa.Column(
            "announced_date_key", sa.Integer(), nullable=False, comment="When this version was announced (-1 unknown)."
        ),
        sa.Column(
            "value", sa.Numeric(precision=24, scale=4), nullable=True, comment="Forecast value (NULL for a range)."
        ),
        sa.Column("range_low", sa.Numeric(precision=24, scale=4), nullable=True, comment="Lower bound of a range."),
        sa.Column("range_high", sa.Numeric(precision=24, scale=4), nullable=True, comment="Upper bound of a range."),
        sa.Column("unit", sa.Text(), nullable=False, comment="JPY, JPY_per_share, USD or USD_per_share."),
        sa.Column(
            "is_evidence_only",
            sa.Boolean(),
            nullable=False,
            comment="Known only because a later release cites it; the announcing release is not loaded.",
        ),
        sa.Column(
            "revision_no",
            sa.Integer(),
            nullable=False,
            comment="1 for the first known version of this forecast, then 2, 3, ...",
        ),
        sa.Column(
            "valid_from",
            sa.Date(),
            nullable=True,
            comment="Start of the knowledge interval (the announcement; NULL when unknown).",
        ),
        sa.Column(
            "valid_to", sa.Date(), nullable=True, comment="When the next version superseded it (NULL: still standing)."
        ),
        sa.Column("is_latest", sa.Boolean(), nullable=False, comment="The standing forecast for its key."),
        sa.Column("previous_forecast_key", sa.BigInteger(), nullable=True, comment="The version this one superseded."),
        sa.CheckConstraint(
            "consolidation IN ('consolidated', 'parent', 'unknown')", name=op.f("ck_fct_forecast_consolidation_known")
        ),
        sa.CheckConstraint("range_low <= range_high", name=op.f("ck_fct_forecast_range_ordered")),
        sa.CheckConstraint(
            "valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to",
            name=op.f("ck_fct_forecast_interval_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["accounting_standard_key"],
            ["warehouse.dim_accounting_standard.accounting_standard_key"],
            name=op.f("fk_fct_forecast_accounting_standard_key"),
        ),
        sa.ForeignKeyConstraint(
            ["announced_date_key"], ["warehouse.dim_date.date_key"], name=op.f("fk_fct_forecast_announced_date_key")
        ),
        sa.ForeignKeyConstraint(
            ["company_key"], ["warehouse.dim_company.company_key"], name=op.f("fk_fct_forecast_company_key")
        ),
        sa.ForeignKeyConstraint(
            ["fiscal_period_key"],
            ["warehouse.dim_fiscal_period.fiscal_period_key"],
            name=op.f("fk_fct_forecast_fiscal_period_key"),
        ),
        sa.ForeignKeyConstraint(
            ["metric_key"], ["warehouse.dim_metric.metric_key"], name=op.f("fk_fct_forecast_metric_key")
        ),
        sa.ForeignKeyConstraint(
            ["previous_forecast_key"],
            ["warehouse.fct_forecast.forecast_key"],
            name=op.f("fk_fct_forecast_previous_forecast_key"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["source_release_key"],
            ["warehouse.dim_release.release_key"],
            name=op.f("fk_fct_forecast_source_release_key"),
        ),
        sa.PrimaryKeyConstraint("forecast_key", name=op.f("pk_fct_forecast")),
        sa.UniqueConstraint(
            "company_key",
            "fiscal_period_key",
            "metric_key",
            "consolidation",
            "announced_date_key",
            "source_release_key",
            name="uq_fct_forecast_natural_key",
        ),
        schema="warehouse",
        comment="Forecast versions (grain: company x fiscal period x metric x consolidation x release that states it). A 'previous forecast' row in a later release links to the version it repeats.",
    )
    op.create_index(
        "ix_fct_forecast_forecast_key_columns",
        "fct_forecast",
        ["company_key", "metric_key", "fiscal_period_key", "consolidation"],
        unique=False,
        schema="warehouse",
    )
    op.create_index(
        op.f("ix_fct_forecast_source_release_key"),
        "fct_forecast",
        ["source_release_key"],
        unique=False,
        schema="warehouse",
    )
    op.create_table(
        "fct_forecast_statement",
        sa.Column("release_key", sa.BigInteger(), nullable=False, comment="Release that states the forecast."),
        sa.Column("fact_no", sa.Integer(), nullable=False, comment="Position in the release's parse."),
        sa.Column("forecast_key", sa.BigInteger(), nullable=False, comment="The forecast version stated."),
        sa.Column(
            "stated_scenario",
            sa.Text(),
            nullable=False,
            comment="forecast or previous_forecast, as the release presents it.",
        ),
        sa.Column("stated_announced_on", sa.Date(), nullable=True, comment="Announcement date the release gives."),
        sa.Column(
            "value", sa.Numeric(precision=24, scale=4), nullable=True, comment="Value as this release states it."
        ),
        sa.Column("range_low", sa.Numeric(precision=24, scale=4), nullable=True, comment="Lower bound as stated."),
        sa.Column("range_high", sa.Numeric(precision=24, scale=4), nullable=True, comment="Upper bound as stated."),
        sa.Column("unit", sa.Text(), nullable=False, comment="Unit as stated."),
        sa.Column("accounting_standard_key", sa.SmallInteger(), nullable=False, comment="Standard as stated."),
        sa.Column("accounting_standard_evidence", sa.Text(), nullable=True, comment="What in the release settles the standard."),
        sa.Column("period_label", sa.Text(), nullable=True, comment="The release's own label for the period."),
        sa.Column(
            "line_start", sa.Integer(), nullable=True, comment="First line (1-based) of the fact in the repaired text."
        ),
        sa.Column("line_end", sa.Integer(), nullable=True, comment="Last line (1-based) of the fact."),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=True,
            comment="Character offset where the printed number starts in the repaired text.",
        ),
        sa.Column("char_end", sa.Integer(), nullable=True, comment="Character offset just past the printed number."),
        sa.Column("source_text", sa.Text(), nullable=True, comment="The number exactly as printed."),
        sa.Column("row_label", sa.Text(), nullable=True, comment="Row label the number was read under."),
        sa.Column("column_label", sa.Text(), nullable=True, comment="Column label the number was read under."),
        sa.CheckConstraint(
            "stated_scenario IN ('forecast', 'previous_forecast')",
            name=op.f("ck_fct_forecast_statement_scenario_known"),
        ),
        sa.ForeignKeyConstraint(
            ["accounting_standard_key"],
            ["warehouse.dim_accounting_standard.accounting_standard_key"],
            name=op.f("fk_fct_forecast_statement_accounting_standard_key"),
        ),
        sa.ForeignKeyConstraint(
            ["forecast_key"],
            ["warehouse.fct_forecast.forecast_key"],
            name=op.f("fk_fct_forecast_statement_forecast_key"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["release_key"], ["warehouse.dim_release.release_key"], name=op.f("fk_fct_forecast_statement_release_key")
        ),
        sa.PrimaryKeyConstraint("release_key", "fact_no", name=op.f("pk_fct_forecast_statement")),
        schema="warehouse",
        comment="Every place a release states a forecast (grain: release x parsed figure), linked to the forecast version it states.",
    )
    op.create_index(
        op.f("ix_fct_forecast_statement_forecast_key"),
        "fct_forecast_statement",
        ["forecast_key"],
        unique=False,
        schema="warehouse",
    )

    _seed()
    op.execute(FISCAL_FUNCTIONS)


STANDARDS = [
    (-1, "unknown", "Not stated in the release"),
    (1, "J-GAAP", "Japanese GAAP"),
    (2, "IFRS", "International Financial Reporting Standards"),
    (3, "US GAAP", "US Generally Accepted Accounting Principles"),
]
METRICS = [
    (1, "revenue", "Revenue / net sales", "money"),
    (2, "operating_profit", "Operating profit", "money"),
    (3, "ordinary_profit", "Ordinary profit (J-GAAP)", "money"),
    (4, "profit_before_tax", "Profit before tax", "money"),
    (5, "net_profit_attributable", "Profit attributable to owners of the parent", "money"),
    (6, "eps_basic", "Basic earnings per share", "per_share"),
]


# Pure calendar arithmetic the loader and the marts share (IMMUTABLE: no table access, no writes).
FISCAL_FUNCTIONS = """
CREATE FUNCTION warehouse.fiscal_year_end_of(period_start date, period_end date, year_end_month int)
RETURNS date LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE same_year date;
BEGIN
    IF year_end_month IS NULL THEN
        RETURN coalesce((period_start + interval '1 year' - interval '1 day')::date, period_end);
    END IF;
    same_year := (make_date(extract(year FROM period_end)::int, year_end_month, 1) + interval '1 month'
                  - interval '1 day')::date;
    IF same_year >= period_end THEN
        RETURN same_year;
    END IF;
    RETURN (make_date(extract(year FROM period_end)::int + 1, year_end_month, 1) + interval '1 month'
            - interval '1 day')::date;
END
$$;
COMMENT ON FUNCTION warehouse.fiscal_year_end_of(date, date, int) IS
    'Last day of the fiscal year holding a period: the first month-end of the year-end month on or after the '
    'period end; without a known month, one year from the period start (periods are cumulative).';

CREATE FUNCTION warehouse.fiscal_period_type(start_date date, end_date date, fiscal_year_end date)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    start_offset int := round((start_date - (fiscal_year_end - interval '1 year' + interval '1 day')::date) / 30.44);
    months int := round((end_date - start_date + 1) / 30.44);
BEGIN
    RETURN CASE
        WHEN start_offset = 0 AND months = 12 THEN 'FY'
        WHEN start_offset = 0 AND months = 3 THEN 'Q1'
        WHEN start_offset = 0 AND months = 6 THEN 'H1'
        WHEN start_offset = 0 AND months = 9 THEN '9M'
        WHEN start_offset = 3 AND months = 3 THEN 'Q2'
        WHEN start_offset = 6 AND months = 3 THEN 'Q3'
        WHEN start_offset = 9 AND months = 3 THEN 'Q4'
        WHEN start_offset = 6 AND months = 6 THEN 'H2'
        WHEN end_date = fiscal_year_end THEN 'FY'
        ELSE 'other'
    END;
END
$$;
COMMENT ON FUNCTION warehouse.fiscal_period_type(date, date, date) IS
    'FY, H1, H2, Q1-Q4 (stand-alone quarters), 9M (cumulative), or other, from a period''s position in its '
    'fiscal year; a period ending on the year end that fits none (a transitional year) is FY.';

CREATE FUNCTION warehouse.fiscal_period_label(start_date date, end_date date, fiscal_year_end date)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    period_type text := warehouse.fiscal_period_type(start_date, end_date, fiscal_year_end);
    year_label text := 'FY ending ' || to_char(fiscal_year_end, 'YYYY-MM');
BEGIN
    RETURN CASE period_type
        WHEN 'FY' THEN year_label
        WHEN 'other' THEN start_date || ' to ' || end_date || ' (' || year_label || ')'
        ELSE period_type || ' of ' || year_label
    END;
END
$$;
COMMENT ON FUNCTION warehouse.fiscal_period_label(date, date, date) IS
    'Company-neutral period label: ''FY ending 2020-03'', ''H1 of FY ending 2020-03''.';
"""


def _seed() -> None:
    op.execute(
        """
        INSERT INTO warehouse.dim_date (date_key, label) VALUES (-1, 'unknown'), (-2, 'not applicable');
        INSERT INTO warehouse.dim_company (company_key, company_code, company_name)
            VALUES (-1, 'unknown', 'Unknown company');
        INSERT INTO warehouse.dim_release (release_key, company_key, published_date_key, title)
            VALUES (-1, -1, -1, 'Unknown release');
        INSERT INTO warehouse.dim_fiscal_period (fiscal_period_key, company_key, period_type, neutral_label)
            VALUES (-1, -1, 'unknown', 'unknown period');
        """
    )
    standards = sa.table(
        "dim_accounting_standard",
        sa.column("accounting_standard_key"),
        sa.column("standard_code"),
        sa.column("standard_name"),
        schema="warehouse",
    )
    op.bulk_insert(
        standards,
        [
            dict(zip(("accounting_standard_key", "standard_code", "standard_name"), row, strict=True))
            for row in STANDARDS
        ],
    )
    metrics = sa.table(
        "dim_metric",
        sa.column("metric_key"),
        sa.column("metric_code"),
        sa.column("metric_name"),
        sa.column("unit_kind"),
        schema="warehouse",
    )
    op.bulk_insert(
        metrics,
        [dict(zip(("metric_key", "metric_code", "metric_name", "unit_kind"), row, strict=True)) for row in METRICS],
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION warehouse.fiscal_period_label(date, date, date)")
    op.execute("DROP FUNCTION warehouse.fiscal_period_type(date, date, date)")
    op.execute("DROP FUNCTION warehouse.fiscal_year_end_of(date, date, int)")
    op.drop_index(
        op.f("ix_fct_forecast_statement_forecast_key"), table_name="fct_forecast_statement", schema="warehouse"
    )
    op.drop_table("fct_forecast_statement", schema="warehouse")
    op.drop_index(op.f("ix_fct_forecast_source_release_key"), table_name="fct_forecast", schema="warehouse")
    op.drop_index("ix_fct_forecast_forecast_key_columns", table_name="fct_forecast", schema="warehouse")
    op.drop_table("fct_forecast", schema="warehouse")
    op.drop_index(op.f("ix_fct_dividend_release_key"), table_name="fct_dividend", schema="warehouse")
    op.drop_table("fct_dividend", schema="warehouse")
    op.drop_index(op.f("ix_fct_actual_release_key"), table_name="fct_actual", schema="warehouse")
    op.drop_index("ix_fct_actual_company_metric_period", table_name="fct_actual", schema="warehouse")
    op.drop_table("fct_actual", schema="warehouse")
    op.drop_table("parse_warning", schema="staging")
    op.drop_table("figure_fact", schema="staging")
    op.drop_table("dividend_fact", schema="staging")
    op.drop_table("dim_release", schema="warehouse")
    op.drop_table("dim_fiscal_period", schema="warehouse")
    op.drop_table("release_parse", schema="staging")
    op.drop_table("dim_metric", schema="warehouse")
    op.drop_table("dim_date", schema="warehouse")
    op.drop_table("dim_company", schema="warehouse")
    op.drop_table("dim_accounting_standard", schema="warehouse")
