-- Rebuild warehouse.fct_forecast_outcome for the keys in the temp table outcome_key
-- (company x fiscal period x metric x consolidation). A key with no unadjusted result or no
-- forecast version has no row. The figures follow the definition mart.forecast_vs_actual has
-- always had: the latest unadjusted report is the result; the latest forecast is the last version
-- announced before the result was first reported (or of unknown date).
CREATE INDEX ON outcome_key (company_key, fiscal_period_key, metric_key, consolidation);
ANALYZE outcome_key;

DELETE FROM warehouse.fct_forecast_outcome o USING outcome_key k
WHERE (o.company_key, o.fiscal_period_key, o.metric_key, o.consolidation)
    = (k.company_key, k.fiscal_period_key, k.metric_key, k.consolidation);

-- Joins and grouping rather than a lookup per key, so the planner can hash its way through a full
-- build (every key) and loop through indexes for the few keys of an incremental one.
CREATE TEMP TABLE outcome_actual ON COMMIT DROP AS
SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, p.start_date, p.end_date,
       p.fiscal_year_end, p.neutral_label,
       (array_agg(f.value ORDER BY f.is_latest DESC, rel.published_on DESC, rel.sha256 DESC))[1] AS actual,
       (array_agg(f.release_key ORDER BY f.is_latest DESC, rel.published_on DESC, rel.sha256 DESC))[1]
           AS actual_release_key,
       min(rel.published_on) AS reported_on,
       array_agg(f.release_key) AS release_keys
FROM outcome_key k
JOIN warehouse.fct_actual f USING (company_key, fiscal_period_key, metric_key, consolidation)
JOIN warehouse.dim_release rel ON rel.release_key = f.release_key
JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key
WHERE NOT f.is_adjusted
GROUP BY f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, p.start_date, p.end_date,
         p.fiscal_year_end, p.neutral_label;
ANALYZE outcome_actual;

-- the forecast side per key, materialized and analysed: a four-column join misleads the planner's
-- row estimates by orders of magnitude, and a nested loop over a mis-sized aggregate never ends
CREATE TEMP TABLE outcome_forecast ON COMMIT DROP AS
SELECT a.company_key, a.fiscal_period_key, a.metric_key, a.consolidation,
       (array_agg(f.value ORDER BY f.revision_no))[1] AS first_forecast,
       (array_agg(f.valid_from ORDER BY f.revision_no))[1] AS first_announced_on,
       (array_agg(f.value ORDER BY f.revision_no DESC)
            FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on))[1] AS latest_forecast,
       (array_agg(f.valid_from ORDER BY f.revision_no DESC)
            FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on))[1] AS latest_announced_on,
       count(*) FILTER (WHERE f.valid_from IS NULL OR f.valid_from < a.reported_on) - 1 AS revisions,
       array_agg(f.forecast_key) AS forecast_keys
FROM outcome_actual a
JOIN warehouse.fct_forecast f USING (company_key, fiscal_period_key, metric_key, consolidation)
GROUP BY a.company_key, a.fiscal_period_key, a.metric_key, a.consolidation;
ANALYZE outcome_forecast;

INSERT INTO warehouse.fct_forecast_outcome (
    company_key, fiscal_period_key, metric_key, consolidation, period_start, period_end, fiscal_year_end,
    period_label, first_forecast, first_announced_on, latest_forecast, latest_announced_on, revisions, actual,
    reported_on, actual_release_key, release_keys)
SELECT a.company_key, a.fiscal_period_key, a.metric_key, a.consolidation, a.start_date, a.end_date,
       a.fiscal_year_end, a.neutral_label, fc.first_forecast, fc.first_announced_on, fc.latest_forecast,
       fc.latest_announced_on, greatest(fc.revisions, 0), a.actual, a.reported_on, a.actual_release_key,
       ARRAY(SELECT DISTINCT r FROM unnest(a.release_keys || ARRAY(
           SELECT s.release_key FROM warehouse.fct_forecast_statement s WHERE s.forecast_key = ANY (fc.forecast_keys)
       )) AS r ORDER BY r)
FROM outcome_actual a
JOIN outcome_forecast fc USING (company_key, fiscal_period_key, metric_key, consolidation)
-- a fiscal year's rows side by side on disk: "every company, one year" reads few pages, not all
ORDER BY a.fiscal_year_end, a.company_key, a.fiscal_period_key, a.metric_key, a.consolidation;
