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
