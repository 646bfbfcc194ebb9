-- Entity search (networks/store.ts search) asks for every word of the query anywhere in search_text: LIKE '%word%',
-- which no b-tree can answer, so each search read the whole table. A trigram index answers it: the 30-minute soak
-- (bench/soak.ts) slowed after 24 minutes as its own entities piled up, each search a sequential scan
-- (docs/benchmarks-http.md). pg_trgm is a trusted extension (PostgreSQL 13+: the database owner may create it) and
-- ships with PGlite, which loads it when the database opens (db/index.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX network_entities_search_trgm ON network_entities USING gin (search_text gin_trgm_ops);
