-- dim_date: every day of every year from the earliest to the latest year any batch date needs.
WITH batch_span AS (
    -- min and max per source rather than every date unnested: the same span, one pass each
    SELECT min(p.published_on) AS first_day, max(p.published_on) AS last_day
    FROM staging.release_parse p JOIN load_batch b USING (release_id)
    UNION ALL
    SELECT least(min(f.fiscal_year_end), min(f.record_date), min(f.effective_date), min(f.announced_on)),
           greatest(max(f.fiscal_year_end), max(f.record_date), max(f.effective_date), max(f.announced_on))
    FROM staging.dividend_fact f JOIN load_batch b USING (release_id)
    UNION ALL
    SELECT least(min(f.period_start), min(f.period_end), min(f.announced_on)),
           greatest(max(f.period_start), max(f.period_end), max(f.announced_on))
    FROM batch_figure f
),
span AS (
    SELECT least(min(extract(year FROM first_day)), (SELECT min(year) FROM warehouse.dim_date))::int AS first_year,
           greatest(max(extract(year FROM last_day)), (SELECT max(year) FROM warehouse.dim_date))::int AS last_year
    FROM batch_span
),
missing_years AS (
    SELECT y FROM span, generate_series(span.first_year, span.last_year) AS y
    WHERE NOT EXISTS (SELECT 1 FROM warehouse.dim_date WHERE year = y)
)
INSERT INTO warehouse.dim_date (date_key, calendar_date, year, quarter, month, day_of_month, iso_weekday,
                                weekday_name, is_month_end, jp_fiscal_year, label)
SELECT to_char(d, 'YYYYMMDD')::int, d, extract(year FROM d), extract(quarter FROM d), extract(month FROM d),
       extract(day FROM d), extract(isodow FROM d), trim(to_char(d, 'Day')),
       (d + 1)::date = date_trunc('month', d + 1)::date,
       CASE WHEN extract(month FROM d) >= 4 THEN extract(year FROM d) ELSE extract(year FROM d) - 1 END,
       to_char(d, 'YYYY-MM-DD')
FROM missing_years, generate_series(make_date(y, 1, 1), make_date(y, 12, 31), interval '1 day') AS g(ts),
     LATERAL (SELECT g.ts::date AS d) AS day
ON CONFLICT DO NOTHING;
