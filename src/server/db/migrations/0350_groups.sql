-- Working groups (seed 004): terms of reference, membership rule, co-chairs and their roster, meetings,
-- Chatham House notes, decisions, actions arising, annual reports and public statements.
-- Extends the foundation's groups / group_members rather than duplicating them.

ALTER TABLE groups ADD COLUMN kind text NOT NULL DEFAULT 'grouping' CHECK (kind IN ('working_group', 'grouping'));
ALTER TABLE groups ADD COLUMN terms_of_reference text NOT NULL DEFAULT '';
-- Participants and readers of the group's material must hold a clearance in force at least this high.
ALTER TABLE groups ADD COLUMN required_clearance text NOT NULL DEFAULT 'none'
  CHECK (required_clearance IN ('none', 'restricted', 'confidential', 'secret'));
ALTER TABLE groups ADD COLUMN co_chair_max_years integer NOT NULL DEFAULT 2 CHECK (co_chair_max_years BETWEEN 1 AND 10);
ALTER TABLE groups ADD COLUMN established_on date;

-- A state (never an organisation) puts itself forward as co-chair for a rotation year.
CREATE TABLE group_co_chair_nominations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_code    text NOT NULL REFERENCES groups(code) ON DELETE CASCADE,
  member_code   text NOT NULL REFERENCES members(code),
  for_year      integer NOT NULL CHECK (for_year BETWEEN 2000 AND 2200),
  note          text NOT NULL DEFAULT '',
  nominated_by  uuid REFERENCES users(id),
  demo          boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (group_code, member_code, for_year)
);

-- A roster: the co-chairs proposed for consecutive rotation years; it binds once decided at a senior officials meeting.
CREATE TABLE group_co_chair_rosters (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_code      text NOT NULL REFERENCES groups(code) ON DELETE CASCADE,
  status          text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'decided', 'superseded')),
  proposed_by     uuid REFERENCES users(id),
  decided_at      text,            -- the senior officials meeting that decided it
  decided_on      date,
  demo            boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'proposed' OR decided_on IS NOT NULL)
);
CREATE INDEX group_co_chair_rosters_group ON group_co_chair_rosters (group_code, status);

CREATE TABLE group_co_chair_roster_years (
  roster_id          uuid NOT NULL REFERENCES group_co_chair_rosters(id) ON DELETE CASCADE,
  year               integer NOT NULL,
  member_code        text NOT NULL REFERENCES members(code),
  -- When the group's members agreed to a term longer than the maximum: the record of that agreement.
  extension_agreed   text,
  PRIMARY KEY (roster_id, year, member_code)
);

CREATE TABLE group_meetings (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_code     text NOT NULL REFERENCES groups(code) ON DELETE CASCADE,
  title          text NOT NULL,
  starts_on      date NOT NULL,
  location       text NOT NULL DEFAULT '',
  chatham_house  boolean NOT NULL DEFAULT false,
  agenda         jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_by     uuid REFERENCES users(id),
  demo           boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX group_meetings_group ON group_meetings (group_code, starts_on);

CREATE TABLE group_meeting_participants (
  meeting_id   uuid NOT NULL REFERENCES group_meetings(id) ON DELETE CASCADE,
  user_id      uuid NOT NULL REFERENCES users(id),
  invited      boolean NOT NULL DEFAULT false,   -- from a state outside the group, invited by the co-chairs
  attended     boolean NOT NULL DEFAULT true,
  PRIMARY KEY (meeting_id, user_id)
);

-- What was said. Under the Chatham House rule, speaker and affiliation are shown only to those who attended.
CREATE TABLE group_meeting_notes (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id           uuid NOT NULL REFERENCES group_meetings(id) ON DELETE CASCADE,
  agenda_item          integer,
  body                 text NOT NULL,
  speaker              text,
  speaker_affiliation  text,
  recorded_by          uuid REFERENCES users(id),
  demo                 boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX group_meeting_notes_meeting ON group_meeting_notes (meeting_id, created_at);

CREATE TABLE group_meeting_documents (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id  uuid NOT NULL REFERENCES group_meetings(id) ON DELETE CASCADE,
  title       text NOT NULL,
  body        text NOT NULL DEFAULT '',
  added_by    uuid REFERENCES users(id),
  demo        boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE group_meeting_decisions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id  uuid NOT NULL REFERENCES group_meetings(id) ON DELETE CASCADE,
  text        text NOT NULL,
  demo        boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Actions arising from a meeting. plan_action_id links the plan action when the plans capability holds it.
CREATE TABLE group_meeting_actions (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id          uuid NOT NULL REFERENCES group_meetings(id) ON DELETE CASCADE,
  description         text NOT NULL,
  responsible_states  text[] NOT NULL DEFAULT '{}',
  due_on              date,
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  plan_action_id      text,
  demo                boolean NOT NULL DEFAULT false,
  created_at          timestamptz NOT NULL DEFAULT now()
);

-- Public statements: drafted, approved by a co-chair, published to the public site.
CREATE TABLE group_statements (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_code    text NOT NULL REFERENCES groups(code) ON DELETE CASCADE,
  title         text NOT NULL,
  body          text NOT NULL,
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'published')),
  drafted_by    uuid REFERENCES users(id),
  approved_by   uuid REFERENCES users(id),
  approved_state text,
  approved_at   timestamptz,
  published_at  timestamptz,
  demo          boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX group_statements_published ON group_statements (published_at) WHERE status = 'published';
