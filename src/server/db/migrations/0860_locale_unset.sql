-- A user's language is their own choice: until they make it, the language their browser asks for (Accept-Language)
-- is used. NULL means "not chosen"; rows written before keep what they hold.
ALTER TABLE users ALTER COLUMN locale DROP NOT NULL;
ALTER TABLE users ALTER COLUMN locale DROP DEFAULT;
