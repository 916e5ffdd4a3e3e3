"""Data-quality checks on the warehouse, as SQL that lists the offending rows.

Plain functions of a connection: the Dagster asset checks wrap them, ``irwh status`` prints
them, and tests run them on crafted bad data. A check passes when its query finds no rows.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Connection, Engine, text

from etl.db.locks import LOCK_KEYS

SAMPLE_ROWS = 20


@dataclass(frozen=True)
class Check:
    name: str
    layer: Literal["staging", "warehouse"]
    blocking: bool
    description: str
    sql: str


@dataclass(frozen=True)
class CheckOutcome:
    check: Check
    failures: int
    sample: list[dict]
    evaluated_at: datetime | None = None
    """Set when the verdict was reused: when it was reached, on a star unchanged since."""

    @property
    def passed(self) -> bool:
        return self.failures == 0


CHECKS: tuple[Check, ...] = (
    Check(
        "forecast_reconciliation", "warehouse", True,
        "A release citing a forecast by its announcement date (a 'previous forecast (A)' row) gives the value "
        "that announcement stated, or the value a correction of it has stated since.",
        """
        SELECT c.company_code, m.metric_code, p.neutral_label, f.valid_from AS announced_on, f.value AS announced,
               s.value AS cited, rel.file_name AS citing_release
        FROM warehouse.fct_forecast_statement s
        JOIN warehouse.fct_forecast f USING (forecast_key)
        JOIN warehouse.dim_company c ON c.company_key = f.company_key
        JOIN warehouse.dim_metric m ON m.metric_key = f.metric_key
        JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key
        JOIN warehouse.dim_release rel ON rel.release_key = s.release_key
        WHERE s.stated_announced_on IS NOT NULL
          AND (s.value, s.range_low, s.range_high) IS DISTINCT FROM (f.value, f.range_low, f.range_high)
          -- companies keep citing an announcement by its first date after correcting it
          AND NOT EXISTS (
              SELECT 1 FROM warehouse.fct_forecast fix
              JOIN warehouse.dim_release fix_rel ON fix_rel.release_key = fix.source_release_key
              WHERE (fix.company_key, fix.fiscal_period_key, fix.metric_key, fix.consolidation)
                  = (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
                AND fix_rel.is_correction AND fix.valid_from > f.valid_from
                AND fix.valid_from <= rel.published_on
                AND (fix.value, fix.range_low, fix.range_high)
                    IS NOT DISTINCT FROM (s.value, s.range_low, s.range_high))
        """,
    ),
    Check(
        "annual_dividend_equals_parts", "warehouse", True,
        "Within a release, an annual dividend equals the sum of its parts where the interim and year-end parts "
        "are known.",
        """
        WITH parts AS (
            SELECT DISTINCT ON (release_key, company_key, fiscal_period_key, dividend_period)
                   release_key, company_key, fiscal_period_key, dividend_period, per_share
            FROM warehouse.fct_dividend
            WHERE scenario <> 'previous_forecast' AND dividend_period <> 'annual'
            ORDER BY release_key, company_key, fiscal_period_key, dividend_period, scenario = 'actual' DESC
        ),
        sums AS (
            SELECT release_key, company_key, fiscal_period_key, sum(per_share) AS parts_total,
                   count(*) FILTER (WHERE dividend_period IN ('interim', 'year_end') AND per_share IS NOT NULL)
                       AS known_halves
            FROM parts GROUP BY release_key, company_key, fiscal_period_key
        )
        SELECT c.company_code, p.fiscal_year_end, a.scenario, a.per_share AS annual, s.parts_total,
               rel.file_name AS release
        FROM warehouse.fct_dividend a
        JOIN sums s USING (release_key, company_key, fiscal_period_key)
        JOIN warehouse.dim_company c ON c.company_key = a.company_key
        JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = a.fiscal_period_key
        JOIN warehouse.dim_release rel ON rel.release_key = a.release_key
        WHERE a.dividend_period = 'annual' AND a.scenario <> 'previous_forecast' AND a.per_share IS NOT NULL
          AND s.known_halves = 2 AND abs(a.per_share - s.parts_total) > 0.005
        """,
    ),
    Check(
        "facts_have_release_and_provenance", "warehouse", True,
        "Every fact names its release and where in it the number was read.",
        """
        SELECT 'fct_dividend' AS fact_table, dividend_key AS fact_key, release_key FROM warehouse.fct_dividend
        WHERE release_key < 0 OR char_start IS NULL OR source_text IS NULL
        UNION ALL
        SELECT 'fct_actual', actual_key, release_key FROM warehouse.fct_actual
        WHERE release_key < 0 OR char_start IS NULL OR source_text IS NULL
        UNION ALL
        SELECT 'fct_forecast_statement', forecast_key, release_key FROM warehouse.fct_forecast_statement
        WHERE release_key < 0 OR char_start IS NULL OR source_text IS NULL
        UNION ALL
        SELECT 'fct_forecast', forecast_key, source_release_key FROM warehouse.fct_forecast f
        WHERE source_release_key < 0
           OR NOT EXISTS (SELECT 1 FROM warehouse.fct_forecast_statement s WHERE s.forecast_key = f.forecast_key)
        """,
    ),
    Check(
        "no_orphan_keys", "warehouse", True,
        "Every dimension key a fact or dimension holds exists in its dimension.",
        """
        SELECT 'fct_dividend.company_key' AS reference, f.company_key AS key FROM warehouse.fct_dividend f
        LEFT JOIN warehouse.dim_company d USING (company_key) WHERE d.company_key IS NULL
        UNION ALL
        SELECT 'fct_dividend.fiscal_period_key', f.fiscal_period_key FROM warehouse.fct_dividend f
        LEFT JOIN warehouse.dim_fiscal_period d USING (fiscal_period_key) WHERE d.fiscal_period_key IS NULL
        UNION ALL
        SELECT 'fct_dividend.record_date_key', f.record_date_key FROM warehouse.fct_dividend f
        LEFT JOIN warehouse.dim_date d ON d.date_key = f.record_date_key WHERE d.date_key IS NULL
        UNION ALL
        SELECT 'fct_actual.fiscal_period_key', f.fiscal_period_key FROM warehouse.fct_actual f
        LEFT JOIN warehouse.dim_fiscal_period d USING (fiscal_period_key) WHERE d.fiscal_period_key IS NULL
        UNION ALL
        SELECT 'fct_actual.release_key', f.release_key FROM warehouse.fct_actual f
        LEFT JOIN warehouse.dim_release d USING (release_key) WHERE d.release_key IS NULL
        UNION ALL
        SELECT 'fct_forecast.fiscal_period_key', f.fiscal_period_key FROM warehouse.fct_forecast f
        LEFT JOIN warehouse.dim_fiscal_period d USING (fiscal_period_key) WHERE d.fiscal_period_key IS NULL
        UNION ALL
        SELECT 'fct_forecast_statement.forecast_key', s.forecast_key FROM warehouse.fct_forecast_statement s
        LEFT JOIN warehouse.fct_forecast f USING (forecast_key) WHERE f.forecast_key IS NULL
        UNION ALL
        SELECT 'dim_release.release_id', d.release_id FROM warehouse.dim_release d
        LEFT JOIN raw.release r USING (release_id) WHERE d.release_key > 0 AND r.release_id IS NULL
        """,
    ),
    Check(
        "natural_keys_unique", "warehouse", True,
        "No two rows of a fact table or dimension share a natural key.",
        """
        SELECT 'fct_dividend' AS fact_table, count(*) AS copies FROM warehouse.fct_dividend
        GROUP BY company_key, fiscal_period_key, dividend_period, scenario, release_key HAVING count(*) > 1
        UNION ALL
        SELECT 'fct_actual', count(*) FROM warehouse.fct_actual
        GROUP BY company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key, is_adjusted,
                 release_key HAVING count(*) > 1
        UNION ALL
        SELECT 'fct_forecast', count(*) FROM warehouse.fct_forecast
        GROUP BY company_key, fiscal_period_key, metric_key, consolidation, announced_date_key, source_release_key
        HAVING count(*) > 1
        UNION ALL
        SELECT 'dim_company', count(*) FROM warehouse.dim_company GROUP BY company_code HAVING count(*) > 1
        UNION ALL
        SELECT 'dim_fiscal_period', count(*) FROM warehouse.dim_fiscal_period
        GROUP BY company_key, start_date, end_date HAVING count(*) > 1
        """,
    ),
    Check(
        "standing_forecasts_do_not_overlap", "warehouse", True,
        "For each forecast key, one version stands at any time: knowledge intervals do not overlap and one "
        "version is the latest.",
        """
        WITH overlapping AS (
            SELECT DISTINCT f.forecast_key
            FROM warehouse.fct_forecast f
            JOIN warehouse.fct_forecast g
              ON (g.company_key, g.fiscal_period_key, g.metric_key, g.consolidation)
               = (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
             AND g.forecast_key <> f.forecast_key
            WHERE daterange(g.valid_from, g.valid_to) && daterange(f.valid_from, f.valid_to)
              AND f.valid_from IS NOT NULL AND g.valid_from IS NOT NULL
        )
        SELECT c.company_code, m.metric_code, p.neutral_label, f.consolidation,
               count(*) FILTER (WHERE f.is_latest) AS latest_versions,
               count(o.forecast_key) AS overlapping_versions
        FROM warehouse.fct_forecast f
        LEFT JOIN overlapping o USING (forecast_key)
        JOIN warehouse.dim_company c ON c.company_key = f.company_key
        JOIN warehouse.dim_metric m ON m.metric_key = f.metric_key
        JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key
        GROUP BY c.company_code, m.metric_code, p.neutral_label, f.consolidation
        HAVING count(*) FILTER (WHERE f.is_latest) <> 1 OR count(o.forecast_key) > 0
        """,
    ),
    Check(
        "releases_parsed", "staging", False,
        "Every archived release was read: unreadable, unparsed and failed releases are listed with the reason.",
        """
        SELECT release_id, file_name, parse_status, status_reason FROM mart.releases
        WHERE parse_status IN ('unreadable', 'unparsed', 'failed')
        ORDER BY release_id
        """,
    ),
)


def run_check(conn: Connection, check: Check) -> CheckOutcome:
    rows = conn.execute(text(check.sql)).mappings().all()
    return CheckOutcome(check, len(rows), [dict(r) for r in rows[:SAMPLE_ROWS]])


def run_checks(conn: Connection, layer: str | None = None) -> list[CheckOutcome]:
    return [run_check(conn, c) for c in CHECKS if layer in (None, c.layer)]


STAR_CHANGE = text("SELECT last_value FROM warehouse.star_change_seq")
VERDICTS = text("SELECT check_name, sql_sha256, star_change, failures, sample, evaluated_at "
                "FROM warehouse.check_verdict")
RECORD_VERDICT = text(
    """
    INSERT INTO warehouse.check_verdict (check_name, sql_sha256, star_change, failures, sample)
    VALUES (:name, :sql_sha256, :star_change, :failures, CAST(:sample AS jsonb))
    ON CONFLICT (check_name) DO UPDATE SET sql_sha256 = excluded.sql_sha256, star_change = excluded.star_change,
        failures = excluded.failures, sample = excluded.sample, evaluated_at = now()
    """
)


def check_outcomes(engine: Engine, layer: str | None = None) -> list[CheckOutcome]:
    """The checks' outcomes as a run reports them: a warehouse check is evaluated again only when
    the star changed since its last verdict (any write to a star table advances
    ``warehouse.star_change_seq``) or its SQL did; otherwise that verdict stands and says when it
    was reached. A run with nothing new thus costs no scan of the star.

    Holds the load lock for the transaction, so no load is half-committed while the counter is
    read and the checks run.
    """
    outcomes = []
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEYS["load"]})
        star_change = conn.execute(STAR_CHANGE).scalar_one()
        verdicts = {row.check_name: row for row in conn.execute(VERDICTS)}
        for check in CHECKS:
            if layer not in (None, check.layer):
                continue
            if check.layer != "warehouse":
                outcomes.append(run_check(conn, check))
                continue
            digest = hashlib.sha256(check.sql.encode()).hexdigest()
            last = verdicts.get(check.name)
            if last is not None and (last.sql_sha256, last.star_change) == (digest, star_change):
                outcomes.append(CheckOutcome(check, last.failures, last.sample, last.evaluated_at))
                continue
            outcome = run_check(conn, check)
            conn.execute(RECORD_VERDICT, {"name": check.name, "sql_sha256": digest, "star_change": star_change,
                                          "failures": outcome.failures,
                                          "sample": json.dumps(outcome.sample, default=str)})
            outcomes.append(outcome)
    return outcomes
