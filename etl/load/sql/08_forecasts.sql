-- fct_forecast and fct_forecast_statement, rebuilt for every forecast key the batch touches
-- (company x fiscal period x metric x consolidation) from every loaded statement of those keys,
-- so the versions and knowledge intervals do not depend on the order releases were loaded in.
--
-- A version is an announcement: statements giving the same announcement date are one version
-- (its values from the announcing release where loaded, else from the latest citing release).
-- A statement without a date joins the latest earlier version with the same value; failing that,
-- statements without a date and with equal values form one version of unknown date.

-- 1. every statement of the batch, old and new, names a touched key
CREATE TEMP TABLE touched_forecast ON COMMIT DROP AS
SELECT DISTINCT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation
FROM warehouse.fct_forecast f
JOIN warehouse.fct_forecast_statement s USING (forecast_key)
JOIN warehouse.dim_release rel ON rel.release_key = s.release_key
JOIN load_batch b USING (release_id);

CREATE TEMP TABLE forecast_statement_input ON COMMIT DROP AS
SELECT release_key, fact_no, company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key,
       accounting_standard_evidence, scenario, announced_on, value, range_low, range_high, unit, period_label,
       published_on, sha256, is_correction, line_start, line_end, char_start, char_end, source_text, row_label,
       column_label
FROM batch_figure_keyed
WHERE scenario IN ('forecast', 'previous_forecast') AND (value IS NOT NULL OR range_low IS NOT NULL);

INSERT INTO touched_forecast
SELECT DISTINCT company_key, fiscal_period_key, metric_key, consolidation FROM forecast_statement_input;

CREATE TEMP TABLE touched_key ON COMMIT DROP AS SELECT DISTINCT * FROM touched_forecast;
CREATE UNIQUE INDEX ON touched_key (company_key, fiscal_period_key, metric_key, consolidation);
ANALYZE touched_key;

-- 2. statements of touched keys from releases outside the batch, as they stand
CREATE TEMP TABLE statement ON COMMIT DROP AS
SELECT s.release_key, s.fact_no, f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation,
       s.accounting_standard_key, s.accounting_standard_evidence, s.stated_scenario AS scenario, s.stated_announced_on AS announced_on, s.value,
       s.range_low, s.range_high, s.unit, s.period_label, rel.published_on, rel.sha256,
       coalesce(rel.is_correction, false) AS is_correction,
       s.line_start, s.line_end, s.char_start, s.char_end, s.source_text, s.row_label, s.column_label
FROM warehouse.fct_forecast_statement s
JOIN warehouse.fct_forecast f USING (forecast_key)
JOIN touched_key t USING (company_key, fiscal_period_key, metric_key, consolidation)
JOIN warehouse.dim_release rel ON rel.release_key = s.release_key
WHERE rel.release_id NOT IN (SELECT release_id FROM load_batch);
INSERT INTO statement SELECT * FROM forecast_statement_input;

-- explicit, not by cascade: the load may run with FK triggers (and so cascades) off
DELETE FROM warehouse.fct_forecast_statement s USING warehouse.fct_forecast f, touched_key t
WHERE s.forecast_key = f.forecast_key
  AND (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
    = (t.company_key, t.fiscal_period_key, t.metric_key, t.consolidation);
DELETE FROM warehouse.fct_forecast f USING touched_key t
WHERE (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
    = (t.company_key, t.fiscal_period_key, t.metric_key, t.consolidation);

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
ANALYZE version;

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

-- 5. the versions in knowledge order, each valid until the next one
INSERT INTO warehouse.fct_forecast (
    company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key, source_release_key,
    announced_date_key, value, range_low, range_high, unit, is_evidence_only, revision_no, valid_from, valid_to,
    is_latest)
SELECT company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key, source_release_key,
       coalesce(to_char(announced_on, 'YYYYMMDD')::int, -1), value, range_low, range_high, unit, is_evidence_only,
       row_number() OVER w, announced_on, lead(sort_date) OVER w, lead(sort_date) OVER w IS NULL
FROM version
WINDOW w AS (PARTITION BY company_key, fiscal_period_key, metric_key, consolidation
             ORDER BY sort_date NULLS FIRST, superseded_at_sort_date DESC, announced_on NULLS FIRST, value,
                      range_low, range_high);

UPDATE warehouse.fct_forecast f SET previous_forecast_key = p.forecast_key
FROM warehouse.fct_forecast p, touched_key t
WHERE (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
    = (t.company_key, t.fiscal_period_key, t.metric_key, t.consolidation)
  AND (p.company_key, p.fiscal_period_key, p.metric_key, p.consolidation, p.revision_no)
    = (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, f.revision_no - 1);

-- 6. every statement linked to the version it states
INSERT INTO warehouse.fct_forecast_statement (
    release_key, fact_no, forecast_key, stated_scenario, stated_announced_on, value, range_low, range_high, unit,
    accounting_standard_key, accounting_standard_evidence, period_label, line_start, line_end, char_start, char_end, source_text, row_label,
    column_label)
SELECT s.release_key, s.fact_no, f.forecast_key, s.scenario, s.announced_on, s.value, s.range_low, s.range_high,
       s.unit, s.accounting_standard_key, s.accounting_standard_evidence, s.period_label, s.line_start, s.line_end, s.char_start, s.char_end,
       s.source_text, s.row_label, s.column_label
FROM (
    SELECT st.*, coalesce(st.announced_on, u.candidate_date) AS version_date
    FROM statement st
    LEFT JOIN undated u USING (release_key, fact_no)
) AS s
JOIN warehouse.fct_forecast f
  ON (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
   = (s.company_key, s.fiscal_period_key, s.metric_key, s.consolidation)
 AND f.valid_from = s.version_date
UNION ALL
SELECT u.release_key, u.fact_no, f.forecast_key, u.scenario, u.announced_on, u.value, u.range_low, u.range_high,
       u.unit, u.accounting_standard_key, u.accounting_standard_evidence, u.period_label, u.line_start, u.line_end,
       u.char_start, u.char_end, u.source_text, u.row_label, u.column_label
FROM undated u
JOIN warehouse.fct_forecast f
  ON (f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation)
   = (u.company_key, u.fiscal_period_key, u.metric_key, u.consolidation)
 AND f.valid_from IS NULL
 AND (f.value, f.range_low, f.range_high) IS NOT DISTINCT FROM (u.value, u.range_low, u.range_high)
WHERE u.candidate_date IS NULL;
