"""Benchmark: typical mart queries on a star of many millions of fact rows.

Generates the star straight in SQL (no parsing): companies with March or December year ends,
ten fiscal years of FY/H1/Q1/9M periods, actuals reported twice (first report and a later
restatement), forecasts revised several times with their statements, and dividends; then times
the questions finance staff ask most and prints p50/p95 per question, after timing what keeping
the served marts current costs at that size.

    .venv/bin/python -m benchmarks.bench_marts --companies 4000 --years 16

Uses a throwaway database on IRWH_DATABASE_URL's server, else on a temporary embedded server.
"""

from __future__ import annotations

import argparse
import statistics
import time

import psycopg

from benchmarks.scratch_database import scratch_database
from etl.db.engine import make_engine
from etl.load.outcomes import refresh_outcomes
from etl.load.star import refresh_materialized_marts

GENERATE = """
SET session_replication_role = replica;
INSERT INTO warehouse.dim_company (company_key, company_code, company_name, fiscal_year_end_month)
SELECT c, lpad((1000 + c)::text, 4, '0'), 'Company ' || c, CASE WHEN c % 4 = 0 THEN 12 ELSE 3 END
FROM generate_series(1, {companies}) AS c;

INSERT INTO warehouse.dim_date (date_key, calendar_date, year, quarter, month, day_of_month, iso_weekday,
                                weekday_name, is_month_end, jp_fiscal_year, label)
SELECT to_char(d, 'YYYYMMDD')::int, d, extract(year FROM d), extract(quarter FROM d), extract(month FROM d),
       extract(day FROM d), extract(isodow FROM d), trim(to_char(d, 'Day')), false, extract(year FROM d),
       d::text
FROM generate_series(make_date(2010, 1, 1), make_date(2010 + {years} + 2, 12, 31), interval '1 day') AS g(ts),
     LATERAL (SELECT g.ts::date AS d) AS day;

INSERT INTO warehouse.dim_release (release_key, sha256, file_name, kind, company_key, published_date_key,
                                   published_on, parser_version, loaded_at)
SELECT r, md5(r::text), 'r' || r, 'earnings_summary', 1 + r % {companies},
       to_char(make_date(2011, 1, 1) + (r % (365 * {years})), 'YYYYMMDD')::int,
       make_date(2011, 1, 1) + (r % (365 * {years})), 'bench', now()
FROM generate_series(1, {companies} * {years} * 4) AS r;

CREATE TEMP TABLE period_shape (period_type text, start_offset int, months int);
INSERT INTO period_shape VALUES ('FY', 0, 12), ('H1', 0, 6), ('Q1', 0, 3), ('9M', 0, 9);
INSERT INTO warehouse.dim_fiscal_period (company_key, fiscal_year_end, period_type, start_date, end_date,
                                         neutral_label)
SELECT c.company_key, fye, s.period_type, start_date,
       (start_date + make_interval(months => s.months) - interval '1 day')::date,
       s.period_type || ' of FY ending ' || to_char(fye, 'YYYY-MM')
FROM warehouse.dim_company c
CROSS JOIN generate_series(2011, 2010 + {years}) AS y
CROSS JOIN period_shape s
CROSS JOIN LATERAL (SELECT (make_date(y, c.fiscal_year_end_month, 1) + interval '1 month - 1 day')::date AS fye) f
CROSS JOIN LATERAL (SELECT (fye - interval '1 year' + interval '1 day')::date AS start_date) st
WHERE c.company_key > 0;

INSERT INTO warehouse.fct_actual (company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key,
                                  is_adjusted, release_key, reported_date_key, value, unit, is_latest, fact_no,
                                  char_start, source_text)
SELECT p.company_key, p.fiscal_period_key, m.metric_key, 'consolidated', 1, false,
       1 + (p.fiscal_period_key * 7 + version) % ({companies} * {years} * 4), 20200101,
       (p.fiscal_period_key * m.metric_key * 1000 + version)::numeric, 'JPY', version = 2, 1, 0, '1'
FROM warehouse.dim_fiscal_period p CROSS JOIN warehouse.dim_metric m CROSS JOIN generate_series(1, 2) AS version
WHERE p.fiscal_period_key > 0;

INSERT INTO warehouse.fct_forecast (forecast_key, company_key, fiscal_period_key, metric_key, consolidation,
                                    accounting_standard_key, source_release_key, announced_date_key, value, unit,
                                    is_evidence_only, revision_no, valid_from, valid_to, is_latest)
SELECT row_number() OVER (), p.company_key, p.fiscal_period_key, m.metric_key, 'consolidated', 1,
       1 + (p.fiscal_period_key * 3 + v) % ({companies} * {years} * 4),
       to_char(p.start_date + v * 60, 'YYYYMMDD')::int, (p.fiscal_period_key * m.metric_key * 900 + v * 10)::numeric,
       'JPY', false, v, p.start_date + v * 60, CASE WHEN v < 4 THEN p.start_date + (v + 1) * 60 END, v = 4
FROM warehouse.dim_fiscal_period p CROSS JOIN warehouse.dim_metric m CROSS JOIN generate_series(1, 4) AS v
WHERE p.fiscal_period_key > 0 AND p.period_type IN ('FY', 'H1');

INSERT INTO warehouse.fct_forecast_statement (release_key, fact_no, forecast_key, stated_scenario, value, unit,
                                              accounting_standard_key, char_start, source_text)
SELECT source_release_key, forecast_key, forecast_key, 'forecast', value, unit, 1, 0, '1'
FROM warehouse.fct_forecast;

INSERT INTO warehouse.fct_dividend (company_key, fiscal_period_key, release_key, dividend_period, scenario, status,
                                    per_share, currency, record_date_key, effective_date_key, announcement_date_key,
                                    fact_no, char_start, source_text)
SELECT p.company_key, p.fiscal_period_key, 1 + (p.fiscal_period_key * 5 + s.n) % ({companies} * {years} * 4),
       d.period, s.scenario, CASE WHEN s.scenario = 'actual' THEN 'paid' END, 10 + s.n, 'JPY', -1, -1, -1, 1, 0, '1'
FROM warehouse.dim_fiscal_period p
CROSS JOIN (VALUES ('interim'), ('year_end'), ('annual')) AS d(period)
CROSS JOIN (VALUES (1, 'forecast'), (2, 'actual')) AS s(n, scenario)
WHERE p.fiscal_period_key > 0 AND p.period_type = 'FY';
SET session_replication_role = origin;
ANALYZE;
REFRESH MATERIALIZED VIEW mart.latest_forecasts;
"""

QUESTIONS = {
    "one_company_dividend_history": "SELECT * FROM mart.dividend_history WHERE company_code = %(code)s",
    "latest_forecast_every_company": (
        "SELECT * FROM mart.latest_forecasts WHERE period_end = %(fye)s AND metric = 'operating_profit'"),
    "forecast_vs_actual_one_year": "SELECT * FROM mart.forecast_vs_actual WHERE fiscal_year_end = %(fye)s",
    "forecast_vs_actual_one_year_one_metric": (
        "SELECT * FROM mart.forecast_vs_actual WHERE fiscal_year_end = %(fye)s AND metric = 'operating_profit'"),
}


def time_refreshes(url: str, conn: psycopg.Connection) -> None:
    """What keeping the served marts current costs at this size: the snapshot built in full (first
    run), then brought up to date after 100 releases were (re)loaded, and latest_forecasts refreshed."""
    engine = make_engine(url=url)
    started = time.perf_counter()
    keys = refresh_outcomes(engine)
    print(f"outcome_full_build_seconds: {time.perf_counter() - started:.1f} s ({keys} keys)")
    conn.execute("UPDATE warehouse.dim_release SET loaded_at = now() + interval '1 second' "
                 "WHERE release_key IN (SELECT release_key FROM warehouse.dim_release ORDER BY random() LIMIT 100)")
    started = time.perf_counter()
    keys = refresh_outcomes(engine)
    print(f"outcome_refresh_after_100_releases_ms: {(time.perf_counter() - started) * 1000:.0f} ms ({keys} keys)")
    started = time.perf_counter()
    refresh_materialized_marts(engine)
    print(f"latest_forecasts_refresh_seconds: {time.perf_counter() - started:.1f} s")
    engine.dispose()


def run(url: str, companies: int, years: int, repeats: int) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute(GENERATE.format(companies=companies, years=years))
        facts = conn.execute(
            "SELECT (SELECT count(*) FROM warehouse.fct_actual) + (SELECT count(*) FROM warehouse.fct_forecast) "
            "+ (SELECT count(*) FROM warehouse.fct_forecast_statement) + (SELECT count(*) FROM warehouse.fct_dividend)"
        ).fetchone()[0]
        print(f"star_fact_rows: {facts} rows")
        print(f"generate_seconds: {time.perf_counter() - started:.1f} s")
        time_refreshes(url, conn)
        for question, sql in QUESTIONS.items():
            time_question(conn, question, sql, companies, years, repeats)


def _params(i: int, companies: int, years: int) -> dict[str, str]:
    return {"code": str(1000 + 1 + i % companies), "fye": f"{2012 + i % (years - 2)}-03-31"}


def _print_percentiles(name: str, question: str, timings: list[float]) -> None:
    print(f"{name}_p50_ms[{question}]: {statistics.median(timings):.1f} ms")
    print(f"{name}_p95_ms[{question}]: {statistics.quantiles(timings, n=20)[-1]:.1f} ms")


def time_question(conn: psycopg.Connection, question: str, sql: str, companies: int, years: int,
                  repeats: int) -> None:
    """The question as a client sees it (query and fetch), as the server spends on it, and the
    limit: fetching an answer of the same size from a bare table, so transfer is not mistaken for
    query cost."""
    client, server, sizes = [], [], []
    for i in range(repeats):
        params = _params(i, companies, years)
        started = time.perf_counter()
        sizes.append(len(conn.execute(sql, params).fetchall()))
        client.append((time.perf_counter() - started) * 1000)
        plan = conn.execute(f"EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {sql}", params).fetchone()[0]
        server.append(plan[0]["Execution Time"])
    psycopg.ClientCursor(conn).execute(f"CREATE TEMP TABLE answer AS {sql}", _params(0, companies, years))
    limit = []
    for _ in range(repeats):
        started = time.perf_counter()
        conn.execute("SELECT * FROM answer").fetchall()
        limit.append((time.perf_counter() - started) * 1000)
    conn.execute("DROP TABLE answer")
    print(f"mart_query_rows[{question}]: {statistics.median(sizes):.0f} rows")
    _print_percentiles("mart_query", question, client)
    _print_percentiles("mart_query_server", question, server)
    _print_percentiles("fetch_limit", question, limit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=4000)
    parser.add_argument("--years", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args()
    with scratch_database("irwh_bench_marts") as url:
        run(url, args.companies, args.years, args.repeats)


if __name__ == "__main__":
    main()
