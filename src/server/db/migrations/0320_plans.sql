-- Plans of action: strategies, actions (acting states, coordinators, dates) and each acting state's progress reports.

CREATE TABLE plans (
  id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{2,80}$'),
  title          text NOT NULL,
  body           text NOT NULL DEFAULT '',
  place          text NOT NULL DEFAULT '',
  adopted_on     date,
  report_to      text NOT NULL DEFAULT '',
  report_due_on  date,
  source         text NOT NULL DEFAULT '',
  reference      boolean NOT NULL DEFAULT false,
  demo           boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan_strategies (
  id       text PRIMARY KEY,
  plan_id  text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  number   integer NOT NULL,
  text     text NOT NULL,
  UNIQUE (plan_id, number)
);

CREATE TABLE plan_actions (
  id                text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  plan_id           text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  strategy_id       text REFERENCES plan_strategies(id) ON DELETE SET NULL,
  text              text NOT NULL,
  all_states        boolean NOT NULL DEFAULT false,
  acting_states     text[] NOT NULL DEFAULT '{}',
  coordinators      text[] NOT NULL DEFAULT '{}',
  to_be_confirmed   boolean NOT NULL DEFAULT false,
  starts_on         date,
  due_on            date,
  origin            text NOT NULL DEFAULT 'plan',
  origin_ref        text,
  demo              boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE INDEX plan_actions_plan ON plan_actions (plan_id);

CREATE TABLE progress_reports (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  action_id        text NOT NULL REFERENCES plan_actions(id) ON DELETE CASCADE,
  state            text NOT NULL REFERENCES members(code),
  status           text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'blocked')),
  narrative        text NOT NULL,
  evidence         text NOT NULL DEFAULT '',
  capacity_needs   text[] NOT NULL DEFAULT '{}',
  capacity_note    text NOT NULL DEFAULT '',
  reported_by      uuid,
  reported_at      timestamptz NOT NULL DEFAULT now(),
  demo             boolean NOT NULL DEFAULT false
);
CREATE INDEX progress_reports_action_state ON progress_reports (action_id, state, reported_at DESC);
