-- Lost, stolen, revoked, fraudulent and counterfeit documents recorded by member states, and the hit/no-hit checks made
-- against them. A record holds either the clear normalised number or, for a state keeping its list as keyed hashes,
-- only the HMAC of its issuing state and number under the regional key (never both).

CREATE TABLE document_records (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_state        text NOT NULL REFERENCES members(code),
  issuing_state      text NOT NULL CHECK (issuing_state ~ '^[A-Z]{1,3}$'),
  doc_type           text NOT NULL CHECK (doc_type IN ('passport', 'identity_card', 'visa', 'travel_document', 'seafarer_document', 'residence_permit', 'other')),
  number_norm        text CHECK (number_norm ~ '^[A-Z0-9]{1,24}$'),
  number_hmac        bytea CHECK (octet_length(number_hmac) = 32),
  key_id             text,
  status             text NOT NULL CHECK (status IN ('lost', 'stolen', 'revoked', 'fraudulent', 'counterfeit')),
  issued_on          date,
  expires_on         date,
  reported_on        date,
  notes              text NOT NULL DEFAULT '',
  classification     text NOT NULL DEFAULT 'restricted' CHECK (classification IN ('restricted', 'confidential', 'secret')),
  releasable_states  text[] NOT NULL DEFAULT '{}',
  releasable_groups  text[] NOT NULL DEFAULT '{}',
  withdrawn_at       timestamptz,
  withdrawn_by       uuid,
  recorded_by        uuid,
  demo               boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((number_norm IS NULL) <> (number_hmac IS NULL)),
  CHECK ((number_hmac IS NULL) = (key_id IS NULL))
);
-- The check joins on these: one probe per line of a batch.
CREATE UNIQUE INDEX document_records_clear ON document_records (number_norm, issuing_state, owner_state) WHERE number_norm IS NOT NULL;
CREATE UNIQUE INDEX document_records_hashed ON document_records (number_hmac, owner_state) WHERE number_hmac IS NOT NULL;
CREATE INDEX document_records_owner ON document_records (owner_state, created_at DESC, id);

-- How each state keeps its list: in clear, or as keyed hashes only.
CREATE TABLE document_list_settings (
  state       text PRIMARY KEY REFERENCES members(code),
  mode        text NOT NULL CHECK (mode IN ('clear', 'hashed')),
  changed_by  uuid,
  changed_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per check (a single document or a batch); the queried numbers themselves are not kept.
CREATE TABLE document_checks (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  checker_id     uuid,
  checker_state  text,
  source         text NOT NULL CHECK (source IN ('documents', 'mrz', 'text', 'file')),
  lines          int NOT NULL CHECK (lines >= 0),
  hits           int NOT NULL CHECK (hits >= 0),
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_checks_checker ON document_checks (checker_id, at DESC);

-- Each hit, so that the recording state sees who checked its records and when.
CREATE TABLE document_check_hits (
  check_id       uuid NOT NULL REFERENCES document_checks(id) ON DELETE CASCADE,
  line_index     int NOT NULL,
  record_id      uuid NOT NULL REFERENCES document_records(id) ON DELETE CASCADE,
  owner_state    text NOT NULL,
  checker_id     uuid,
  checker_state  text,
  at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (check_id, line_index, record_id)
);
CREATE INDEX document_check_hits_owner ON document_check_hits (owner_state, at DESC);
CREATE INDEX document_check_hits_record ON document_check_hits (record_id, at DESC);
