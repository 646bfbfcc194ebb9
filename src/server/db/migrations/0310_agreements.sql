-- Agreements between member states (MOUs, treaties, arrangements): parties, scope, dates, status.
-- The intelligence exchange asks whether one in force covers a category between two states on a date.

CREATE TABLE agreements (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title               text NOT NULL,
  type                text NOT NULL CHECK (type IN ('mou', 'treaty', 'arrangement')),
  scope               text[] NOT NULL CHECK (cardinality(scope) > 0),
  status              text NOT NULL CHECK (status IN ('draft', 'signed', 'in_force', 'expired', 'terminated')),
  signed_on           date,
  effective_on        date,
  expires_on          date,
  terminated_on       date,
  place_of_signature  text NOT NULL DEFAULT '',
  notes               text NOT NULL DEFAULT '',
  demo                boolean NOT NULL DEFAULT false,
  created_by          uuid,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_on IS NULL OR effective_on IS NULL OR expires_on >= effective_on),
  CHECK (status NOT IN ('in_force', 'expired', 'terminated') OR effective_on IS NOT NULL)
);

CREATE TABLE agreement_parties (
  agreement_id     uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  member_code      text NOT NULL REFERENCES members(code),
  focal_point_id   uuid REFERENCES contact_points(id) ON DELETE SET NULL,
  signatory_name   text NOT NULL DEFAULT '',
  signatory_title  text NOT NULL DEFAULT '',
  PRIMARY KEY (agreement_id, member_code)
);
CREATE INDEX agreement_parties_member ON agreement_parties (member_code);
