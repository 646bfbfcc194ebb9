-- Intelligence exchange: graded reports, their attachments, releases under agreements, consents for onward sharing,
-- acknowledgements, and requests for information with their threads. Reads are in the audit log (action intel.read).
CREATE TABLE intel_reports (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference          text NOT NULL UNIQUE,
  title              text NOT NULL,
  body               text NOT NULL,
  category           text NOT NULL,
  reliability        text NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility        text NOT NULL CHECK (credibility IN ('1', '2', '3', '4', '5', '6')),
  owner_state        text NOT NULL REFERENCES members(code),
  classification     text NOT NULL CHECK (classification IN ('members', 'restricted', 'confidential', 'secret')),
  releasable_states  text[] NOT NULL DEFAULT '{}',
  releasable_groups  text[] NOT NULL DEFAULT '{}',
  handling_codes     text[] NOT NULL DEFAULT '{}',
  -- releasable_only: the named states and groups the originator allows it ever to reach
  releasable_only_to text[] NOT NULL DEFAULT '{}',
  entity_ids         text[] NOT NULL DEFAULT '{}',
  author_id          uuid REFERENCES users(id),
  demo               boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  search             tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'B')
  ) STORED
);
CREATE INDEX intel_reports_search ON intel_reports USING gin (search);
CREATE INDEX intel_reports_created ON intel_reports (created_at DESC, id);
CREATE INDEX intel_reports_owner ON intel_reports (owner_state, created_at DESC);
CREATE INDEX intel_reports_released ON intel_reports USING gin (releasable_states);

CREATE TABLE intel_attachments (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  report_id    uuid NOT NULL REFERENCES intel_reports(id),
  filename     text NOT NULL,
  media_type   text NOT NULL,
  size_bytes   integer NOT NULL,
  sha256       text NOT NULL,
  content      bytea NOT NULL,
  added_by     uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intel_attachments_report ON intel_attachments (report_id);

-- One row per recipient (state or group) a report was released to, with the agreement relied on.
CREATE TABLE intel_releases (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  report_id      uuid NOT NULL REFERENCES intel_reports(id),
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('state', 'group')),
  recipient      text NOT NULL,
  agreement_ids  text[] NOT NULL DEFAULT '{}',
  released_by    uuid REFERENCES users(id),
  released_state text,
  released_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, recipient_kind, recipient)
);

CREATE TABLE intel_consents (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  report_id        uuid NOT NULL REFERENCES intel_reports(id),
  requesting_state text NOT NULL,
  requested_by     uuid REFERENCES users(id),
  states           text[] NOT NULL DEFAULT '{}',
  groups           text[] NOT NULL DEFAULT '{}',
  reason           text NOT NULL DEFAULT '',
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'granted', 'refused', 'used')),
  decided_by       uuid REFERENCES users(id),
  decided_at       timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intel_consents_report ON intel_consents (report_id);

CREATE TABLE intel_acknowledgements (
  report_id  uuid NOT NULL REFERENCES intel_reports(id),
  state      text NOT NULL,
  user_id    uuid REFERENCES users(id),
  at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (report_id, state)
);

CREATE TABLE intel_rfis (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  report_id   uuid NOT NULL REFERENCES intel_reports(id),
  from_state  text NOT NULL,
  to_state    text NOT NULL,
  question    text NOT NULL,
  deadline    date NOT NULL,
  status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
  created_by  uuid REFERENCES users(id),
  demo        boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intel_rfis_report ON intel_rfis (report_id);

CREATE TABLE intel_rfi_messages (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  rfi_id       uuid NOT NULL REFERENCES intel_rfis(id),
  author_id    uuid REFERENCES users(id),
  author_state text,
  body         text NOT NULL,
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intel_rfi_messages_rfi ON intel_rfi_messages (rfi_id, at);
