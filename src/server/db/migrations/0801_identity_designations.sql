-- Officers a focal point designates for a duty of identity and return: answering verification requests for the state,
-- and working victim referral and return cases. Only designated officers answer requests and see cases.
CREATE TABLE identity_designations (
  user_id        uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  duty           text NOT NULL CHECK (duty IN ('verification', 'victims')),
  member_code    text NOT NULL REFERENCES members(code),
  designated_by  uuid,
  designated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, duty)
);
CREATE INDEX identity_designations_member ON identity_designations (member_code, duty);
