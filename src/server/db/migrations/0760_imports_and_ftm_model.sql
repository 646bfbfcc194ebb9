-- Imports as jobs (id, status, counts, per-line errors, progress) and the staging tables they merge from in one
-- transaction; network records keep the whole FollowTheMoney entity (top-level context, dangling references, weights).

CREATE TABLE imports (
  id uuid PRIMARY KEY,
  module text NOT NULL,                      -- networks, flows, surveys
  format text NOT NULL,                      -- ftm, csv, xlsx, file
  user_id uuid,                              -- who started it (the only one who sees it)
  state text,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
  phase text NOT NULL DEFAULT 'reading' CHECK (phase IN ('reading', 'merging', 'done')),
  lines integer NOT NULL DEFAULT 0,          -- lines (rows) read so far
  bytes bigint NOT NULL DEFAULT 0,
  imported integer NOT NULL DEFAULT 0,
  entities integer NOT NULL DEFAULT 0,
  links integer NOT NULL DEFAULT 0,
  dangling integer NOT NULL DEFAULT 0,       -- references to entities the importer cannot read, kept
  error_count integer NOT NULL DEFAULT 0,
  notice_count integer NOT NULL DEFAULT 0,
  message text,                              -- why it failed or was interrupted
  options jsonb NOT NULL DEFAULT '{}',       -- what the import was asked to do (grading, classification, mapping)
  instance text,                             -- the server process running it (random per start), its host and pid:
  host text,                                 -- a restart tells a dead import from one another instance is still running
  pid integer,
  heartbeat_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX imports_user ON imports (user_id, started_at DESC);
CREATE INDEX imports_running ON imports (status) WHERE status = 'running';

-- Per-line errors (line refused) and notices (line kept, with a remark such as a dangling reference); the first 1,000 of each.
CREATE TABLE import_errors (
  import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  level text NOT NULL CHECK (level IN ('error', 'notice')),
  line integer NOT NULL,
  message text NOT NULL
);
CREATE INDEX import_errors_import ON import_errors (import_id, level, line);

-- Staging: rows COPYed in while a file is read, merged into network_entities / network_links in one transaction, then
-- deleted. UNLOGGED: staging is never the truth, so it is not worth write-ahead logging.
CREATE UNLOGGED TABLE network_import_entities (
  import_id uuid NOT NULL,
  line integer NOT NULL,
  id text NOT NULL,
  kind text NOT NULL,
  schema text NOT NULL,
  caption text NOT NULL,
  properties jsonb NOT NULL,
  context jsonb NOT NULL,
  names text[] NOT NULL,
  birth_date text,
  nationality text,
  country text,
  identifiers text[] NOT NULL,
  latitude double precision,
  longitude double precision,
  start_date text,
  end_date text,
  modus_operandi text[] NOT NULL,
  search_text text NOT NULL,
  source_state text,
  source_report text,
  reliability text,
  credibility text,
  owner_state text,
  classification text NOT NULL,
  releasable_states text[] NOT NULL,
  releasable_groups text[] NOT NULL,
  handling_codes text[] NOT NULL,
  demo boolean NOT NULL
);
CREATE INDEX network_import_entities_import ON network_import_entities (import_id, id, line);

CREATE UNLOGGED TABLE network_import_links (
  import_id uuid NOT NULL,
  line integer NOT NULL,
  id text NOT NULL,
  schema text NOT NULL,
  role text NOT NULL,
  source_id text NOT NULL,
  target_id text NOT NULL,
  start_date text,
  end_date text,
  properties jsonb NOT NULL,
  context jsonb NOT NULL,
  derived_from text,
  weight double precision,
  source_state text,
  source_report text,
  reliability text,
  credibility text,
  owner_state text,
  classification text NOT NULL,
  releasable_states text[] NOT NULL,
  releasable_groups text[] NOT NULL,
  handling_codes text[] NOT NULL,
  demo boolean NOT NULL
);
CREATE INDEX network_import_links_import ON network_import_links (import_id, id, line);

-- The whole FtM entity travels back out: the top-level keys beside id/schema/properties (datasets, referents, first_seen ...).
ALTER TABLE network_entities ADD COLUMN context jsonb NOT NULL DEFAULT '{}';
-- Names, identifiers and id folded to lower case without accents, for token search ("Rashid Baloch" finds "Rashid Karim Baloch").
ALTER TABLE network_entities ADD COLUMN search_text text NOT NULL DEFAULT '';
UPDATE network_entities SET search_text = lower(caption || ' ' || array_to_string(names, ' ') || ' ' || array_to_string(identifiers, ' ') || ' ' || id);

ALTER TABLE network_links ADD COLUMN context jsonb NOT NULL DEFAULT '{}';
-- A link implied by an entity-valued property of another entity (a passport's holder, a sanction's target): it travels
-- inside that entity, so it is rebuilt with it and never exported on its own.
ALTER TABLE network_links ADD COLUMN derived_from text;
-- A link's strength where FtM gives one (an ownership's percentage).
ALTER TABLE network_links ADD COLUMN weight double precision;
UPDATE network_links SET derived_from = split_part(id, '~', 1) WHERE id LIKE '%~%~%' AND properties = '{}'::jsonb;
CREATE INDEX network_links_derived ON network_links (derived_from) WHERE derived_from IS NOT NULL;

-- Dangling references are kept: a link may name an entity that is not (yet) in the portal. The graph joins both ends, so
-- such a link shows only once the entity arrives.
ALTER TABLE network_links DROP CONSTRAINT network_links_source_id_fkey;
ALTER TABLE network_links DROP CONSTRAINT network_links_target_id_fkey;
