-- Flows: non-nominal reporting of irregular migration and smuggling, per state and period, shared on reciprocity.
-- Months are stored as whole numbers (year * 12 + month - 1) so that periods compare and group fast.

CREATE TABLE flow_submissions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state         text NOT NULL REFERENCES members(code),
  period        text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
  month_from    int NOT NULL,
  month_to      int NOT NULL CHECK (month_to >= month_from),
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  submitted_at  timestamptz,
  submitted_by  uuid REFERENCES users(id),
  demo          boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (state, period),
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
);
CREATE INDEX flow_submissions_state ON flow_submissions (state, status, month_from, month_to);

-- Detected irregular entries and exits, by citizenship.
CREATE TABLE flow_crossings (
  id             bigserial PRIMARY KEY,
  submission_id  uuid NOT NULL REFERENCES flow_submissions(id) ON DELETE CASCADE,
  state          text NOT NULL,
  month          int NOT NULL,
  direction      text NOT NULL CHECK (direction IN ('entry', 'exit')),
  citizenship    text NOT NULL,
  count          int NOT NULL CHECK (count >= 0),
  added_by       uuid
);
CREATE INDEX flow_crossings_month ON flow_crossings (month);
CREATE INDEX flow_crossings_submission ON flow_crossings (submission_id);

CREATE TABLE flow_routes (
  id           serial PRIMARY KEY,
  route_key    text NOT NULL UNIQUE,          -- 'LKA>MYS>IDN>AUS'
  origin       text NOT NULL,
  transit      text[] NOT NULL DEFAULT '{}',
  destination  text NOT NULL
);

-- Smuggling incidents: route, means, fee paid, group size, deaths and injuries. No names, ever.
CREATE TABLE flow_incidents (
  id                    bigserial PRIMARY KEY,
  submission_id         uuid NOT NULL REFERENCES flow_submissions(id) ON DELETE CASCADE,
  state                 text NOT NULL,
  month                 int NOT NULL,
  route_id              int NOT NULL REFERENCES flow_routes(id),
  means                 text NOT NULL CHECK (means IN ('sea', 'air', 'land')),
  vessel_type           text,
  fraudulent_documents  boolean NOT NULL DEFAULT false,
  visa_misuse           boolean NOT NULL DEFAULT false,
  fee_amount            numeric,
  fee_currency          text,
  fee_usd               numeric,
  group_size            int NOT NULL CHECK (group_size >= 1),
  deaths                int NOT NULL DEFAULT 0 CHECK (deaths >= 0),
  injuries              int NOT NULL DEFAULT 0 CHECK (injuries >= 0),
  added_by              uuid,
  CHECK ((fee_amount IS NULL) = (fee_currency IS NULL))
);
CREATE INDEX flow_incidents_month ON flow_incidents (month, route_id);
CREATE INDEX flow_incidents_submission ON flow_incidents (submission_id);

-- Profiles of smuggled migrants and of suspected smugglers, as counts by age band, sex and nationality.
CREATE TABLE flow_profiles (
  id             bigserial PRIMARY KEY,
  submission_id  uuid NOT NULL REFERENCES flow_submissions(id) ON DELETE CASCADE,
  state          text NOT NULL,
  month          int NOT NULL,
  profile        text NOT NULL CHECK (profile IN ('migrant', 'smuggler')),
  age_band       text NOT NULL,
  sex            text NOT NULL,
  nationality    text NOT NULL,
  count          int NOT NULL CHECK (count >= 0),
  added_by       uuid
);
CREATE INDEX flow_profiles_month ON flow_profiles (month);
CREATE INDEX flow_profiles_submission ON flow_profiles (submission_id);

-- Exchange rates to USD per currency per month, editable by the RSO administrator.
CREATE TABLE flow_rates (
  currency      text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  month         int NOT NULL,
  usd_per_unit  numeric NOT NULL CHECK (usd_per_unit > 0),
  demo          boolean NOT NULL DEFAULT false,
  updated_by    uuid,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (currency, month)
);

-- Values flagged as unusual when a period is submitted, for the submitting state to confirm or explain.
CREATE TABLE flow_outliers (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  submission_id  uuid NOT NULL REFERENCES flow_submissions(id) ON DELETE CASCADE,
  state          text NOT NULL,
  field          text NOT NULL,
  value          numeric NOT NULL,
  expected       text NOT NULL,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed')),
  note           text,
  confirmed_by   uuid,
  confirmed_at   timestamptz
);
CREATE INDEX flow_outliers_state ON flow_outliers (state, status);
