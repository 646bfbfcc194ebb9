-- Capacity building: needs recorded by states, offers by states and organisations, and the assistance agreed between them.

CREATE TABLE capacity_needs (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state         text NOT NULL REFERENCES members(code),
  title         text NOT NULL,
  description   text NOT NULL DEFAULT '',
  help_kind     text NOT NULL,
  topic         text,                                   -- a catalogue standard id, or null
  priority      text NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
  languages     text[] NOT NULL DEFAULT '{}',
  wanted_from   date,
  wanted_until  date,
  source        text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'assessment', 'survey')),
  source_ref    text,
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'met', 'withdrawn')),
  created_by    uuid REFERENCES users(id),
  demo          boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX capacity_needs_state ON capacity_needs (state);

CREATE TABLE capacity_offers (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider         text NOT NULL REFERENCES members(code),
  title            text NOT NULL,
  description      text NOT NULL DEFAULT '',
  help_kinds       text[] NOT NULL,
  topics           text[] NOT NULL DEFAULT '{}',
  subregions       text[] NOT NULL DEFAULT '{}',      -- empty: anywhere in the region
  languages        text[] NOT NULL DEFAULT '{}',
  available_from   date,
  available_until  date,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by       uuid REFERENCES users(id),
  demo             boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE capacity_assistance (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  need_id       uuid NOT NULL REFERENCES capacity_needs(id),
  offer_id      uuid NOT NULL REFERENCES capacity_offers(id),
  status        text NOT NULL DEFAULT 'agreed' CHECK (status IN ('agreed', 'in_progress', 'completed', 'cancelled')),
  agreed_on     date NOT NULL,
  completed_on  date,
  progress      jsonb NOT NULL DEFAULT '[]'::jsonb,    -- [{ on, note, status, by }]
  created_by    uuid REFERENCES users(id),
  demo          boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (need_id, offer_id)
);
