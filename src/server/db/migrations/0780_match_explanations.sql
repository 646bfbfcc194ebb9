-- Cross-matching reasons as codes with parameters (translated by the app), beside the English texts kept in `reasons`.
ALTER TABLE network_matches ADD COLUMN explanation jsonb NOT NULL DEFAULT '[]'::jsonb;
CREATE INDEX network_matches_status_score ON network_matches (status, score DESC);
