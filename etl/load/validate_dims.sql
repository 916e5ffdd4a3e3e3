-- Set-wise foreign-key validation of the dimension rows this load wrote. The load may run with
-- the per-row FK triggers off (session_replication_role = replica, superusers only) for bulk
-- speed; this proves the same guarantees with one anti-join per reference, and aborts otherwise.
DO $$
DECLARE orphans bigint;
BEGIN
    SELECT
        (SELECT count(*) FROM warehouse.dim_release d JOIN load_batch USING (release_id)
         LEFT JOIN warehouse.dim_company c USING (company_key)
         LEFT JOIN warehouse.dim_date dd ON dd.date_key = d.published_date_key
         WHERE c.company_key IS NULL OR dd.date_key IS NULL)
      + (SELECT count(*) FROM warehouse.dim_fiscal_period p LEFT JOIN warehouse.dim_company c USING (company_key)
         WHERE c.company_key IS NULL AND p.company_key IN (SELECT company_key FROM batch_fact_period))
    INTO orphans;
    IF orphans > 0 THEN
        RAISE EXCEPTION 'load batch rejected: % dimension rows reference missing dimension rows', orphans
            USING HINT = 'a loader bug: the batch was rolled back and the warehouse is unchanged';
    END IF;
END $$;
