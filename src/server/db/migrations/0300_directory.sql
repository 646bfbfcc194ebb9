-- Directory: national committees, designated contact points and liaison officers posted abroad, kept by each state's focal point.
-- confirmed_at is when the keeper last said the entry is still correct; entries unconfirmed for 12 months are stale.

CREATE TABLE national_committees (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state         text NOT NULL REFERENCES members(code),
  name          text NOT NULL,
  mandate       text NOT NULL DEFAULT '',
  confirmed_at  timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid,
  demo          boolean NOT NULL DEFAULT false
);
CREATE INDEX national_committees_state ON national_committees (state);

CREATE TABLE contact_points (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state           text NOT NULL REFERENCES members(code),
  topic           text NOT NULL,
  name            text NOT NULL,
  position        text NOT NULL DEFAULT '',
  agency          text NOT NULL DEFAULT '',
  email           text,
  phone           text,
  secure_channel  text,
  committee_id    uuid REFERENCES national_committees(id) ON DELETE SET NULL,
  confirmed_at    timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid,
  demo            boolean NOT NULL DEFAULT false
);
CREATE INDEX contact_points_state_topic ON contact_points (state, topic);

CREATE TABLE liaison_officers (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  home_state    text NOT NULL REFERENCES members(code),
  host_state    text NOT NULL REFERENCES members(code),
  agency        text NOT NULL,
  name          text NOT NULL,
  position      text NOT NULL DEFAULT '',
  email         text,
  phone         text,
  posted_from   date NOT NULL,
  posted_until  date,
  confirmed_at  timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid,
  demo          boolean NOT NULL DEFAULT false,
  CHECK (home_state <> host_state),
  CHECK (posted_until IS NULL OR posted_until >= posted_from)
);
CREATE INDEX liaison_officers_home ON liaison_officers (home_state);
CREATE INDEX liaison_officers_host ON liaison_officers (host_state);
