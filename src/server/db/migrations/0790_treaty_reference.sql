-- Real treaty status and national laws as reference data: the snapshot date a treaty file is complete to, later
-- participation known only to the month or year, newer actions recorded by focal points (validated by a coordinator),
-- national laws marked "reference, to be confirmed" until a focal point confirms them, and every re-import's diff.

-- The file as it stands now (sha256, rows) and, apart, the last file shipped in data/, so that a restart re-reads
-- data/ only when the portal ships a new version and never undoes a newer file an administrator imported.
ALTER TABLE legislation_reference_loads
  ADD COLUMN shipped_sha256 text,
  ADD COLUMN snapshot date,
  ADD COLUMN snapshot_label text,
  ADD COLUMN snapshot_source text;
UPDATE legislation_reference_loads SET shipped_sha256 = sha256;

-- treaties-later.csv: "party, reported 2017" with its source; `period` is YYYY-MM, YYYY or '' (unknown), never a day.
CREATE TABLE treaty_reports (
  state       text NOT NULL REFERENCES members(code),
  instrument  text NOT NULL CHECK (instrument IN ('UNTOC', 'TIP', 'SOM')),
  period      text NOT NULL CHECK (period ~ '^([0-9]{4}(-[0-9]{2})?)?$'),
  precision   text NOT NULL CHECK (precision IN ('month', 'year', 'unknown')),
  what        text NOT NULL,
  source      text NOT NULL CHECK (source <> ''),
  PRIMARY KEY (state, instrument),
  CHECK ((precision = 'unknown') = (period = '') AND (precision <> 'month' OR length(period) = 7) AND (precision <> 'year' OR length(period) = 4))
);

-- A newer action a state's focal point records with its source; the reference file's rows stay as they are.
-- It counts once a coordinator of another state has validated it.
CREATE TABLE treaty_records (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state        text NOT NULL REFERENCES members(code),
  instrument   text NOT NULL CHECK (instrument IN ('UNTOC', 'TIP', 'SOM')),
  action       text NOT NULL CHECK (action IN ('signature', 'ratification', 'accession', 'acceptance', 'approval', 'succession')),
  period       text NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
  precision    text NOT NULL CHECK (precision IN ('day', 'month', 'year')),
  source       text NOT NULL CHECK (source <> ''),
  note         text NOT NULL DEFAULT '',
  workflow     text NOT NULL CHECK (workflow IN ('submitted', 'validated', 'returned')),
  reason       text,
  entered_by   uuid NOT NULL REFERENCES users(id),
  entered_at   timestamptz NOT NULL DEFAULT now(),
  reviewed_by  uuid REFERENCES users(id),
  reviewed_at  timestamptz,
  CHECK (length(period) = CASE precision WHEN 'day' THEN 10 WHEN 'month' THEN 7 ELSE 4 END)
);
CREATE INDEX treaty_records_state ON treaty_records (state, instrument);
CREATE INDEX treaty_records_workflow ON treaty_records (workflow) WHERE workflow = 'submitted';

-- National laws from laws.csv: the row's identity in the file, the file's values as last imported (so a focal
-- point's corrections are never overwritten and the difference stays visible), and the focal point's confirmation.
ALTER TABLE legal_instruments
  ADD COLUMN reference_key text,
  ADD COLUMN reference_values jsonb,
  ADD COLUMN reference_removed_at timestamptz,
  ADD COLUMN edited_by uuid REFERENCES users(id),
  ADD COLUMN edited_at timestamptz,
  ADD COLUMN confirmed_by uuid REFERENCES users(id),
  ADD COLUMN confirmed_at timestamptz;
UPDATE legal_instruments SET reference_key = state || '|' || title || '|' || coalesce(citation, ''),
    reference_values = jsonb_build_object('title', title, 'year', year, 'citation', citation, 'topic', topic, 'source', source)
  WHERE source IS NOT NULL AND created_by IS NULL;
DROP INDEX legal_instruments_imported;
CREATE UNIQUE INDEX legal_instruments_reference ON legal_instruments (reference_key) WHERE reference_key IS NOT NULL;

-- Every import of a reference file, shipped or by an administrator, with what it added, removed and changed.
CREATE TABLE legislation_reference_imports (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file         text NOT NULL CHECK (file IN ('treaties.csv', 'treaties-later.csv', 'laws.csv')),
  origin       text NOT NULL CHECK (origin IN ('shipped', 'admin')),
  sha256       text NOT NULL,
  rows         int NOT NULL,
  snapshot     date,
  added        jsonb NOT NULL,
  removed      jsonb NOT NULL,
  changed      jsonb NOT NULL,
  unchanged    int NOT NULL,
  kept         jsonb NOT NULL,
  imported_by  uuid REFERENCES users(id),
  imported_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX legislation_reference_imports_recent ON legislation_reference_imports (imported_at DESC);
