-- The batch's staged facts, copied once into analysed temporary tables: every later step joins
-- these small tables instead of filtering the whole of staging, and the planner knows their size.
CREATE TEMP TABLE batch_figure ON COMMIT DROP AS
SELECT f.* FROM staging.figure_fact f JOIN load_batch USING (release_id);
CREATE TEMP TABLE batch_dividend ON COMMIT DROP AS
SELECT d.* FROM staging.dividend_fact d JOIN load_batch USING (release_id);
CREATE INDEX ON batch_figure (release_id, fact_no);
CREATE INDEX ON batch_dividend (release_id, fact_no);
ANALYZE batch_figure;
ANALYZE batch_dividend;
