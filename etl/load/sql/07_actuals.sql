-- fct_actual: the batch's reported results; then which report of each figure is the latest,
-- recomputed for every figure the batch touched that other releases report too (by dateline,
-- then content hash: order-free).
CREATE TEMP TABLE touched_actual ON COMMIT DROP AS
SELECT DISTINCT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, f.is_adjusted
FROM warehouse.fct_actual f JOIN warehouse.dim_release rel USING (release_key) JOIN load_batch b USING (release_id);

DELETE FROM warehouse.fct_actual f USING warehouse.dim_release rel, load_batch b
WHERE f.release_key = rel.release_key AND rel.release_id = b.release_id;

-- figures the batch reports that other releases report too: only there can the latest report be
-- another release's (elsewhere the flag the insert below sets is final, as in a backfill)
INSERT INTO touched_actual
SELECT DISTINCT k.company_key, k.fiscal_period_key, k.metric_key, k.consolidation, k.scenario = 'adjusted_actual'
FROM batch_figure_keyed k
WHERE k.scenario IN ('actual', 'adjusted_actual') AND k.value IS NOT NULL
  AND EXISTS (SELECT FROM warehouse.fct_actual a
              WHERE (a.company_key, a.fiscal_period_key, a.metric_key, a.consolidation, a.is_adjusted)
                  = (k.company_key, k.fiscal_period_key, k.metric_key, k.consolidation,
                     k.scenario = 'adjusted_actual'));

-- Deduplicated and ranked on the narrow keyed rows; the provenance columns are joined on last, so
-- the sorts move keys rather than source text.
INSERT INTO warehouse.fct_actual (
    company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key, accounting_standard_evidence,
    is_adjusted, release_key, reported_date_key, value, unit, is_latest, period_label, fiscal_year_end, fact_no,
    line_start, line_end, char_start, char_end, source_text, row_label, column_label)
SELECT f.company_key, f.fiscal_period_key, f.metric_key, f.consolidation, f.accounting_standard_key,
       s.accounting_standard_evidence, f.is_adjusted, f.release_key, f.published_date_key, f.value, f.unit,
       f.is_latest, f.period_label, f.fiscal_year_end, f.fact_no, s.line_start, s.line_end, s.char_start, s.char_end,
       s.source_text, s.row_label, s.column_label
FROM (
    SELECT reported.*,
           -- right within the batch; the UPDATE below settles it across releases where others
           -- report the same figure, and writes only the rows whose flag changes
           row_number() OVER (PARTITION BY company_key, fiscal_period_key, metric_key, consolidation, is_adjusted
                              ORDER BY published_on DESC NULLS LAST, sha256 DESC, fact_no) = 1 AS is_latest
    FROM (
        SELECT DISTINCT ON (company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key,
                            is_adjusted, release_key)
               release_id, fact_no, company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key,
               scenario = 'adjusted_actual' AS is_adjusted, release_key, published_date_key, published_on, sha256,
               value, unit, period_label, fiscal_year_end
        FROM batch_figure_keyed
        WHERE scenario IN ('actual', 'adjusted_actual') AND value IS NOT NULL
        ORDER BY company_key, fiscal_period_key, metric_key, consolidation, accounting_standard_key, is_adjusted,
                 release_key, fact_no
    ) AS reported
) AS f
JOIN staging.figure_fact s USING (release_id, fact_no)
WHERE s.scenario IN ('actual', 'adjusted_actual');  -- what the join needs: a smaller hash

UPDATE warehouse.fct_actual f SET is_latest = ranked.rank = 1
FROM (
    SELECT a.actual_key,
           row_number() OVER (PARTITION BY a.company_key, a.fiscal_period_key, a.metric_key, a.consolidation,
                                           a.is_adjusted
                              ORDER BY rel.published_on DESC NULLS LAST, rel.sha256 DESC, a.fact_no) AS rank
    FROM warehouse.fct_actual a
    JOIN warehouse.dim_release rel USING (release_key)
    JOIN (SELECT DISTINCT * FROM touched_actual) t
      ON (t.company_key, t.fiscal_period_key, t.metric_key, t.consolidation, t.is_adjusted)
       = (a.company_key, a.fiscal_period_key, a.metric_key, a.consolidation, a.is_adjusted)
) AS ranked
WHERE f.actual_key = ranked.actual_key AND f.is_latest IS DISTINCT FROM (ranked.rank = 1);
