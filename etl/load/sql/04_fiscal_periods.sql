-- dim_fiscal_period: the periods the batch's facts belong to. A figure's fiscal year comes from the
-- year-end month (the release's, else the company's); a dividend belongs to the whole fiscal year
-- ending on its fiscal_year_end. Where no document states a start, it is assumed one year before
-- the end and flagged.
--
-- batch_fact_period holds each period as a release states it, not each fact: a release's facts
-- share a handful of periods, so this is several times smaller than the batch. It is keyed by
-- what the facts carry (release, stated start and end), and after the insert holds its period's
-- key, so the later steps find a fact's period with one join.
CREATE TEMP TABLE batch_fact_period ON COMMIT DROP AS
WITH figure_period AS (
    SELECT release_id, stated_start, period_start, period_end, min(period_label) AS period_label
    FROM batch_figure GROUP BY release_id, stated_start, period_start, period_end
),
figure_ends AS (
    SELECT f.release_id, rel.company_key, f.stated_start, f.period_start, f.period_end, f.period_label,
           warehouse.fiscal_year_end_of(f.period_start, f.period_end,
                                        coalesce(p.fiscal_year_end_month, c.fiscal_year_end_month)) AS fye
    FROM figure_period f
    JOIN staging.release_parse p USING (release_id)
    JOIN warehouse.dim_release rel USING (release_id)
    JOIN warehouse.dim_company c ON c.company_key = rel.company_key
)
SELECT 'figure'::text AS fact_kind, release_id, company_key, stated_start, period_end AS stated_end,
       period_label AS label, coalesce(period_start, (fye - interval '1 year' + interval '1 day')::date) AS start_date,
       period_end AS end_date, fye AS fiscal_year_end, period_start IS NULL AS is_start_assumed,
       NULL::int AS fiscal_period_key
FROM figure_ends
UNION ALL
SELECT 'dividend', d.release_id, rel.company_key, NULL, d.fiscal_year_end, d.fiscal_year_label,
       (d.fiscal_year_end - interval '1 year' + interval '1 day')::date, d.fiscal_year_end, d.fiscal_year_end, true,
       NULL
FROM (SELECT release_id, fiscal_year_end, min(fiscal_year_label) AS fiscal_year_label
      FROM staging.dividend_fact JOIN load_batch USING (release_id) GROUP BY release_id, fiscal_year_end) AS d
JOIN warehouse.dim_release rel USING (release_id);

-- Existing periods updated where the batch changes them, new ones inserted: one loader runs at a
-- time (the load lock), so this costs a third less than INSERT ... ON CONFLICT, which probes and
-- inserts each row speculatively.
CREATE TEMP TABLE batch_period ON COMMIT DROP AS
SELECT company_key, start_date, end_date, min(fiscal_year_end) AS fye,
       bool_and(is_start_assumed) AS is_start_assumed, min(label) AS label
FROM batch_fact_period
GROUP BY company_key, start_date, end_date;

-- rewriting an unchanged row would cost a new row version and an entry in every index
UPDATE warehouse.dim_fiscal_period d
SET is_start_assumed = d.is_start_assumed AND b.is_start_assumed, company_label = least(d.company_label, b.label)
FROM batch_period b
WHERE (d.company_key, d.start_date, d.end_date) = (b.company_key, b.start_date, b.end_date)
  AND (d.is_start_assumed AND b.is_start_assumed, least(d.company_label, b.label))
      IS DISTINCT FROM (d.is_start_assumed, d.company_label);

INSERT INTO warehouse.dim_fiscal_period (company_key, fiscal_year_end, period_type, start_date, end_date,
                                         is_start_assumed, company_label, neutral_label)
SELECT company_key, fye, warehouse.fiscal_period_type(start_date, end_date, fye), start_date, end_date,
       is_start_assumed, label, warehouse.fiscal_period_label(start_date, end_date, fye)
FROM batch_period b
WHERE NOT EXISTS (SELECT FROM warehouse.dim_fiscal_period d
                  WHERE (d.company_key, d.start_date, d.end_date) = (b.company_key, b.start_date, b.end_date));

-- A backfill grows the dimension from (nearly) nothing inside this transaction; a planner still
-- believing it that small would look every period up row by row.
DO $$
BEGIN
    IF (SELECT reltuples FROM pg_class WHERE oid = 'warehouse.dim_fiscal_period'::regclass)
       < (SELECT count(*) FROM load_batch) THEN
        ANALYZE warehouse.dim_fiscal_period;
    END IF;
END $$;

UPDATE batch_fact_period bp SET fiscal_period_key = p.fiscal_period_key, fiscal_year_end = p.fiscal_year_end
FROM warehouse.dim_fiscal_period p
WHERE (p.company_key, p.start_date, p.end_date) = (bp.company_key, bp.start_date, bp.end_date);
ANALYZE batch_fact_period (fact_kind, release_id, stated_start, stated_end);
