-- dim_fiscal_period: the periods the batch's facts belong to. A figure's fiscal year comes from the
-- year-end month (the release's, else the company's); a dividend belongs to the whole fiscal year
-- ending on its fiscal_year_end. Where no document states a start, it is assumed one year before
-- the end and flagged. The facts find their period's key by its natural key in later steps.
CREATE TEMP TABLE batch_fact_period ON COMMIT DROP AS
WITH figure_ends AS (
    SELECT f.release_id, f.fact_no, rel.company_key, f.period_start, f.period_end, f.period_label,
           warehouse.fiscal_year_end_of(f.period_start, f.period_end,
                                        coalesce(p.fiscal_year_end_month, c.fiscal_year_end_month)) AS fye
    FROM batch_figure f
    JOIN staging.release_parse p USING (release_id)
    JOIN warehouse.dim_release rel USING (release_id)
    JOIN warehouse.dim_company c ON c.company_key = rel.company_key
)
SELECT 'figure'::text AS fact_kind, release_id, fact_no, company_key,
       coalesce(period_start, (fye - interval '1 year' + interval '1 day')::date) AS start_date,
       period_end AS end_date, fye AS fiscal_year_end, period_start IS NULL AS is_start_assumed,
       period_label AS label
FROM figure_ends
UNION ALL
SELECT 'dividend', d.release_id, d.fact_no, rel.company_key,
       (d.fiscal_year_end - interval '1 year' + interval '1 day')::date, d.fiscal_year_end, d.fiscal_year_end,
       true, d.fiscal_year_label
FROM batch_dividend d
JOIN warehouse.dim_release rel USING (release_id);

INSERT INTO warehouse.dim_fiscal_period (company_key, fiscal_year_end, period_type, start_date, end_date,
                                         is_start_assumed, company_label, neutral_label)
SELECT company_key, fye, warehouse.fiscal_period_type(start_date, end_date, fye), start_date, end_date,
       is_start_assumed, label, warehouse.fiscal_period_label(start_date, end_date, fye)
FROM (
    SELECT company_key, start_date, end_date, min(fiscal_year_end) AS fye,
           bool_and(is_start_assumed) AS is_start_assumed, min(label) AS label
    FROM batch_fact_period
    GROUP BY company_key, start_date, end_date
) AS periods
ON CONFLICT (company_key, start_date, end_date) DO UPDATE SET
    is_start_assumed = dim_fiscal_period.is_start_assumed AND excluded.is_start_assumed,
    company_label = least(dim_fiscal_period.company_label, excluded.company_label)
-- rewriting an unchanged row would cost a new row version and an entry in every index
WHERE (dim_fiscal_period.is_start_assumed AND excluded.is_start_assumed,
       least(dim_fiscal_period.company_label, excluded.company_label))
    IS DISTINCT FROM (dim_fiscal_period.is_start_assumed, dim_fiscal_period.company_label);

ANALYZE batch_fact_period (fact_kind, release_id, fact_no, company_key, start_date, end_date);

-- A backfill grows the dimension from (nearly) nothing inside this transaction; a planner still
-- believing it that small would look every fact's period up row by row in the steps below.
DO $$
BEGIN
    IF (SELECT reltuples FROM pg_class WHERE oid = 'warehouse.dim_fiscal_period'::regclass)
       < (SELECT count(*) FROM load_batch) THEN
        ANALYZE warehouse.dim_fiscal_period;
    END IF;
END $$;
