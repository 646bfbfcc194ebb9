-- Victim referral and return (and the return of a person whose nationality was verified): minimal personal data,
-- consent to share with the home state and with the referred organisation (withdrawable: withdrawal stops sharing),
-- protection, referral, travel documents from the home state's mission, return and reception. Erased after the
-- retention period; the non-nominal counts live on in flow_victim_cells.
CREATE TABLE victim_cases (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference         text NOT NULL UNIQUE,
  kind              text NOT NULL CHECK (kind IN ('victim', 'migrant')),
  host_state        text NOT NULL REFERENCES members(code),
  home_state        text NOT NULL REFERENCES members(code),
  person            jsonb NOT NULL,
  identified_on     date NOT NULL,
  classification    text NOT NULL DEFAULT 'restricted' CHECK (classification IN ('restricted', 'confidential', 'secret')),
  status            text NOT NULL DEFAULT 'identified' CHECK (status IN ('identified', 'referred', 'documents_issued', 'return_scheduled', 'returned', 'closed')),
  share_home        boolean NOT NULL DEFAULT false,
  share_org         boolean NOT NULL DEFAULT false,
  referred_to       text REFERENCES members(code),
  referred_on       date,
  protection        text[] NOT NULL DEFAULT '{}',
  protection_notes  text NOT NULL DEFAULT '',
  travel_document   jsonb,
  return_on         date,
  escort            text NOT NULL DEFAULT '',
  reception         text NOT NULL DEFAULT '',
  returned_on       date,
  received_on       date,
  verification_id   uuid REFERENCES verification_requests(id) ON DELETE SET NULL,
  agreement_id      uuid REFERENCES agreements(id) ON DELETE SET NULL,
  retention_months  int NOT NULL DEFAULT 24 CHECK (retention_months BETWEEN 6 AND 120),
  retention_until   date NOT NULL,
  created_by        uuid,
  demo              boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  closed_at         timestamptz,
  CHECK (host_state <> home_state)
);
CREATE INDEX victim_cases_host ON victim_cases (host_state, created_at DESC);
CREATE INDEX victim_cases_home ON victim_cases (home_state, created_at DESC);
CREATE INDEX victim_cases_referred ON victim_cases (referred_to, created_at DESC) WHERE referred_to IS NOT NULL;
CREATE INDEX victim_cases_retention ON victim_cases (retention_until);

CREATE TABLE victim_consents (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id       uuid NOT NULL REFERENCES victim_cases(id) ON DELETE CASCADE,
  scope         text NOT NULL CHECK (scope IN ('home_state', 'organisation')),
  given_on      date NOT NULL,
  given_by      text NOT NULL CHECK (given_by IN ('person', 'guardian')),
  informed_in   text NOT NULL DEFAULT '',
  recorded_by   uuid,
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  withdrawn_on  date,
  withdrawn_by  uuid,
  note          text NOT NULL DEFAULT ''
);
CREATE INDEX victim_consents_case ON victim_consents (case_id, recorded_at);

CREATE TABLE victim_case_events (
  id           bigserial PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES victim_cases(id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     uuid,
  actor_state  text,
  kind         text NOT NULL,
  note         text NOT NULL DEFAULT ''
);
CREATE INDEX victim_case_events_case ON victim_case_events (case_id, at);

-- Non-nominal counts for the regional picture: persons identified, referred and returned, by the identifying state,
-- nationality and month (year * 12 + month - 1, as the other flows tables). Written with each step, never erased.
CREATE TABLE flow_victim_cells (
  stage        text NOT NULL CHECK (stage IN ('identified', 'referred', 'returned')),
  month        int NOT NULL,
  state        text NOT NULL,
  nationality  text NOT NULL,
  count        int NOT NULL CHECK (count >= 0),
  demo         boolean NOT NULL DEFAULT false,
  PRIMARY KEY (stage, month, state, nationality)
);
