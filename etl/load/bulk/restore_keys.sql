-- Bulk path, after loading: rebuild what drop_keys.sql set aside, keys first, then the other
-- indexes, then the foreign keys. Each ADD CONSTRAINT checks every row of its table set-wise
-- (a unique index build, or one anti-join per reference) and fails the load on a violation,
-- so the same guarantees hold at commit as after a row-by-row load.
DO $$
DECLARE statement text;
BEGIN
    FOR statement IN SELECT definition FROM fact_key_definition ORDER BY restore_order, name LOOP
        EXECUTE statement;
    END LOOP;
END $$;
