-- Set-wise foreign-key validation of the fact rows this batch wrote (validate_dims.sql checks its
-- dimension rows). The load may run with the per-row FK triggers off (session_replication_role
-- = replica, superusers only) for bulk speed; this proves the same guarantees with one anti-join
-- per reference, and aborts the batch otherwise.
DO $$
DECLARE orphans bigint;
BEGIN
    SELECT
        (SELECT count(*) FROM warehouse.fct_dividend f JOIN batch_release USING (release_key)
         LEFT JOIN warehouse.dim_company c ON c.company_key = f.company_key
         LEFT JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key
         LEFT JOIN warehouse.dim_date r ON r.date_key = f.record_date_key
         LEFT JOIN warehouse.dim_date e ON e.date_key = f.effective_date_key
         LEFT JOIN warehouse.dim_date a ON a.date_key = f.announcement_date_key
         WHERE c.company_key IS NULL OR p.fiscal_period_key IS NULL OR r.date_key IS NULL OR e.date_key IS NULL
            OR a.date_key IS NULL)
      + (SELECT count(*) FROM warehouse.fct_actual f JOIN batch_release USING (release_key)
         LEFT JOIN warehouse.dim_company c ON c.company_key = f.company_key
         LEFT JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key
         LEFT JOIN warehouse.dim_metric m ON m.metric_key = f.metric_key
         LEFT JOIN warehouse.dim_accounting_standard s ON s.accounting_standard_key = f.accounting_standard_key
         LEFT JOIN warehouse.dim_date d ON d.date_key = f.reported_date_key
         WHERE c.company_key IS NULL OR p.fiscal_period_key IS NULL OR m.metric_key IS NULL
            OR s.accounting_standard_key IS NULL OR d.date_key IS NULL)
      + (SELECT count(*) FROM warehouse.fct_forecast f JOIN touched_key t
           USING (company_key, fiscal_period_key, metric_key, consolidation)
         LEFT JOIN warehouse.dim_company c ON c.company_key = f.company_key
         LEFT JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key
         LEFT JOIN warehouse.dim_metric m ON m.metric_key = f.metric_key
         LEFT JOIN warehouse.dim_accounting_standard s ON s.accounting_standard_key = f.accounting_standard_key
         LEFT JOIN warehouse.dim_release r ON r.release_key = f.source_release_key
         LEFT JOIN warehouse.dim_date d ON d.date_key = f.announced_date_key
         LEFT JOIN warehouse.fct_forecast prev ON prev.forecast_key = f.previous_forecast_key
         WHERE c.company_key IS NULL OR p.fiscal_period_key IS NULL OR m.metric_key IS NULL
            OR s.accounting_standard_key IS NULL OR r.release_key IS NULL OR d.date_key IS NULL
            OR (f.previous_forecast_key IS NOT NULL AND prev.forecast_key IS NULL))
      + (SELECT count(*) FROM warehouse.fct_forecast_statement st
         JOIN warehouse.fct_forecast f USING (forecast_key) JOIN touched_key t
           USING (company_key, fiscal_period_key, metric_key, consolidation)
         LEFT JOIN warehouse.dim_release r ON r.release_key = st.release_key
         LEFT JOIN warehouse.dim_accounting_standard s ON s.accounting_standard_key = st.accounting_standard_key
         WHERE r.release_key IS NULL OR s.accounting_standard_key IS NULL)
      + (SELECT count(*) FROM warehouse.fct_forecast_statement st
         LEFT JOIN warehouse.fct_forecast f USING (forecast_key)
         WHERE f.forecast_key IS NULL AND st.release_key IN (SELECT release_key FROM batch_release))
    INTO orphans;
    IF orphans > 0 THEN
        RAISE EXCEPTION 'load batch rejected: % rows reference missing dimension rows', orphans
            USING HINT = 'a loader bug: the batch was rolled back and the warehouse is unchanged';
    END IF;
END $$;
