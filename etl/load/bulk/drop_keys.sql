-- Bulk path, before loading: set aside every key, index and foreign key of the fact tables, then
-- drop them. Maintaining five B-trees per row and checking foreign keys per row costs more than
-- the insert itself; building each index once by sorting, and checking each foreign key with
-- one anti-join (restore_keys.sql), is several times cheaper. The definitions come from the
-- catalog, so what is restored is exactly what the migrations made. DDL is transactional: if
-- the load fails, the rollback brings every dropped object back untouched.
--
-- Takes ACCESS EXCLUSIVE locks on the four fact tables until commit: readers wait meanwhile,
-- which is why the loader takes this path on its own only while the star holds no facts.
LOCK TABLE warehouse.fct_dividend, warehouse.fct_actual, warehouse.fct_forecast,
    warehouse.fct_forecast_statement IN ACCESS EXCLUSIVE MODE;

-- With the per-row FK triggers off (session_replication_role = replica, superusers only), the
-- fact tables' references to these dimensions stay in place, VALID, instead of being dropped
-- and re-checked: every such key is read from the dimension row itself in the statement that
-- writes the fact (a join with dim_release, dim_metric, dim_accounting_standard or the batch's
-- periods as just written to dim_fiscal_period; the company as its release's, whose reference
-- validate_dims.sql checks), so it cannot miss, and a NULL would fail NOT NULL. Re-checking them
-- cost 15 anti-joins. The date keys are computed, not read (to_char), and the references to
-- fct_forecast go with its primary key: those are dropped and re-checked as before. The lock is
-- the one ADD FOREIGN KEY would take: no other transaction deletes a referenced row meanwhile.
CREATE TEMP TABLE kept_reference ON COMMIT DROP AS
SELECT unnest(ARRAY['warehouse.dim_company', 'warehouse.dim_fiscal_period', 'warehouse.dim_release',
                    'warehouse.dim_metric', 'warehouse.dim_accounting_standard']::regclass[]) AS oid
WHERE current_setting('session_replication_role') = 'replica';
DO $$
BEGIN
    IF EXISTS (SELECT FROM kept_reference) THEN
        LOCK TABLE warehouse.dim_company, warehouse.dim_fiscal_period, warehouse.dim_release, warehouse.dim_metric,
            warehouse.dim_accounting_standard IN SHARE ROW EXCLUSIVE MODE;
    END IF;
END $$;

CREATE TEMP TABLE fact_key_definition ON COMMIT DROP AS
WITH fact_table AS (
    SELECT array_agg(to_regclass(name)) AS oids
    FROM unnest(ARRAY['warehouse.fct_dividend', 'warehouse.fct_actual', 'warehouse.fct_forecast',
                      'warehouse.fct_forecast_statement']) AS name
)
SELECT c.conrelid::regclass::text AS table_name, c.conname::text AS name,
       CASE c.contype WHEN 'f' THEN 3 ELSE 1 END AS restore_order,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
           AS definition,
       format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_statement
FROM pg_constraint c, fact_table
WHERE c.contype IN ('p', 'u', 'f')
  AND (c.conrelid = ANY (fact_table.oids) OR c.confrelid = ANY (fact_table.oids))
  AND c.confrelid NOT IN (SELECT oid FROM kept_reference)
UNION ALL
SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text, 2, pg_get_indexdef(i.indexrelid),
       format('DROP INDEX %s', i.indexrelid::regclass)
FROM pg_index i, fact_table
WHERE i.indrelid = ANY (fact_table.oids)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'));

DO $$
DECLARE statement text;
BEGIN
    -- foreign keys first: a referenced primary key cannot go while a reference to it stands
    FOR statement IN SELECT drop_statement FROM fact_key_definition ORDER BY restore_order DESC, name LOOP
        EXECUTE statement;
    END LOOP;
END $$;
