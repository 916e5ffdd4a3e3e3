-- fct_dividend: the batch's dividends, replacing whatever these releases stated before.
DELETE FROM warehouse.fct_dividend f USING warehouse.dim_release rel, load_batch b
WHERE f.release_key = rel.release_key AND rel.release_id = b.release_id;

-- Deduplicated on the staged rows' key columns; the wide columns are joined on last, so the sort
-- moves keys rather than source text.
INSERT INTO warehouse.fct_dividend (
    company_key, fiscal_period_key, release_key, dividend_period, scenario, status, per_share, range_low,
    range_high, ordinary_per_share, special_per_share, commemorative_per_share, currency, total_amount, resource,
    record_date_key, effective_date_key, announcement_date_key, fiscal_year_label, fiscal_year_end, fact_no,
    line_start, line_end, char_start, char_end, source_text, row_label, column_label)
SELECT k.company_key, k.fiscal_period_key, k.release_key, d.period, d.scenario, d.status, d.per_share,
       d.range_low, d.range_high, parts.ordinary, parts.special, parts.commemorative,
       d.currency, d.total_amount, d.resource,
       coalesce(to_char(d.record_date, 'YYYYMMDD')::int, -1),
       coalesce(to_char(d.effective_date, 'YYYYMMDD')::int, -1),
       coalesce(to_char(d.announced_on, 'YYYYMMDD')::int, CASE WHEN d.scenario = 'actual' THEN -2 ELSE -1 END),
       d.fiscal_year_label, k.fiscal_year_end, d.fact_no,
       d.line_start, d.line_end, d.char_start, d.char_end, d.source_text, d.row_label, d.column_label
FROM (
    SELECT DISTINCT ON (bp.company_key, bp.fiscal_period_key, b.period, b.scenario, rel.release_key)
           b.release_id, b.fact_no, bp.company_key, bp.fiscal_period_key, rel.release_key, bp.fiscal_year_end
    FROM staging.dividend_fact b
    JOIN load_batch USING (release_id)
    JOIN batch_fact_period bp
      ON (bp.fact_kind, bp.release_id, bp.stated_end) = ('dividend', b.release_id, b.fiscal_year_end)
    JOIN warehouse.dim_release rel ON rel.release_id = b.release_id
    ORDER BY bp.company_key, bp.fiscal_period_key, b.period, b.scenario, rel.release_key, b.fact_no
) AS k
JOIN staging.dividend_fact d USING (release_id, fact_no)
-- one pass over the parts, summed by kind
LEFT JOIN LATERAL (
    SELECT sum((c ->> 'per_share')::numeric) FILTER (WHERE c ->> 'kind' = 'ordinary') AS ordinary,
           sum((c ->> 'per_share')::numeric) FILTER (WHERE c ->> 'kind' = 'special') AS special,
           sum((c ->> 'per_share')::numeric) FILTER (WHERE c ->> 'kind' = 'commemorative') AS commemorative
    FROM jsonb_array_elements(d.components) AS c
) AS parts ON true;
