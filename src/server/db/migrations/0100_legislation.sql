-- Legislation benchmarking: versioned standards catalogue, treaty status, national instruments and provisions,
-- append-only assessment history (queried "as of" a date), and bilateral extradition/MLA instruments.

CREATE TABLE legislation_catalogues (
  version     int PRIMARY KEY CHECK (version > 0),
  catalogue   text NOT NULL,
  source      text NOT NULL,
  about       text NOT NULL DEFAULT '',
  content     jsonb NOT NULL,              -- the catalogue as loaded (groups, statuses, notes), for reports
  loaded_at   timestamptz NOT NULL DEFAULT now()
);

-- Standard ids are stable across versions and never reused, so an assessment made under version 1 still
-- answers for the same id in version 2.
CREATE TABLE legislation_standards (
  catalogue_version  int NOT NULL REFERENCES legislation_catalogues(version),
  id                 text NOT NULL,
  group_id           text NOT NULL,
  title              text NOT NULL,
  text               text NOT NULL,
  seed               jsonb NOT NULL,
  untoc              jsonb NOT NULL DEFAULT '[]'::jsonb,
  parent             text,
  indicator_tags     text[] NOT NULL DEFAULT '{}',
  assessable         boolean NOT NULL DEFAULT true,
  position           int NOT NULL,
  PRIMARY KEY (catalogue_version, id)
);

CREATE TABLE legislation_indicators (
  catalogue_version  int NOT NULL REFERENCES legislation_catalogues(version),
  id                 text NOT NULL,
  wording            text NOT NULL,
  reported_in_seed   int,
  computation        jsonb NOT NULL,
  position           int NOT NULL,
  PRIMARY KEY (catalogue_version, id)
);

-- Which reference files were read, so "no row" can mean "none recorded" once a file has arrived and "unknown" before.
CREATE TABLE legislation_reference_loads (
  file        text PRIMARY KEY,
  rows        int NOT NULL,
  sha256      text NOT NULL,
  loaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE treaty_actions (
  state        text NOT NULL REFERENCES members(code),
  instrument   text NOT NULL CHECK (instrument IN ('UNTOC', 'TIP', 'SOM')),
  action       text NOT NULL CHECK (action IN ('signature', 'ratification', 'accession', 'acceptance', 'approval', 'succession')),
  date         date NOT NULL,
  source       text NOT NULL,
  PRIMARY KEY (state, instrument, action)
);

CREATE TABLE legal_instruments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state          text NOT NULL REFERENCES members(code),
  kind           text NOT NULL CHECK (kind IN ('act', 'amendment', 'bill')),
  title          text NOT NULL,
  citation       text NOT NULL DEFAULT '',
  year           int CHECK (year BETWEEN 1800 AND 2200),
  status         text NOT NULL CHECK (status IN ('bill', 'in_force', 'amended', 'repealed')),
  topic          text CHECK (topic IN ('trafficking', 'smuggling', 'both', 'mla', 'extradition', 'proceeds', 'other')),
  introduced_on  date,
  in_force_from  date,
  repealed_on    date,
  amends         uuid REFERENCES legal_instruments(id),
  source         text,
  demo           boolean NOT NULL DEFAULT false,
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX legal_instruments_state ON legal_instruments (state, year);
CREATE UNIQUE INDEX legal_instruments_imported ON legal_instruments (state, title, coalesce(citation, '')) WHERE source IS NOT NULL AND created_by IS NULL;

CREATE TABLE legal_provisions (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  instrument_id  uuid NOT NULL REFERENCES legal_instruments(id) ON DELETE CASCADE,
  section        text NOT NULL,
  heading        text NOT NULL DEFAULT '',
  summary        text NOT NULL DEFAULT '',
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX legal_provisions_instrument ON legal_provisions (instrument_id);

CREATE TABLE provision_standards (
  provision_id       uuid NOT NULL REFERENCES legal_provisions(id) ON DELETE CASCADE,
  catalogue_version  int NOT NULL,
  standard_id        text NOT NULL,
  PRIMARY KEY (provision_id, catalogue_version, standard_id),
  FOREIGN KEY (catalogue_version, standard_id) REFERENCES legislation_standards(catalogue_version, id)
);

-- Append-only: every draft, edit, submission, validation and return is a new row (a version of one assessment).
-- valid_from is the date the assessed legal situation holds from; coverage "as of" D reads, per state and
-- standard, the validated row with the latest valid_from <= D.
CREATE TABLE assessment_versions (
  id                 bigserial PRIMARY KEY,
  assessment_id      uuid NOT NULL,
  version            int NOT NULL,
  state              text NOT NULL REFERENCES members(code),
  catalogue_version  int NOT NULL,
  standard_id        text NOT NULL,
  status             text NOT NULL CHECK (status IN ('met', 'partly', 'in_drafting', 'not_met', 'unknown')),
  valid_from         date NOT NULL,
  comment            text NOT NULL DEFAULT '',
  evidence           uuid[] NOT NULL DEFAULT '{}',
  workflow           text NOT NULL CHECK (workflow IN ('draft', 'submitted', 'validated', 'returned')),
  reason             text,
  actor_id           uuid,
  actor_state        text,
  recorded_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  demo               boolean NOT NULL DEFAULT false,
  UNIQUE (assessment_id, version),
  FOREIGN KEY (catalogue_version, standard_id) REFERENCES legislation_standards(catalogue_version, id)
);
CREATE INDEX assessment_versions_in_force ON assessment_versions (state, standard_id, valid_from DESC, id DESC)
  WHERE workflow = 'validated';
CREATE INDEX assessment_versions_thread ON assessment_versions (assessment_id, version DESC);
CREATE INDEX assessment_versions_state ON assessment_versions (state, standard_id, id DESC);

CREATE FUNCTION assessment_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'assessment_versions is append-only: record a new version instead';
END $$;
CREATE TRIGGER assessment_versions_no_change BEFORE UPDATE OR DELETE ON assessment_versions
  FOR EACH ROW EXECUTE FUNCTION assessment_versions_append_only();

-- Bilateral (or multilateral) extradition and mutual legal assistance treaties and arrangements between states.
CREATE TABLE cooperation_instruments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind           text NOT NULL CHECK (kind IN ('extradition_treaty', 'mla_treaty', 'arrangement')),
  title          text NOT NULL,
  parties        text[] NOT NULL CHECK (cardinality(parties) >= 2),
  covers         text[] NOT NULL CHECK (covers <@ ARRAY['extradition', 'mla']::text[] AND cardinality(covers) > 0),
  signed_on      date,
  in_force_from  date,
  terminated_on  date,
  source         text NOT NULL DEFAULT '',
  demo           boolean NOT NULL DEFAULT false,
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_instruments_parties ON cooperation_instruments USING gin (parties);
