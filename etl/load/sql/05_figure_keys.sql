-- The batch's figures with every dimension key resolved once, for the actual and forecast steps
-- (provenance text stays in staging until the final inserts).
CREATE TEMP TABLE batch_figure_keyed ON COMMIT DROP AS
SELECT f.release_id, rel.release_key, f.fact_no, rel.company_key, bp.fiscal_period_key, bp.fiscal_year_end,
       m.metric_key,
       CASE f.consolidated WHEN true THEN 'consolidated' WHEN false THEN 'parent' ELSE 'unknown' END AS consolidation,
       s.accounting_standard_key, f.scenario, f.announced_on, f.value, f.range_low, f.range_high, f.unit,
       f.period_label, rel.published_date_key, rel.published_on, rel.sha256,
       coalesce(rel.is_correction, false) AS is_correction
FROM batch_figure f
JOIN warehouse.dim_release rel USING (release_id)
JOIN warehouse.dim_metric m ON m.metric_code = f.metric
JOIN warehouse.dim_accounting_standard s ON s.standard_code = f.accounting_standard
JOIN batch_fact_period bp
  ON (bp.fact_kind, bp.release_id, bp.stated_start, bp.stated_end) = ('figure', f.release_id, f.stated_start, f.period_end);
ANALYZE batch_figure_keyed (release_id, release_key, fact_no, company_key, fiscal_period_key, metric_key, consolidation,
                            scenario, value);
