-- Foundation: membership, organisations, accounts, sessions, login attempts, groups of states, audit log.

CREATE TABLE members (
  code        text PRIMARY KEY,            -- ISO 3166-1 alpha-3 for states and territories; short code for organisations
  name        text NOT NULL,
  iso2        text,
  kind        text NOT NULL CHECK (kind IN ('state', 'territory', 'organisation')),
  status      text NOT NULL DEFAULT 'member' CHECK (status IN ('member', 'observer')),
  subregion   text,
  source      text NOT NULL
);

CREATE TABLE organisations (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('state_agency', 'international_org', 'rso')),
  member_code  text REFERENCES members(code),
  demo         boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'rso') = (member_code IS NULL))
);
CREATE UNIQUE INDEX organisations_name_member ON organisations (lower(name), coalesce(member_code, ''));

CREATE TABLE users (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email                  text NOT NULL,
  name                   text NOT NULL,
  organisation_id        uuid NOT NULL REFERENCES organisations(id),
  roles                  text[] NOT NULL CHECK (cardinality(roles) > 0),
  clearance              text NOT NULL DEFAULT 'none' CHECK (clearance IN ('none', 'restricted', 'confidential', 'secret')),
  clearance_expires      date,
  clearance_vouched_by   uuid REFERENCES users(id),
  password_hash          text NOT NULL,
  password_changed_at    timestamptz NOT NULL DEFAULT now(),
  must_change_password   boolean NOT NULL DEFAULT false,
  totp_secret            text,
  totp_pending_secret    text,
  totp_last_step         bigint NOT NULL DEFAULT 0,
  locale                 text NOT NULL DEFAULT 'en',
  disabled_at            timestamptz,
  demo                   boolean NOT NULL DEFAULT false,
  created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE INDEX users_organisation ON users (organisation_id);

CREATE TABLE sessions (
  id            text PRIMARY KEY,            -- sha256 of the cookie token; the token itself is never stored
  user_id       uuid NOT NULL REFERENCES users(id),
  csrf_token    text NOT NULL,
  mfa_pending   boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id         bigserial PRIMARY KEY,
  email      text NOT NULL,
  ip         text NOT NULL,
  success    boolean NOT NULL,
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email ON login_attempts (lower(email), at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

-- Groups of states (working groups, regional groupings) used for releasability.
CREATE TABLE groups (
  code         text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,40}$'),
  name         text NOT NULL,
  description  text NOT NULL DEFAULT '',
  demo         boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE group_members (
  group_code   text NOT NULL REFERENCES groups(code) ON DELETE CASCADE,
  member_code  text NOT NULL REFERENCES members(code),
  joined_on    date NOT NULL DEFAULT current_date,
  PRIMARY KEY (group_code, member_code)
);

CREATE TABLE audit_log (
  id            bigserial PRIMARY KEY,
  at            timestamptz NOT NULL DEFAULT now(),
  actor_id      uuid,
  actor_email   text,
  actor_state   text,
  ip            text,
  action        text NOT NULL,
  target_type   text,
  target_id     text,
  outcome       text NOT NULL,
  detail        jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash     text NOT NULL,
  hash          text NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE settings (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL
);
