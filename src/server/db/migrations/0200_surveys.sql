-- Surveys sent to member states: versioned questionnaires, each state's response, evidence files, reminders, publication.

CREATE TABLE surveys (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title               text NOT NULL,
  description         text NOT NULL DEFAULT '',
  coordinator_states  text[] NOT NULL DEFAULT '{}',
  plan_ref            text,                              -- e.g. 'port-dickson-2002#1' (the strategy it serves)
  status              text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  current_version     integer NOT NULL DEFAULT 1,
  recipients          text[] NOT NULL DEFAULT '{}',     -- member codes the survey was sent to
  deadline            date,
  sent_at             timestamptz,
  closed_at           timestamptz,
  published_at        timestamptz,
  published_by        uuid REFERENCES users(id),
  created_by          uuid REFERENCES users(id),
  demo                boolean NOT NULL DEFAULT false,
  created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE survey_versions (
  survey_id   uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  version     integer NOT NULL,
  sections    jsonb NOT NULL,
  created_by  uuid REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (survey_id, version)
);

CREATE TABLE survey_responses (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id       uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  state           text NOT NULL REFERENCES members(code),
  version         integer NOT NULL,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  answers         jsonb NOT NULL DEFAULT '{}'::jsonb,
  review_comment  text,
  consent         boolean,                               -- the state's consent to publish its answers; null = not yet decided
  consent_at      timestamptz,
  consent_by      uuid REFERENCES users(id),
  updated_by      uuid REFERENCES users(id),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  submitted_at    timestamptz,
  submitted_by    uuid REFERENCES users(id),
  reviewed_at     timestamptz,
  reviewed_by     uuid REFERENCES users(id),
  demo            boolean NOT NULL DEFAULT false,
  UNIQUE (survey_id, state)
);

CREATE TABLE survey_delegates (
  survey_id   uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  state       text NOT NULL REFERENCES members(code),
  user_id     uuid NOT NULL REFERENCES users(id),
  added_by    uuid REFERENCES users(id),
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (survey_id, state, user_id)
);

CREATE TABLE survey_files (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  response_id    uuid NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
  question_id    text NOT NULL,
  filename       text NOT NULL,
  content_type   text NOT NULL,
  size           integer NOT NULL,
  content        bytea NOT NULL,
  uploaded_by    uuid REFERENCES users(id),
  uploaded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_files_response ON survey_files (response_id);

CREATE TABLE survey_reminders (
  id         bigserial PRIMARY KEY,
  survey_id  uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  state      text NOT NULL REFERENCES members(code),
  kind       text NOT NULL CHECK (kind IN ('before_deadline', 'after_deadline')),
  emailed    integer NOT NULL DEFAULT 0,
  sent_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (survey_id, state, kind)
);
