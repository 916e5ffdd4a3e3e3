-- dim_company: one row per securities code; name and year-end month from the latest release that
-- gives them, variants from every release (recomputed for the codes this batch touches, so the
-- result does not depend on load order; a row already right is left alone).
WITH touched AS (
    SELECT DISTINCT p.company_code FROM staging.release_parse p JOIN load_batch b USING (release_id)
    WHERE p.company_code ~ '^[0-9][0-9A-Z][0-9][0-9A-Z]$'
),
mentions AS (
    SELECT p.company_code, p.company_name, p.fiscal_year_end_month, p.published_on, r.sha256
    FROM staging.release_parse p JOIN raw.release r USING (release_id) JOIN touched USING (company_code)
)
INSERT INTO warehouse.dim_company (company_code, company_name, name_variants, fiscal_year_end_month)
SELECT company_code,
       (array_agg(company_name ORDER BY published_on DESC NULLS LAST, sha256 DESC)
            FILTER (WHERE company_name IS NOT NULL))[1],
       coalesce(array_agg(DISTINCT company_name ORDER BY company_name) FILTER (WHERE company_name IS NOT NULL),
                '{}'),
       (array_agg(fiscal_year_end_month ORDER BY published_on DESC NULLS LAST, sha256 DESC)
            FILTER (WHERE fiscal_year_end_month IS NOT NULL))[1]
FROM mentions GROUP BY company_code
ON CONFLICT (company_code) DO UPDATE SET
    company_name = excluded.company_name,
    name_variants = excluded.name_variants,
    fiscal_year_end_month = excluded.fiscal_year_end_month
WHERE (dim_company.company_name, dim_company.name_variants, dim_company.fiscal_year_end_month)
    IS DISTINCT FROM (excluded.company_name, excluded.name_variants, excluded.fiscal_year_end_month);
