-- Keeps assessment_in_force cell by cell with statements that each use the primary key, so the work of a validation
-- (or of a bulk insert) grows with the new versions only, not with the length of the history (0101's UPDATE joined
-- every period of the affected cells).
CREATE OR REPLACE FUNCTION assessment_in_force_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cell record;
BEGIN
  -- Cells in a fixed order: two transactions validating the same cell take turns, and never deadlock.
  FOR cell IN SELECT n.state, n.standard_id, min(n.valid_from) AS since FROM new_versions n
              WHERE n.workflow = 'validated' GROUP BY 1, 2 ORDER BY 1, 2 LOOP
    PERFORM pg_advisory_xact_lock(hashtext('assessment_in_force'), hashtext(cell.state || '|' || cell.standard_id));

    DELETE FROM assessment_in_force f
    WHERE f.state = cell.state AND f.standard_id = cell.standard_id AND f.valid_from >= cell.since;

    INSERT INTO assessment_in_force (state, standard_id, valid_from, valid_to, version_id, assessment_id, status, demo)
    SELECT cell.state, cell.standard_id, d.valid_from, lead(d.valid_from) OVER (ORDER BY d.valid_from), d.id, d.assessment_id, d.status, d.demo
    FROM (
      SELECT DISTINCT ON (v.valid_from) v.valid_from, v.id, v.assessment_id, v.status, v.demo
      FROM assessment_versions v
      WHERE v.state = cell.state AND v.standard_id = cell.standard_id AND v.workflow = 'validated' AND v.valid_from >= cell.since
      ORDER BY v.valid_from, v.id DESC
    ) d;

    -- The period just before the new ones now ends where they begin.
    UPDATE assessment_in_force f SET valid_to = cell.since
    WHERE f.state = cell.state AND f.standard_id = cell.standard_id
      AND f.valid_from = (SELECT max(h.valid_from) FROM assessment_in_force h
                          WHERE h.state = cell.state AND h.standard_id = cell.standard_id AND h.valid_from < cell.since);
  END LOOP;
  RETURN NULL;
END $$;
