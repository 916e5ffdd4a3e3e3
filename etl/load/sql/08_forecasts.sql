-- fct_forecast and fct_forecast_statement, recomputed for every forecast key the batch touches
-- (company x fiscal period x metric x consolidation) from every loaded statement of those keys,
-- so the versions and knowledge intervals do not depend on the order releases were loaded in.
-- Only the difference is written: a version already in the star keeps its row (and so its
-- statements' links), updated where its interval or chain moved; a new release typically adds
-- one version per key and closes the interval of the one before.
--
-- A version is an announcement: statements giving the same announcement date are one version
-- (its values from the announcing release where loaded, else from the latest citing release).
-- A statement without a date joins the latest earlier version with the same value; failing that,
-- statements without a date and with equal values form one version of unknown date.

-- 1. the keys the batch touches: those its releases stated before, and those they state now
CREATE TEMP TABLE touched_key ON COMMIT DROP AS
SELECT DISTINCT company_key, fiscal_period_key, metric_key, consolidation
FROM (
    SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation
    FROM warehouse.fct_forecast f
    JOIN warehouse.fct_forecast_statement s USING (forecast_key)
    JOIN warehouse.dim_release rel ON rel.release_key = s.release_key
    JOIN load_batch b USING (release_id)
    UNION ALL
    SELECT company_key, fiscal_period_key, metric_key, consolidation
    FROM batch_figure_keyed
    WHERE scenario IN ('forecast', 'previous_forecast') AND (value IS NOT NULL OR range_low IS NOT NULL)
) AS keys;
CREATE UNIQUE INDEX ON touched_key (company_key, fiscal_period_key, metric_key, consolidation);
ANALYZE touched_key;

-- 2. statements of touched keys from releases outside the batch, as they stand (whole rows: those
--    whose version changes go back in, relinked, in 7), then every statement, old and new, of a
--    touched key in the narrow shape the versions are computed from
CREATE TEMP TABLE outside_statement ON COMMIT DROP AS
SELECT s.*, f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, rel.published_on, rel.sha256,
       coalesce(rel.is_correction, false) AS is_correction
FROM warehouse.fct_forecast_statement s
JOIN warehouse.fct_forecast f USING (forecast_key)
JOIN touched_key t USING (company_key, fiscal_period_key, metric_key, consolidation)
JOIN warehouse.dim_release rel ON rel.release_key = s.release_key
WHERE rel.release_id NOT IN (SELECT release_id FROM load_batch);

CREATE TEMP TABLE statement ON COMMIT DROP AS
SELECT release_key, fact_no, company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key,
       stated_scenario AS scenario, stated_announced_on AS announced_on, value, range_low, range_high, unit,
       published_on, sha256, is_correction
FROM outside_statement
UNION ALL
SELECT release_key, fact_no, company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key,
       scenario, announced_on, value, range_low, range_high, unit, published_on, sha256, is_correction
FROM batch_figure_keyed
WHERE scenario IN ('forecast', 'previous_forecast') AND (value IS NOT NULL OR range_low IS NOT NULL);
ANALYZE statement (release_key, fact_no, company_key, fiscal_period_key, metric_key, consolidation, announced_on);

-- 3. versions with a stated announcement date
CREATE TEMP TABLE version ON COMMIT DROP AS
SELECT DISTINCT ON (company_key, fiscal_period_key, metric_key, consolidation, announced_on)
       company_key, fiscal_period_key, metric_key, consolidation, announced_on, accounting_standard_key, value,
       range_low, range_high, unit, release_key AS source_release_key,
       NOT (scenario = 'forecast' AND announced_on = published_on) AS is_evidence_only,
       announced_on AS sort_date, false AS superseded_at_sort_date
FROM statement
WHERE announced_on IS NOT NULL
ORDER BY company_key, fiscal_period_key, metric_key, consolidation, announced_on,
         (scenario = 'forecast' AND announced_on = published_on) DESC, is_correction DESC,
         published_on DESC NULLS LAST, sha256 DESC;

CREATE INDEX ON version (company_key, fiscal_period_key, metric_key, consolidation, announced_on);
ANALYZE version (company_key, fiscal_period_key, metric_key, consolidation, announced_on);

-- 4. undated statements: the latest earlier dated version with the same value, else their own version
CREATE TEMP TABLE undated ON COMMIT DROP AS
SELECT s.*, (
    SELECT v.announced_on FROM version v
    WHERE (v.company_key, v.fiscal_period_key, v.metric_key, v.consolidation)
        = (s.company_key, s.fiscal_period_key, s.metric_key, s.consolidation)
      AND (v.announced_on < s.published_on OR (s.scenario = 'forecast' AND v.announced_on = s.published_on))
    ORDER BY v.announced_on DESC LIMIT 1
) AS candidate_date
FROM statement s WHERE s.announced_on IS NULL;

UPDATE undated u SET candidate_date = NULL
FROM version v
WHERE u.candidate_date IS NOT NULL
  AND (v.company_key, v.fiscal_period_key, v.metric_key, v.consolidation, v.announced_on)
    = (u.company_key, u.fiscal_period_key, u.metric_key, u.consolidation, u.candidate_date)
  AND (v.value, v.range_low, v.range_high) IS DISTINCT FROM (u.value, u.range_low, u.range_high);

INSERT INTO version
SELECT DISTINCT ON (company_key, fiscal_period_key, metric_key, consolidation, value, range_low, range_high)
       company_key, fiscal_period_key, metric_key, consolidation, NULL::date, accounting_standard_key, value,
       range_low, range_high, unit, release_key, true,
       min(published_on) OVER (PARTITION BY company_key, fiscal_period_key, metric_key, consolidation, value,
                                            range_low, range_high),
       bool_and(scenario = 'previous_forecast') OVER (PARTITION BY company_key, fiscal_period_key, metric_key,
                                                                   consolidation, value, range_low, range_high)
FROM undated WHERE candidate_date IS NULL
ORDER BY company_key, fiscal_period_key, metric_key, consolidation, value, range_low, range_high,
         published_on NULLS LAST, sha256;


-- 5. each version keyed by the star's row for it where there is one (the same announcement; for a
--    version of unknown date, the same value), by a new key otherwise; then in knowledge order,
--    each valid until the next one and linked to the one before
CREATE TEMP TABLE version_row ON COMMIT DROP AS
SELECT keyed.*, row_number() OVER w AS revision_no, lead(sort_date) OVER w AS valid_to,
       lead(sort_date) OVER w IS NULL AS is_latest, lag(forecast_key) OVER w AS previous_forecast_key
FROM (
    -- the column's sequence, looked up once (a scalar subquery is evaluated once per statement)
    SELECT coalesce(old.forecast_key, nextval((SELECT pg_get_serial_sequence('warehouse.fct_forecast', 'forecast_key')
                                               ::regclass))) AS forecast_key,
           old.forecast_key IS NOT NULL AS in_star, v.*
    FROM version v
    LEFT JOIN (
        SELECT f.forecast_key, f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, f.valid_from,
               f.value, f.range_low, f.range_high
        FROM warehouse.fct_forecast f
        JOIN touched_key t USING (company_key, fiscal_period_key, metric_key, consolidation)
    ) AS old
      ON (old.company_key, old.fiscal_period_key, old.metric_key, old.consolidation)
       = (v.company_key, v.fiscal_period_key, v.metric_key, v.consolidation)
     AND coalesce(old.valid_from, 'infinity') = coalesce(v.announced_on, 'infinity')
     AND (v.announced_on IS NOT NULL
          OR (old.value, old.range_low, old.range_high) IS NOT DISTINCT FROM (v.value, v.range_low, v.range_high))
) AS keyed
WINDOW w AS (PARTITION BY company_key, fiscal_period_key, metric_key, consolidation
             ORDER BY sort_date NULLS FIRST, superseded_at_sort_date DESC, announced_on NULLS FIRST, value,
                      range_low, range_high);
ANALYZE version_row (company_key, fiscal_period_key, metric_key, consolidation, announced_on);

-- 6. every statement linked to the version it states
CREATE TEMP TABLE link ON COMMIT DROP AS
SELECT s.release_key, s.fact_no, v.forecast_key
FROM statement s
LEFT JOIN undated u USING (release_key, fact_no)
JOIN version_row v
  ON (v.company_key, v.fiscal_period_key, v.metric_key, v.consolidation)
   = (s.company_key, s.fiscal_period_key, s.metric_key, s.consolidation)
 AND v.announced_on = coalesce(s.announced_on, u.candidate_date)
UNION ALL
SELECT u.release_key, u.fact_no, v.forecast_key
FROM undated u
JOIN version_row v
  ON (v.company_key, v.fiscal_period_key, v.metric_key, v.consolidation)
   = (u.company_key, u.fiscal_period_key, u.metric_key, u.consolidation)
 AND v.announced_on IS NULL
 AND (v.value, v.range_low, v.range_high) IS NOT DISTINCT FROM (u.value, u.range_low, u.range_high)
WHERE u.candidate_date IS NULL;
ANALYZE link;

CREATE TEMP TABLE relinked ON COMMIT DROP AS
SELECT o.*, l.forecast_key AS new_forecast_key
FROM outside_statement o
LEFT JOIN link l USING (release_key, fact_no)
WHERE l.forecast_key IS DISTINCT FROM o.forecast_key;

-- 7. the difference, written: out go the batch's old statements, the other releases' statements
--    whose version changed and the versions no longer computed (explicitly, not by cascade: the
--    load may run with FK triggers, and so cascades, off); then versions are updated where they
--    moved and added where new, and the statements go (back) in
DELETE FROM warehouse.fct_forecast_statement s USING warehouse.dim_release rel, load_batch b
WHERE s.release_key = rel.release_key AND rel.release_id = b.release_id;
DELETE FROM warehouse.fct_forecast_statement s USING relinked r
WHERE (s.release_key, s.fact_no) = (r.release_key, r.fact_no);
DELETE FROM warehouse.fct_forecast f USING touched_key t
WHERE (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
    = (t.company_key, t.fiscal_period_key, t.metric_key, t.consolidation)
  AND f.forecast_key NOT IN (SELECT forecast_key FROM version_row);

UPDATE warehouse.fct_forecast f
SET accounting_standard_key = v.accounting_standard_key, source_release_key = v.source_release_key,
    value = v.value, range_low = v.range_low, range_high = v.range_high, unit = v.unit,
    is_evidence_only = v.is_evidence_only, revision_no = v.revision_no, valid_to = v.valid_to,
    is_latest = v.is_latest, previous_forecast_key = v.previous_forecast_key
FROM version_row v
WHERE v.in_star AND f.forecast_key = v.forecast_key
  AND (f.accounting_standard_key, f.source_release_key, f.value, f.range_low, f.range_high, f.unit,
       f.is_evidence_only, f.revision_no, f.valid_to, f.is_latest, f.previous_forecast_key)
    IS DISTINCT FROM (v.accounting_standard_key, v.source_release_key, v.value, v.range_low, v.range_high, v.unit,
                      v.is_evidence_only, v.revision_no, v.valid_to, v.is_latest, v.previous_forecast_key);

INSERT INTO warehouse.fct_forecast (
    forecast_key, company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key,
    source_release_key, announced_date_key, value, range_low, range_high, unit, is_evidence_only, revision_no,
    valid_from, valid_to, is_latest, previous_forecast_key, fiscal_year_end)
SELECT v.forecast_key, v.company_key, v.fiscal_period_key, v.metric_key, v.consolidation, v.accounting_standard_key,
       v.source_release_key, coalesce(to_char(v.announced_on, 'YYYYMMDD')::int, -1), v.value, v.range_low,
       v.range_high, v.unit, v.is_evidence_only, v.revision_no, v.announced_on, v.valid_to, v.is_latest,
       v.previous_forecast_key, p.fiscal_year_end
FROM version_row v
JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)
WHERE NOT v.in_star;

-- the batch's provenance is read from staging once, here
INSERT INTO warehouse.fct_forecast_statement (
    release_key, fact_no, forecast_key, stated_scenario, stated_announced_on, value, range_low, range_high, unit,
    accounting_standard_key, accounting_standard_evidence, period_label, line_start, line_end, char_start, char_end,
    source_text, row_label, column_label, fiscal_year_end)
SELECT k.release_key, k.fact_no, l.forecast_key, k.scenario, k.announced_on, k.value, k.range_low, k.range_high,
       k.unit, k.accounting_standard_key, f.accounting_standard_evidence, k.period_label, f.line_start, f.line_end,
       f.char_start, f.char_end, f.source_text, f.row_label, f.column_label, k.fiscal_year_end
FROM link l
JOIN batch_figure_keyed k USING (release_key, fact_no)
JOIN staging.figure_fact f USING (release_id, fact_no)
WHERE f.scenario IN ('forecast', 'previous_forecast')  -- what the join needs: a smaller hash
UNION ALL
SELECT r.release_key, r.fact_no, r.new_forecast_key, r.stated_scenario, r.stated_announced_on, r.value, r.range_low,
       r.range_high, r.unit, r.accounting_standard_key, r.accounting_standard_evidence, r.period_label, r.line_start,
       r.line_end, r.char_start, r.char_end, r.source_text, r.row_label, r.column_label, r.fiscal_year_end
FROM relinked r
WHERE r.new_forecast_key IS NOT NULL;
