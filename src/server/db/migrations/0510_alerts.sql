-- Regional alerts and bulletins with acknowledgement per recipient state; watch-lists and the matches they raise;
-- notifications in the app and their deliveries by e-mail and signed webhook, retried with back-off.
CREATE TABLE alerts (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference          text NOT NULL UNIQUE,
  type               text NOT NULL,
  title              text NOT NULL,
  body               text NOT NULL,
  audience           text NOT NULL CHECK (audience IN ('all', 'states', 'groups')),
  owner_state        text REFERENCES members(code),
  classification     text NOT NULL CHECK (classification IN ('members', 'restricted', 'confidential', 'secret')),
  -- For audience 'all', every member state at issue time; for 'groups', empty (the groups carry it).
  releasable_states  text[] NOT NULL DEFAULT '{}',
  releasable_groups  text[] NOT NULL DEFAULT '{}',
  handling_codes     text[] NOT NULL DEFAULT '{}',
  expires_on         date,
  issued_by          uuid REFERENCES users(id),
  watchlist_id       uuid,
  demo               boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alerts_created ON alerts (created_at DESC);

CREATE TABLE alert_acknowledgements (
  alert_id  uuid NOT NULL REFERENCES alerts(id),
  state     text NOT NULL,
  user_id   uuid REFERENCES users(id),
  at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (alert_id, state)
);

CREATE TABLE watchlists (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id    uuid NOT NULL REFERENCES users(id),
  owner_state text,
  name        text NOT NULL,
  demo        boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE watchlist_entries (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  watchlist_id  uuid NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('name', 'document', 'vessel', 'phone')),
  value         text NOT NULL,
  -- normalised key: document number, IMO, E.164 phone; the Latin form for names
  match_key     text NOT NULL
);
CREATE INDEX watchlist_entries_key ON watchlist_entries (kind, match_key);

CREATE TABLE watch_matches (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  watchlist_id       uuid NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  entry_id           uuid NOT NULL REFERENCES watchlist_entries(id) ON DELETE CASCADE,
  entity_id          text NOT NULL,
  entity_owner_state text,
  score              double precision NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (entry_id, entity_id)
);

CREATE TABLE notifications (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users(id),
  kind        text NOT NULL,
  title       text NOT NULL,
  body        text NOT NULL DEFAULT '',
  link        text,
  read_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);

-- One webhook per state, kept by its focal point; the secret signs every body (HMAC-SHA256).
CREATE TABLE state_webhooks (
  state       text PRIMARY KEY REFERENCES members(code),
  url         text NOT NULL,
  secret      text NOT NULL,
  updated_by  uuid REFERENCES users(id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE deliveries (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel          text NOT NULL CHECK (channel IN ('email', 'webhook')),
  target           text NOT NULL,
  state            text,
  user_id          uuid REFERENCES users(id),
  subject          text NOT NULL DEFAULT '',
  payload          jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  last_error       text,
  sent_at          timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
