"""Marts for BI tools and SQL users, role-playing date views, and the read-only BI role.

Every view and column carries a COMMENT: BI tools show it and ``irwh docs`` builds the data
dictionary from it. The read-only role ``irwh_reader`` may read ``mart`` and ``warehouse`` only;
it is created without a login; ``irwh db upgrade`` gives it one with the configured password
(IRWH_READER_PASSWORD, or the one generated for the embedded server).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READER = "irwh_reader"

DATE_ROLES = {
    "dim_record_date": "record date of a dividend",
    "dim_effective_date": "payment start (effective) date of a dividend",
    "dim_announcement_date": "date a forecast was announced",
    "dim_publication_date": "dateline of a release",
}
DATE_COLUMNS = {
    "date_key": "YYYYMMDD key; -1 unknown, -2 not applicable.",
    "calendar_date": "The day.",
    "year": "Calendar year.",
    "quarter": "Calendar quarter 1-4.",
    "month": "Calendar month 1-12.",
    "day_of_month": "Day of the month.",
    "iso_weekday": "1 = Monday ... 7 = Sunday.",
    "weekday_name": "Monday ... Sunday.",
    "is_month_end": "Last day of its month.",
    "jp_fiscal_year": "Japanese fiscal year (April-March) named by its starting year.",
    "label": "ISO date, or 'unknown' / 'not applicable'.",
}

# name -> (comment, select, {column: comment})
VIEWS: dict[str, tuple[str, str, dict[str, str]]] = {
    "warehouse.company_fiscal_year_end": (
        "Fiscal-year-end month history per company, derived from the fiscal years its facts belong to.",
        """
        SELECT c.company_code, extract(month FROM p.fiscal_year_end)::int AS fiscal_year_end_month,
               min(p.fiscal_year_end) AS first_fiscal_year_end, max(p.fiscal_year_end) AS last_fiscal_year_end
        FROM warehouse.dim_fiscal_period p JOIN warehouse.dim_company c USING (company_key)
        WHERE p.fiscal_period_key > 0 AND p.period_type = 'FY'
        GROUP BY c.company_code, extract(month FROM p.fiscal_year_end)
        """,
        {
            "company_code": "Securities code.",
            "fiscal_year_end_month": "Month the fiscal year ends.",
            "first_fiscal_year_end": "First fiscal year seen ending in that month.",
            "last_fiscal_year_end": "Last fiscal year seen ending in that month.",
        },
    ),
    "mart.dividend_history": (
        "Every version of every dividend fact, as each release stated it, with its knowledge interval "
        "(grain: company x fiscal year x period x scenario x release).",
        """
        SELECT c.company_code, c.company_name, p.fiscal_year_end, f.dividend_period AS period, f.scenario,
               CASE WHEN f.scenario = 'actual' THEN f.status ELSE 'forecast' END AS status,
               f.per_share, f.range_low, f.range_high, f.ordinary_per_share, f.special_per_share,
               f.commemorative_per_share, f.currency, f.total_amount, f.resource,
               rd.calendar_date AS record_date, ed.calendar_date AS effective_date,
               ad.calendar_date AS announced_on, rel.published_on,
               coalesce(ad.calendar_date, rel.published_on) AS valid_from,
               lead(coalesce(ad.calendar_date, rel.published_on)) OVER w AS valid_to,
               rel.release_id, rel.sha256 AS release_sha256
        FROM warehouse.fct_dividend f
        JOIN warehouse.dim_company c USING (company_key)
        JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)
        JOIN warehouse.dim_release rel USING (release_key)
        JOIN warehouse.dim_date rd ON rd.date_key = f.record_date_key
        JOIN warehouse.dim_date ed ON ed.date_key = f.effective_date_key
        JOIN warehouse.dim_date ad ON ad.date_key = f.announcement_date_key
        WINDOW w AS (PARTITION BY c.company_code, p.fiscal_year_end, f.dividend_period
                     ORDER BY coalesce(ad.calendar_date, rel.published_on),
                              array_position(ARRAY['previous_forecast', 'forecast', 'actual'], f.scenario),
                              rel.sha256)
        """,
        {
            "company_code": "Securities code.",
            "company_name": "Company name.",
            "fiscal_year_end": "Last day of the fiscal year the dividend belongs to.",
            "period": "q1, interim, q3, year_end or annual.",
            "scenario": "actual, forecast or previous_forecast, as the release states it.",
            "status": "forecast, declared or paid.",
            "per_share": "Amount per share as declared (NULL for a range).",
            "range_low": "Lower bound of a range forecast.",
            "range_high": "Upper bound of a range forecast.",
            "ordinary_per_share": "Ordinary part, where split out.",
            "special_per_share": "Special part, where split out.",
            "commemorative_per_share": "Commemorative part, where split out.",
            "currency": "Currency of the amounts.",
            "total_amount": "Total paid for the period, whole currency units.",
            "resource": "retained_earnings or capital_surplus.",
            "record_date": "Record date.",
            "effective_date": "Payment start (effective) date.",
            "announced_on": "When a forecast was first announced.",
            "published_on": "Dateline of the stating release.",
            "valid_from": "From when this version was known (announcement, else the release's dateline).",
            "valid_to": "When the next version of the same dividend became known (NULL: still standing).",
            "release_id": "The stating release (raw.release id).",
            "release_sha256": "Content hash of the stating release.",
        },
    ),
}

VIEWS["mart.dividends"] = (
    "The standing state of each dividend: the latest actual, else the latest forecast "
    "(grain: company x fiscal year x period).",
    """
    SELECT company_code, company_name, fiscal_year_end, period, per_share, range_low, range_high, currency,
           status, record_date, effective_date, total_amount, resource, announced_on, published_on, release_id,
           release_sha256
    FROM (
        SELECT h.*, row_number() OVER (
                   PARTITION BY company_code, fiscal_year_end, period
                   ORDER BY array_position(ARRAY['actual', 'forecast', 'previous_forecast'], scenario),
                            valid_from DESC, published_on DESC NULLS LAST, release_sha256 DESC) AS rank
        FROM mart.dividend_history h
    ) AS ranked
    WHERE rank = 1
    """,
    {
        "company_code": "Securities code.",
        "company_name": "Company name.",
        "fiscal_year_end": "Last day of the fiscal year.",
        "period": "q1, interim, q3, year_end or annual.",
        "per_share": "Amount per share (NULL for a range).",
        "range_low": "Lower bound of a range forecast.",
        "range_high": "Upper bound of a range forecast.",
        "currency": "Currency of the amounts.",
        "status": "forecast, declared or paid.",
        "record_date": "Record date.",
        "effective_date": "Payment start (effective) date.",
        "total_amount": "Total paid, whole currency units.",
        "resource": "retained_earnings or capital_surplus.",
        "announced_on": "When the standing forecast was announced (forecasts only).",
        "published_on": "Dateline of the release the standing value comes from.",
        "release_id": "That release (raw.release id).",
        "release_sha256": "Content hash of that release.",
    },
)

VIEWS["mart.forecasts"] = (
    "Every forecast version with its knowledge interval and the change from the version before "
    "(grain: company x fiscal period x metric x consolidation x announcement).",
    """
    SELECT c.company_code, c.company_name, m.metric_code AS metric, p.start_date AS period_start,
           p.end_date AS period_end, p.fiscal_year_end, p.period_type, p.neutral_label AS period_label,
           p.company_label AS company_period_label,
           CASE f.consolidation WHEN 'consolidated' THEN true WHEN 'parent' THEN false END AS consolidated,
           nullif(s.standard_code, 'unknown') AS accounting_standard,
           f.value, f.range_low, f.range_high, f.unit, f.valid_from AS announced_on, f.valid_to AS superseded_on,
           f.is_latest, f.revision_no, f.is_evidence_only, prev.value AS previous_value,
           f.value - prev.value AS change,
           round((f.value - prev.value) / nullif(abs(prev.value), 0) * 100, 2) AS change_pct,
           rel.release_id, rel.sha256 AS release_sha256
    FROM warehouse.fct_forecast f
    JOIN warehouse.dim_company c USING (company_key)
    JOIN warehouse.dim_metric m USING (metric_key)
    JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)
    JOIN warehouse.dim_accounting_standard s USING (accounting_standard_key)
    JOIN warehouse.dim_release rel ON rel.release_key = f.source_release_key
    LEFT JOIN warehouse.fct_forecast prev ON prev.forecast_key = f.previous_forecast_key
    """,
    {
        "company_code": "Securities code.",
        "company_name": "Company name.",
        "metric": "revenue, operating_profit, ordinary_profit, profit_before_tax, net_profit_attributable, "
                  "eps_basic.",
        "period_start": "First day of the forecast period.",
        "period_end": "Last day of the forecast period.",
        "fiscal_year_end": "Last day of the fiscal year holding the period.",
        "period_type": "FY, H1, H2, Q1-Q4, 9M or other.",
        "period_label": "Neutral label ('H1 of FY ending 2020-03').",
        "company_period_label": "The company's own label ('1H19'), where printed.",
        "consolidated": "true consolidated, false parent-only, NULL not stated.",
        "accounting_standard": "IFRS, US GAAP or J-GAAP; NULL when not stated.",
        "value": "Forecast value in whole units (NULL for a range).",
        "range_low": "Lower bound of a range forecast.",
        "range_high": "Upper bound of a range forecast.",
        "unit": "JPY, JPY_per_share, USD or USD_per_share.",
        "announced_on": "When this version was announced (NULL when no release states it).",
        "superseded_on": "When the next version became known (NULL: still standing).",
        "is_latest": "The standing forecast.",
        "revision_no": "1 for the first known version, then 2, 3, ...",
        "is_evidence_only": "Known only from a later release citing it.",
        "previous_value": "Value of the version this one superseded.",
        "change": "value - previous_value.",
        "change_pct": "Change in percent of the previous value.",
        "release_id": "Release that announced (or first cited) this version (raw.release id).",
        "release_sha256": "Content hash of that release.",
    },
)

VIEWS["mart.actuals"] = (
    "Every reported result; a restatement stands beside the first report, the latest marked "
    "(grain: company x period x metric x consolidation x standard x adjusted x release).",
    """
    SELECT c.company_code, c.company_name, m.metric_code AS metric, p.start_date AS period_start,
           p.end_date AS period_end, p.fiscal_year_end, p.period_type, p.neutral_label AS period_label,
           CASE f.consolidation WHEN 'consolidated' THEN true WHEN 'parent' THEN false END AS consolidated,
           nullif(s.standard_code, 'unknown') AS accounting_standard, f.is_adjusted, f.value, f.unit,
           rel.published_on AS reported_on, f.is_latest, rel.release_id, rel.sha256 AS release_sha256
    FROM warehouse.fct_actual f
    JOIN warehouse.dim_company c USING (company_key)
    JOIN warehouse.dim_metric m USING (metric_key)
    JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)
    JOIN warehouse.dim_accounting_standard s USING (accounting_standard_key)
    JOIN warehouse.dim_release rel USING (release_key)
    """,
    {
        "company_code": "Securities code.",
        "company_name": "Company name.",
        "metric": "Metric code.",
        "period_start": "First day of the period.",
        "period_end": "Last day of the period.",
        "fiscal_year_end": "Last day of the fiscal year holding the period.",
        "period_type": "FY, H1, H2, Q1-Q4, 9M or other.",
        "period_label": "Neutral label.",
        "consolidated": "true consolidated, false parent-only, NULL not stated.",
        "accounting_standard": "IFRS, US GAAP or J-GAAP; NULL when not stated.",
        "is_adjusted": "An adjusted (alternative) result given beside the reported one.",
        "value": "Reported value in whole units.",
        "unit": "JPY, JPY_per_share, USD or USD_per_share.",
        "reported_on": "Dateline of the reporting release.",
        "is_latest": "The latest report of this figure.",
        "release_id": "Reporting release (raw.release id).",
        "release_sha256": "Content hash of that release.",
    },
)

VIEWS["mart.forecast_vs_actual"] = (
    "Forecasts against the result they forecast: first forecast, last forecast before the result, the "
    "result and the surprise (grain: company x period x metric x consolidation).",
    """
    WITH actual AS (
        SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation,
               (array_agg(f.value ORDER BY f.is_latest DESC, rel.published_on DESC, rel.sha256 DESC))[1]
                   AS actual_value,
               min(rel.published_on) AS reported_on
        FROM warehouse.fct_actual f JOIN warehouse.dim_release rel USING (release_key)
        WHERE NOT f.is_adjusted
        GROUP BY f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation
    ),
    forecast AS (
        SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation,
               (array_agg(f.value ORDER BY f.revision_no))[1] AS first_forecast,
               (array_agg(f.valid_from ORDER BY f.revision_no))[1] AS first_announced_on,
               (array_agg(f.value ORDER BY f.revision_no DESC)
                    FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on))[1] AS latest_forecast,
               (array_agg(f.valid_from ORDER BY f.revision_no DESC)
                    FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on))[1]
                   AS latest_announced_on,
               count(*) FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on) - 1 AS revisions
        FROM warehouse.fct_forecast f
        JOIN actual a USING (company_key, fiscal_period_key, metric_key, consolidation)
        GROUP BY f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation
    )
    SELECT c.company_code, c.company_name, m.metric_code AS metric, p.start_date AS period_start,
           p.end_date AS period_end, p.fiscal_year_end, p.neutral_label AS period_label,
           CASE a.consolidation WHEN 'consolidated' THEN true WHEN 'parent' THEN false END AS consolidated,
           fc.first_forecast, fc.first_announced_on, fc.latest_forecast, fc.latest_announced_on,
           a.actual_value AS actual, a.reported_on,
           round((a.actual_value - fc.latest_forecast) / nullif(abs(fc.latest_forecast), 0) * 100, 2)
               AS surprise_pct,
           greatest(fc.revisions, 0) AS revisions
    FROM actual a
    JOIN forecast fc USING (company_key, fiscal_period_key, metric_key, consolidation)
    JOIN warehouse.dim_company c ON c.company_key = a.company_key
    JOIN warehouse.dim_metric m ON m.metric_key = a.metric_key
    JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = a.fiscal_period_key
    """,
    {
        "company_code": "Securities code.",
        "company_name": "Company name.",
        "metric": "Metric code.",
        "period_start": "First day of the period.",
        "period_end": "Last day of the period.",
        "fiscal_year_end": "Last day of the fiscal year holding the period.",
        "period_label": "Neutral label.",
        "consolidated": "true consolidated, false parent-only, NULL not stated.",
        "first_forecast": "The first known forecast.",
        "first_announced_on": "When it was announced.",
        "latest_forecast": "The last forecast announced before the result was reported.",
        "latest_announced_on": "When it was announced.",
        "actual": "The reported result (latest report, not adjusted).",
        "reported_on": "When the result was first reported.",
        "surprise_pct": "(actual - latest_forecast) in percent of the latest forecast.",
        "revisions": "How many times the forecast was revised before the result.",
    },
)

VIEWS["mart.releases"] = (
    "Every archived release with its parse status, counts and the reason where it was not parsed "
    "(grain: one row per release).",
    """
    SELECT r.release_id, r.sha256, r.file_name, r.media_type, r.byte_size, r.first_seen_at, r.last_seen_at,
           r.seen_count, p.kind, p.company_code, coalesce(c.company_name, p.company_name) AS company_name,
           p.title, p.published_on, p.is_correction,
           CASE WHEN r.unreadable_reason IS NOT NULL THEN 'unreadable' ELSE coalesce(p.status, 'pending') END
               AS parse_status,
           coalesce(r.unreadable_reason, p.status_reason) AS status_reason, p.parser_version,
           coalesce(p.fact_count, 0) AS fact_count, coalesce(p.warning_count, 0) AS warning_count,
           (SELECT array_agg(w.message ORDER BY w.warning_no) FROM staging.parse_warning w
            WHERE w.release_id = r.release_id) AS warnings,
           d.loaded_at
    FROM raw.release r
    LEFT JOIN staging.release_parse p USING (release_id)
    LEFT JOIN warehouse.dim_company c ON c.company_code = p.company_code
    LEFT JOIN warehouse.dim_release d USING (release_id)
    """,
    {
        "release_id": "Archive id (raw.release).",
        "sha256": "Content hash of the original bytes.",
        "file_name": "File name when first seen.",
        "media_type": "text/plain, application/pdf, text/html ...",
        "byte_size": "Size of the original file.",
        "first_seen_at": "When first ingested.",
        "last_seen_at": "When last ingested.",
        "seen_count": "How many times the same bytes were ingested.",
        "kind": "dividend_notice, forecast_revision, results_vs_forecast, earnings_summary or other.",
        "company_code": "Securities code the release states.",
        "company_name": "Company name.",
        "title": "Title of the release.",
        "published_on": "Dateline of the release.",
        "is_correction": "The release corrects an earlier one.",
        "parse_status": "parsed, unparsed, failed, unreadable, or pending (not parsed yet).",
        "status_reason": "Why it was not parsed, in words a person can act on.",
        "parser_version": "Parser version of the staged result.",
        "fact_count": "Dividends plus figures read from it.",
        "warning_count": "Warnings the parser raised.",
        "warnings": "The warnings.",
        "loaded_at": "When it was last loaded into the star.",
    },
)


LATEST_FORECASTS_COLUMNS = {
    **VIEWS["mart.forecasts"][2],
    "consolidation": "consolidated, parent or unknown (consolidated as a non-null key).",
}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def upgrade() -> None:
    for name, role in DATE_ROLES.items():
        op.execute(f"CREATE VIEW warehouse.{name} AS SELECT * FROM warehouse.dim_date")
        op.execute(f"COMMENT ON VIEW warehouse.{name} IS {_literal('dim_date in the role of the ' + role + '.')}")
        for column, comment in DATE_COLUMNS.items():
            op.execute(f"COMMENT ON COLUMN warehouse.{name}.{column} IS {_literal(comment)}")
    for name, (comment, select, columns) in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {select}")
        op.execute(f"COMMENT ON VIEW {name} IS {_literal(comment)}")
        for column, column_comment in columns.items():
            op.execute(f"COMMENT ON COLUMN {name}.{column} IS {_literal(column_comment)}")
    # Served from a table, not computed per query: the pipeline refreshes it after each load.
    op.execute(
        """
        CREATE MATERIALIZED VIEW mart.latest_forecasts AS
        SELECT f.*, CASE f.consolidated WHEN true THEN 'consolidated' WHEN false THEN 'parent' ELSE 'unknown' END
                    AS consolidation
        FROM mart.forecasts f WHERE f.is_latest
        """
    )
    op.execute("CREATE UNIQUE INDEX ux_latest_forecasts_key ON mart.latest_forecasts "
               "(company_code, metric, period_start, period_end, consolidation)")
    op.execute("CREATE INDEX ix_latest_forecasts_period_metric ON mart.latest_forecasts (period_end, metric)")
    op.execute("COMMENT ON MATERIALIZED VIEW mart.latest_forecasts IS "
               "'The standing forecast for every company, period and metric (grain: company x period x metric x "
               "consolidation); refreshed after every load.'")
    for column, column_comment in LATEST_FORECASTS_COLUMNS.items():
        op.execute(f"COMMENT ON COLUMN mart.latest_forecasts.{column} IS {_literal(column_comment)}")
    _create_reader()


def downgrade() -> None:
    _drop_reader()
    op.execute("DROP MATERIALIZED VIEW mart.latest_forecasts")
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
    for name in DATE_ROLES:
        op.execute(f"DROP VIEW warehouse.{name}")


def _create_reader() -> None:
    op.execute(
        f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{READER}') THEN
                CREATE ROLE {READER} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
            END IF;
        END $$;
        """
    )
    op.execute(f"COMMENT ON ROLE {READER} IS 'Read-only access for BI tools: SELECT on mart and warehouse.'")
    op.execute(
        f"""
        DO $$ BEGIN
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO {READER}', current_database());
            EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        END $$;
        """
    )
    op.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    op.execute("REVOKE ALL ON SCHEMA raw, staging FROM PUBLIC")
    for schema in ("mart", "warehouse"):
        op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {READER}")
        op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {READER}")
        op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {READER}")


def _drop_reader() -> None:
    for schema in ("mart", "warehouse"):
        op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE SELECT ON TABLES FROM {READER}")
        op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {READER}")
        op.execute(f"REVOKE ALL ON SCHEMA {schema} FROM {READER}")
    op.execute(
        f"""
        DO $$ BEGIN
            EXECUTE format('REVOKE ALL ON DATABASE %I FROM {READER}', current_database());
            EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', current_database());
            -- the role is cluster-wide: other databases on the server may still use it
            DROP ROLE {READER};
        EXCEPTION WHEN dependent_objects_still_exist THEN
            NULL;
        END $$;
        """
    )
