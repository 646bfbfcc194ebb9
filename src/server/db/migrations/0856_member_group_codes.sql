-- The groups of each member state, kept on its members row by a trigger in the same transaction as any change to
-- group_members: the session query of every signed-in request reads them as a column instead of running a subquery
-- (the subquery was a third of that query's cost on PGlite: docs/benchmarks-http.md). Exact, not a cache: a change of
-- membership is visible to the very next request on every instance (src/server/auth/access-changes.test.ts).
ALTER TABLE members ADD COLUMN group_codes text[] NOT NULL DEFAULT '{}';
UPDATE members m SET group_codes = ARRAY(SELECT gm.group_code FROM group_members gm WHERE gm.member_code = m.code ORDER BY gm.group_code);

CREATE FUNCTION members_keep_group_codes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE members m SET group_codes = ARRAY(SELECT gm.group_code FROM group_members gm WHERE gm.member_code = m.code ORDER BY gm.group_code)
  WHERE m.code IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.member_code END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.member_code END);
  RETURN NULL;
END $$;
CREATE TRIGGER group_members_keep_codes AFTER INSERT OR UPDATE OR DELETE ON group_members
  FOR EACH ROW EXECUTE FUNCTION members_keep_group_codes();
