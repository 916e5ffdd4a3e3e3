-- dim_release: the batch's releases, whatever their parse status.
INSERT INTO warehouse.dim_release (release_id, sha256, file_name, kind, title, company_key, published_date_key,
                                   published_on, is_correction, stated_company_name,
                                   fiscal_year_end_month, parser_version, loaded_at)
SELECT p.release_id, r.sha256, r.file_name, p.kind, p.title, coalesce(c.company_key, -1),
       coalesce(to_char(p.published_on, 'YYYYMMDD')::int, -1), p.published_on, p.is_correction, p.company_name,
       p.fiscal_year_end_month,
       p.parser_version, now()
FROM staging.release_parse p
JOIN load_batch b USING (release_id)
JOIN raw.release r USING (release_id)
LEFT JOIN warehouse.dim_company c ON c.company_code = p.company_code
ON CONFLICT (release_id) DO UPDATE SET
    sha256 = excluded.sha256, file_name = excluded.file_name, kind = excluded.kind, title = excluded.title,
    company_key = excluded.company_key, published_date_key = excluded.published_date_key,
    published_on = excluded.published_on, is_correction = excluded.is_correction,
    stated_company_name = excluded.stated_company_name, fiscal_year_end_month = excluded.fiscal_year_end_month,
    parser_version = excluded.parser_version, loaded_at = excluded.loaded_at;

-- A backfill grows these dimensions from (nearly) nothing inside this transaction; a planner
-- still believing them that small would look every fact's keys up row by row in the steps below.
DO $$
BEGIN
    IF (SELECT reltuples FROM pg_class WHERE oid = 'warehouse.dim_release'::regclass)
       < (SELECT count(*) FROM load_batch) THEN
        ANALYZE warehouse.dim_company, warehouse.dim_release;
    END IF;
END $$;
