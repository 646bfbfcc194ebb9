-- Staging is merged without sorting it: the importer knows which ids repeat in a file (import.ts, RepeatedIds), so the
-- b-trees on (import_id, id, line), kept up row by row while a million lines were COPYed in, are not needed. The hooks
-- that run after a merge read the staged entities in line order, a page at a time: (import_id, line) grows at its end.
DROP INDEX network_import_entities_import;
DROP INDEX network_import_links_import;
CREATE INDEX network_import_entities_line ON network_import_entities (import_id, line);
