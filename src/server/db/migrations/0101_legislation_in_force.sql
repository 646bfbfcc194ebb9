-- Legislation "as of" a date as one range lookup: for every (state, standard), the periods during which each
-- validated assessment was the one in force, kept by a trigger as validated versions are appended.

-- One row per (state, standard, valid_from): the validated version that holds from valid_from until the next one's
-- valid_from (valid_to, exclusive; NULL while it is still in force). Same rule as before: latest valid_from, and on
-- the same valid_from the latest recorded version.
CREATE TABLE assessment_in_force (
  state          text NOT NULL,
  standard_id    text NOT NULL,
  valid_from     date NOT NULL,
  valid_to       date CHECK (valid_to > valid_from),
  version_id     bigint NOT NULL,
  assessment_id  uuid NOT NULL,
  status         text NOT NULL,
  demo           boolean NOT NULL,
  PRIMARY KEY (state, standard_id, valid_from)
);
-- "Which periods contain date D" for every cell at once: one GiST scan, whatever the length of the history.
CREATE INDEX assessment_in_force_during ON assessment_in_force USING gist (daterange(valid_from, valid_to));

-- After validated versions are inserted (one, or many in one statement), recompute the periods of the affected cells
-- from the earliest new valid_from on, and close the period just before it.
CREATE FUNCTION assessment_in_force_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cell record;
BEGIN
  -- Two transactions validating the same cell take turns (each statement below then sees the other's rows).
  FOR cell IN SELECT DISTINCT n.state, n.standard_id FROM new_versions n WHERE n.workflow = 'validated' ORDER BY 1, 2 LOOP
    PERFORM pg_advisory_xact_lock(hashtext('assessment_in_force'), hashtext(cell.state || '|' || cell.standard_id));
  END LOOP;

  DELETE FROM assessment_in_force f
  USING (SELECT n.state, n.standard_id, min(n.valid_from) AS since FROM new_versions n WHERE n.workflow = 'validated' GROUP BY 1, 2) c
  WHERE f.state = c.state AND f.standard_id = c.standard_id AND f.valid_from >= c.since;

  INSERT INTO assessment_in_force (state, standard_id, valid_from, valid_to, version_id, assessment_id, status, demo)
  SELECT d.state, d.standard_id, d.valid_from, lead(d.valid_from) OVER (PARTITION BY d.state, d.standard_id ORDER BY d.valid_from),
         d.id, d.assessment_id, d.status, d.demo
  FROM (
    SELECT DISTINCT ON (v.state, v.standard_id, v.valid_from) v.state, v.standard_id, v.valid_from, v.id, v.assessment_id, v.status, v.demo
    FROM assessment_versions v
    JOIN (SELECT n.state, n.standard_id, min(n.valid_from) AS since FROM new_versions n WHERE n.workflow = 'validated' GROUP BY 1, 2) c
      ON v.state = c.state AND v.standard_id = c.standard_id AND v.valid_from >= c.since
    WHERE v.workflow = 'validated'
    ORDER BY v.state, v.standard_id, v.valid_from, v.id DESC
  ) d;

  UPDATE assessment_in_force f
  SET valid_to = (SELECT min(g.valid_from) FROM assessment_in_force g
                  WHERE g.state = f.state AND g.standard_id = f.standard_id AND g.valid_from > f.valid_from)
  FROM (SELECT n.state, n.standard_id, min(n.valid_from) AS since FROM new_versions n WHERE n.workflow = 'validated' GROUP BY 1, 2) c
  WHERE f.state = c.state AND f.standard_id = c.standard_id
    AND f.valid_from = (SELECT max(h.valid_from) FROM assessment_in_force h
                        WHERE h.state = c.state AND h.standard_id = c.standard_id AND h.valid_from < c.since);
  RETURN NULL;
END $$;

CREATE TRIGGER assessment_versions_in_force AFTER INSERT ON assessment_versions
  REFERENCING NEW TABLE AS new_versions FOR EACH STATEMENT EXECUTE FUNCTION assessment_in_force_refresh();

-- The history recorded before this migration.
INSERT INTO assessment_in_force (state, standard_id, valid_from, valid_to, version_id, assessment_id, status, demo)
SELECT d.state, d.standard_id, d.valid_from, lead(d.valid_from) OVER (PARTITION BY d.state, d.standard_id ORDER BY d.valid_from),
       d.id, d.assessment_id, d.status, d.demo
FROM (
  SELECT DISTINCT ON (v.state, v.standard_id, v.valid_from) v.state, v.standard_id, v.valid_from, v.id, v.assessment_id, v.status, v.demo
  FROM assessment_versions v WHERE v.workflow = 'validated'
  ORDER BY v.state, v.standard_id, v.valid_from, v.id DESC
) d;
