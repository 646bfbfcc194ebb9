-- An import's line errors and notices, and why it stopped, kept as coded texts (key and parameters, i18n/stored.ts)
-- beside their English, so that each reader reads them in their own language. `more` is how many further lines a
-- notice concerns (it was written into the English). Rows written before this keep only their English, and show it.
ALTER TABLE import_errors ADD COLUMN text jsonb, ADD COLUMN more integer NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN message_text jsonb;
