-- The batch's staged figures, copied once into a temporary table without their provenance text:
-- every later step joins this narrow table instead of filtering the whole of staging, and the
-- provenance columns are read from staging once, by the final inserts. Statistics only on the
-- columns later steps join or filter on: sampling the wide text columns costs more than it tells.
-- Dividends are read from staging where needed instead: three steps join them by release alone,
-- and a copy cost more than it saved them (27,500 rows: 0.02 s to write and analyse, and the
-- dividend insert was no faster for it).
CREATE TEMP TABLE batch_figure ON COMMIT DROP AS
SELECT f.release_id, f.fact_no, f.metric, f.period_start, f.period_end, f.scenario, f.announced_on, f.value,
       f.unit, coalesce(f.accounting_standard, 'unknown') AS accounting_standard, f.consolidated, f.range_low,
       f.range_high, f.period_label,
       -- the stated start as a join key ('infinity' where none is stated): hashable, and estimated
       coalesce(f.period_start, 'infinity') AS stated_start
FROM staging.figure_fact f JOIN load_batch USING (release_id);
ANALYZE batch_figure (release_id, fact_no, metric, scenario, accounting_standard, period_end, stated_start);
