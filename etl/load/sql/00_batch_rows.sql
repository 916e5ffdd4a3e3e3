-- The batch's staged facts, copied once into temporary tables without their provenance text:
-- every later step joins these narrow tables instead of filtering the whole of staging, and the
-- provenance columns are read from staging once, by the final inserts. Statistics only on the
-- columns later steps join or filter on: sampling the wide text columns costs more than it tells.
CREATE TEMP TABLE batch_figure ON COMMIT DROP AS
SELECT f.release_id, f.fact_no, f.metric, f.period_start, f.period_end, f.scenario, f.announced_on, f.value,
       f.unit, coalesce(f.accounting_standard, 'unknown') AS accounting_standard, f.consolidated, f.range_low,
       f.range_high, f.period_label,
       -- the stated start as a join key ('infinity' where none is stated): hashable, and estimated
       coalesce(f.period_start, 'infinity') AS stated_start
FROM staging.figure_fact f JOIN load_batch USING (release_id);
CREATE TEMP TABLE batch_dividend ON COMMIT DROP AS
SELECT d.release_id, d.fact_no, d.period, d.scenario, d.fiscal_year_end, d.fiscal_year_label, d.record_date,
       d.effective_date, d.announced_on
FROM staging.dividend_fact d JOIN load_batch USING (release_id);
ANALYZE batch_figure (release_id, fact_no, metric, scenario, accounting_standard, period_end, stated_start);
ANALYZE batch_dividend (release_id, fact_no, fiscal_year_end);
