-- Criminal networks: entities stored per FollowTheMoney (schema + properties), links with roles, merges.
-- Every row carries its provenance (reporting state, report, Admiralty grading) and the standard protection columns.

CREATE TABLE network_entities (
  id text PRIMARY KEY,                      -- the FollowTheMoney id, kept on import so re-import is idempotent
  kind text NOT NULL,                       -- person, organisation, vessel, vehicle, document, phone, email, bank_account, place, event, route, leg
  schema text NOT NULL,                     -- FollowTheMoney schema (Person, Vessel, UserAccount, Event ...)
  caption text NOT NULL,
  properties jsonb NOT NULL DEFAULT '{}',   -- FollowTheMoney properties, each a list of strings
  names text[] NOT NULL DEFAULT '{}',
  birth_date text,
  nationality text,
  country text,
  identifiers text[] NOT NULL DEFAULT '{}', -- document numbers, phone numbers, IMO/MMSI, e-mails, account numbers
  latitude double precision,
  longitude double precision,
  start_date text,
  end_date text,
  modus_operandi text[] NOT NULL DEFAULT '{}',
  merged_into text REFERENCES network_entities(id) ON DELETE SET NULL,
  source_state text,
  source_report text,
  reliability text CHECK (reliability IN ('A','B','C','D','E','F')),
  credibility text CHECK (credibility IN ('1','2','3','4','5','6')),
  owner_state text,
  classification text NOT NULL CHECK (classification IN ('public','members','restricted','confidential','secret')),
  releasable_states text[] NOT NULL DEFAULT '{}',
  releasable_groups text[] NOT NULL DEFAULT '{}',
  handling_codes text[] NOT NULL DEFAULT '{}',
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_entities_kind ON network_entities (kind);
CREATE INDEX network_entities_merged ON network_entities (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX network_entities_updated ON network_entities (updated_at);

CREATE TABLE network_links (
  id text PRIMARY KEY,
  schema text NOT NULL,                     -- FollowTheMoney interval schema it travels as (UnknownLink, Membership, Payment, Associate)
  role text NOT NULL,
  source_id text NOT NULL REFERENCES network_entities(id) ON DELETE CASCADE,
  target_id text NOT NULL REFERENCES network_entities(id) ON DELETE CASCADE,
  start_date text,
  end_date text,
  properties jsonb NOT NULL DEFAULT '{}',
  source_state text,
  source_report text,
  reliability text CHECK (reliability IN ('A','B','C','D','E','F')),
  credibility text CHECK (credibility IN ('1','2','3','4','5','6')),
  owner_state text,
  classification text NOT NULL CHECK (classification IN ('public','members','restricted','confidential','secret')),
  releasable_states text[] NOT NULL DEFAULT '{}',
  releasable_groups text[] NOT NULL DEFAULT '{}',
  handling_codes text[] NOT NULL DEFAULT '{}',
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_links_source ON network_links (source_id);
CREATE INDEX network_links_target ON network_links (target_id);

-- A property value reported by a state other than the entity's owner, with its own provenance and protection.
CREATE TABLE network_facts (
  id bigserial PRIMARY KEY,
  entity_id text NOT NULL REFERENCES network_entities(id) ON DELETE CASCADE,
  property text NOT NULL,
  value text NOT NULL,
  source_state text,
  source_report text,
  reliability text CHECK (reliability IN ('A','B','C','D','E','F')),
  credibility text CHECK (credibility IN ('1','2','3','4','5','6')),
  owner_state text,
  classification text NOT NULL CHECK (classification IN ('public','members','restricted','confidential','secret')),
  releasable_states text[] NOT NULL DEFAULT '{}',
  releasable_groups text[] NOT NULL DEFAULT '{}',
  handling_codes text[] NOT NULL DEFAULT '{}',
  demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_facts_entity ON network_facts (entity_id);

-- Cross-matching: proposals with their reasons, an analyst's decision, reversible merges.
CREATE TABLE network_matches (
  id bigserial PRIMARY KEY,
  a_id text NOT NULL REFERENCES network_entities(id) ON DELETE CASCADE,
  b_id text NOT NULL REFERENCES network_entities(id) ON DELETE CASCADE,
  score double precision NOT NULL,
  reasons text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','confirmed','rejected','unmerged')),
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (a_id, b_id)
);
