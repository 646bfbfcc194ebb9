-- Identity and nationality verification requests between two states: the person as claimed (names in any script,
-- birth, documents), reason, urgency and deadline; the requested state's answers and the thread; attachments seen by
-- the two states only.
CREATE TABLE verification_requests (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference          text NOT NULL UNIQUE,
  from_state         text NOT NULL REFERENCES members(code),
  to_state           text NOT NULL REFERENCES members(code),
  person             jsonb NOT NULL,
  reason             text NOT NULL,
  urgency            text NOT NULL CHECK (urgency IN ('routine', 'urgent', 'immediate')),
  due_on             date NOT NULL,
  classification     text NOT NULL DEFAULT 'restricted' CHECK (classification IN ('restricted', 'confidential', 'secret')),
  status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'more_information_needed', 'answered', 'withdrawn')),
  answer             text CHECK (answer IN ('confirmed', 'not_confirmed', 'more_information_needed', 'cannot_determine')),
  first_response_at  timestamptz,
  answered_at        timestamptz,
  answered_by        uuid,
  agreement_id       uuid REFERENCES agreements(id) ON DELETE SET NULL,
  return_case_id     uuid,
  reminded           text[] NOT NULL DEFAULT '{}',
  created_by         uuid,
  demo               boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (from_state <> to_state),
  CHECK ((status = 'answered') = (answered_at IS NOT NULL))
);
CREATE INDEX verification_requests_from ON verification_requests (from_state, created_at DESC);
CREATE INDEX verification_requests_to ON verification_requests (to_state, created_at DESC);
CREATE INDEX verification_requests_due ON verification_requests (due_on) WHERE status IN ('open', 'more_information_needed');

CREATE TABLE verification_messages (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id    uuid NOT NULL REFERENCES verification_requests(id) ON DELETE CASCADE,
  author_id     uuid,
  author_state  text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('message', 'answer')),
  answer        text CHECK (answer IN ('confirmed', 'not_confirmed', 'more_information_needed', 'cannot_determine')),
  body          text NOT NULL,
  at            timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'answer') = (answer IS NOT NULL))
);
CREATE INDEX verification_messages_request ON verification_messages (request_id, at);

CREATE TABLE verification_attachments (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id    uuid NOT NULL REFERENCES verification_requests(id) ON DELETE CASCADE,
  message_id    uuid REFERENCES verification_messages(id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('photograph', 'fingerprints', 'document', 'evidence')),
  filename      text NOT NULL,
  media_type    text NOT NULL,
  size_bytes    int NOT NULL,
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  added_by      uuid,
  added_state   text NOT NULL,
  at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX verification_attachments_request ON verification_attachments (request_id, at);
