-- Standards cite their seed document by number ({"doc": "002"}), as data/README.md lists the seeds by title, date and
-- meeting, instead of a workspace file name ({"file": "002_f05e742ccebaebcc.txt"}). A catalogue version is never
-- re-imported (reference.ts loads a version only when it is absent), so the loaded version 1 is rewritten here, in
-- place: only the citations change, never a standard's wording, group or correspondences.
UPDATE legislation_standards
SET seed = (seed - 'file') || jsonb_build_object('doc', substring(seed ->> 'file' FROM '^([0-9]{3})_'))
WHERE seed ? 'file' AND seed ->> 'file' ~ '^[0-9]{3}_[0-9a-f]+\.txt$';

UPDATE legislation_catalogues
SET content = jsonb_set(content, '{groups}', (
  SELECT coalesce(jsonb_agg(
    CASE WHEN g -> 'seed' ? 'file' AND g -> 'seed' ->> 'file' ~ '^[0-9]{3}_[0-9a-f]+\.txt$'
      THEN jsonb_set(g, '{seed}', ((g -> 'seed') - 'file') || jsonb_build_object('doc', substring(g -> 'seed' ->> 'file' FROM '^([0-9]{3})_')))
      ELSE g END ORDER BY o), '[]'::jsonb)
  FROM jsonb_array_elements(content -> 'groups') WITH ORDINALITY AS x(g, o)))
WHERE jsonb_typeof(content -> 'groups') = 'array';

UPDATE legislation_catalogues
SET source = regexp_replace(source, 'seed ([0-9]{3})_[0-9a-f]{16}\.txt', 'seed \1', 'g')
WHERE source ~ 'seed [0-9]{3}_[0-9a-f]{16}\.txt';
