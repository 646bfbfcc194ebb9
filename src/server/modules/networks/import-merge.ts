// Merging a staged network import into the network tables: set-based SQL over the staging rows, run inside the one
// transaction that also completes the job. The last line of an id wins; a record another state holds is never changed;
// a reference to an entity the importer cannot read is kept and reported (dangling), never dropped.

import { readableBy } from '../../access/records.js';
import type { Subject } from '../../access/subject.js';
import { type Db, sql } from '../../db/index.js';
import { type StoredText, stored } from '../../i18n/stored.js';
import type { Text } from '../../i18n/text.js';
import { LISTED_LIMIT } from '../../imports/jobs.js';
import { lineSay } from './import-messages.js';

const entityColumns = `id, kind, schema, caption, properties, context, names, birth_date, nationality, country, identifiers, latitude, longitude,
  start_date, end_date, modus_operandi, search_text, source_state, source_report, reliability, credibility, owner_state, classification,
  releasable_states, releasable_groups, handling_codes, demo`;
const linkColumns = `id, schema, role, source_id, target_id, start_date, end_date, properties, context, derived_from, weight, source_state, source_report,
  reliability, credibility, owner_state, classification, releasable_states, releasable_groups, handling_codes, demo`;
export interface MergeOutcome {
  entities: number;
  links: number;
  dangling: number;
  refused: { line: number; message: StoredText }[];
  refusedCount: number;
  danglingLines: { line: number; message: StoredText }[];
}

/** Ids that occur on more than one staged row of an import (ImportStaging.repeated); every other id is on one row. */
export interface RepeatedIds {
  entities: readonly string[];
  links: readonly string[];
}

const assignments = (columns: string, from: string) =>
  columns
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== 'id')
    .map((c) => `${c} = ${from}.${c}`)
    .join(', ');

/** The trigram index of entity search (migration 0857), built the same way when a merge rebuilds it. */
const SEARCH_INDEX = 'CREATE INDEX network_entities_search_trgm ON network_entities USING gin (search_text gin_trgm_ops)';

/**
 * When a merge on PGlite drops the search index and builds it again after its inserts instead of adding to it row by
 * row: building costs about 12 µs per row of the whole table, adding about 32 µs per new row (1M FtM lines, 600k
 * entities: the merge took 16.5 s without the index, 35.9 s adding to it, 22.7 s rebuilding it; docs/benchmarks.md).
 * So an import that stages at least half as many entities as the table holds (new ones and updates alike: an updated
 * row's trigrams are added too) rebuilds. Only on PGlite: there the merge
 * holds the one connection anyway, while on PostgreSQL dropping the index would lock readers out of the table until the
 * merge commits, so a server adds to it (and its autovacuum tidies the index's pending entries).
 */
const REBUILD = { minNew: 5_000, shareOfTable: 0.5 };

/** A link (or an entity's reference) of an import that names entities the importer may not read. */
interface DanglingRow {
  schema: string;
  role: string;
  derivedFrom: string | null;
  sourceId: string;
  targetId: string;
  noSource: boolean;
  noTarget: boolean;
}

/** What the importer is told of a dangling reference: kept, and which end it could not read. */
function danglingText(d: DanglingRow): Text {
  const { schema, role } = d;
  if (d.noSource && d.noTarget)
    return lineSay(d.derivedFrom ? 'dangling.referenceBoth' : 'dangling.linkBoth', { schema, role, source: d.sourceId, target: d.targetId });
  const missing = d.noSource ? d.sourceId : d.targetId;
  return d.derivedFrom ? lineSay('dangling.reference', { role, missing }) : lineSay('dangling.link', { schema, role, missing });
}

export class ImportMerge {
  constructor(private readonly db: Db) {}

  /** Whether this merge rebuilds the search index (REBUILD), decided from the staged rows and the table before it. */
  private async rebuildsSearchIndex(importId: string): Promise<boolean> {
    if (this.db.kind !== 'pglite') return false;
    const counts = await this.db.one<{ staged: number; stored: number }>(sql`
      SELECT (SELECT count(*)::int FROM network_import_entities WHERE import_id = ${importId}) AS staged,
        (SELECT count(*)::int FROM network_entities) AS stored`);
    const staged = counts?.staged ?? 0;
    return staged >= REBUILD.minNew && staged >= REBUILD.shareOfTable * (counts?.stored ?? 0);
  }

  /**
   * Leaves one staged row per id, the last line's, and drops the links implied by an entity's earlier lines. Only the
   * repeated ids are looked at, so the rest of the merge can join staging without sorting it (a million rows sorted was
   * most of the merge on PGlite).
   */
  private async keepLastLines(importId: string, repeated: RepeatedIds): Promise<void> {
    if (repeated.entities.length) {
      await this.db.query(sql`
        DELETE FROM network_import_entities s USING (
          SELECT DISTINCT ON (id) id, ctid AS kept FROM network_import_entities
          WHERE import_id = ${importId} AND id = ANY(${repeated.entities}::text[]) ORDER BY id, line DESC) k
        WHERE s.import_id = ${importId} AND s.id = k.id AND s.ctid <> k.kept`);
      await this.db.query(sql`
        DELETE FROM network_import_links l WHERE l.import_id = ${importId} AND l.derived_from = ANY(${repeated.entities}::text[])
          AND NOT EXISTS (SELECT 1 FROM network_import_entities e WHERE e.import_id = ${importId} AND e.id = l.derived_from AND e.line = l.line)`);
    }
    if (repeated.links.length)
      await this.db.query(sql`
        DELETE FROM network_import_links s USING (
          SELECT DISTINCT ON (id) id, ctid AS kept FROM network_import_links
          WHERE import_id = ${importId} AND id = ANY(${repeated.links}::text[]) ORDER BY id, line DESC) k
        WHERE s.import_id = ${importId} AND s.id = k.id AND s.ctid <> k.kept`);
  }

  /** Must run inside a transaction: everything it writes commits or rolls back with the job's completion. */
  async merge(importId: string, subject: Subject, repeated: RepeatedIds): Promise<MergeOutcome> {
    const owner = subject.state;
    await this.keepLastLines(importId, repeated);
    // Lines whose id another state already recorded: reported, not changed.
    const refusedEntities = await this.db.query<{ line: number; id: string; total: number }>(sql`
      SELECT s.line, s.id, count(*) OVER ()::int AS total FROM network_import_entities s JOIN network_entities e ON e.id = s.id
      WHERE s.import_id = ${importId} AND e.owner_state IS DISTINCT FROM ${owner} ORDER BY s.line LIMIT ${LISTED_LIMIT}`);
    const refusedLinks = await this.db.query<{ line: number; id: string; total: number }>(sql`
      SELECT s.line, s.id, count(*) OVER ()::int AS total FROM network_import_links s JOIN network_links l ON l.id = s.id
      WHERE s.import_id = ${importId} AND s.derived_from IS NULL AND l.owner_state IS DISTINCT FROM ${owner} ORDER BY s.line LIMIT ${LISTED_LIMIT}`);

    // Entities already in the portal are updated where the importer's state owns them; the rest are inserted. Two
    // statements instead of one upsert: an INSERT of rows known to be new skips the upsert's per-row conflict check.
    // A large import on PGlite writes them without the search index and builds it again after (REBUILD); the drop is
    // part of this transaction, so a merge cut short leaves the index as it was.
    const rebuild = await this.rebuildsSearchIndex(importId);
    if (rebuild) await this.db.exec('DROP INDEX network_entities_search_trgm');
    const updated = await this.db.one<{ n: number }>(sql`
      WITH written AS (
        UPDATE network_entities e SET ${sql.raw(assignments(entityColumns, 's'))}, updated_at = now()
        FROM network_import_entities s
        WHERE s.import_id = ${importId} AND e.id = s.id AND e.owner_state IS NOT DISTINCT FROM s.owner_state
        RETURNING 1)
      SELECT count(*)::int AS n FROM written`);
    const inserted = await this.db.one<{ n: number }>(sql`
      WITH written AS (
        INSERT INTO network_entities (${sql.raw(entityColumns)})
        SELECT ${sql.raw(entityColumns)} FROM network_import_entities s
        WHERE s.import_id = ${importId} AND NOT EXISTS (SELECT 1 FROM network_entities e WHERE e.id = s.id)
        RETURNING 1)
      SELECT count(*)::int AS n FROM written`);

    if (rebuild) await this.db.exec(SEARCH_INDEX);

    // The links an entity's properties implied before are replaced by the ones its new line implies.
    await this.db.query(sql`
      DELETE FROM network_links l USING network_import_entities s
      WHERE s.import_id = ${importId} AND l.derived_from = s.id AND l.owner_state IS NOT DISTINCT FROM ${owner}`);

    // A link implied by an entity is written only with that entity (not where another state holds the id).
    const implied = sql`(c.derived_from IS NULL OR EXISTS (
      SELECT 1 FROM network_entities e WHERE e.id = c.derived_from AND e.owner_state IS NOT DISTINCT FROM ${owner}))`;
    const linksUpdated = await this.db.one<{ n: number }>(sql`
      WITH written AS (
        UPDATE network_links l SET ${sql.raw(assignments(linkColumns, 'c'))}, updated_at = now()
        FROM network_import_links c
        WHERE c.import_id = ${importId} AND l.id = c.id AND l.owner_state IS NOT DISTINCT FROM c.owner_state AND ${implied}
        RETURNING c.derived_from)
      SELECT count(*)::int AS n FROM written WHERE derived_from IS NULL`);
    const linksInserted = await this.db.one<{ n: number }>(sql`
      WITH written AS (
        INSERT INTO network_links (${sql.raw(linkColumns)})
        SELECT ${sql.raw(linkColumns)} FROM network_import_links c
        WHERE c.import_id = ${importId} AND NOT EXISTS (SELECT 1 FROM network_links l WHERE l.id = c.id) AND ${implied}
        RETURNING derived_from)
      SELECT count(*)::int AS n FROM written WHERE derived_from IS NULL`);
    const entities = { n: (updated?.n ?? 0) + (inserted?.n ?? 0) };
    const links = { n: (linksUpdated?.n ?? 0) + (linksInserted?.n ?? 0) };

    // References from this import to entities the importer may not read (absent, or hidden from them): kept, reported.
    const dangling = await this.db.query<DanglingRow & { line: number; total: number }>(sql`
      WITH written AS (
        SELECT s.line, s.schema, s.role, s.derived_from, s.source_id, s.target_id
        FROM network_import_links s JOIN network_links l ON l.id = s.id AND l.owner_state IS NOT DISTINCT FROM ${owner}
        WHERE s.import_id = ${importId})
      SELECT w.line, w.schema, w.role, w.derived_from AS "derivedFrom", w.source_id AS "sourceId", w.target_id AS "targetId",
        src.id IS NULL AS "noSource", tgt.id IS NULL AS "noTarget", count(*) OVER ()::int AS total
      FROM written w
      LEFT JOIN network_entities src ON src.id = w.source_id AND ${readableBy(subject, 'src')}
      LEFT JOIN network_entities tgt ON tgt.id = w.target_id AND ${readableBy(subject, 'tgt')}
      WHERE src.id IS NULL OR tgt.id IS NULL ORDER BY w.line LIMIT ${LISTED_LIMIT}`);

    return {
      entities: entities.n,
      links: links.n,
      dangling: dangling[0]?.total ?? 0,
      refusedCount: (refusedEntities[0]?.total ?? 0) + (refusedLinks[0]?.total ?? 0),
      refused: [...refusedEntities, ...refusedLinks].map((r) => ({ line: r.line, message: stored(lineSay('otherStatesRecord', { id: r.id })) })),
      danglingLines: dangling.map((d) => ({ line: d.line, message: stored(danglingText(d)) })),
    };
  }

  /** Entities this import wrote, a page at a time in line order (for the hooks that run after the merge commits). */
  async stagedPage(importId: string, afterLine: number, limit: number) {
    return this.db.query<{
      id: string;
      line: number;
      kind: string;
      names: string[];
      identifiers: string[];
      birthDate: string | null;
      nationality: string | null;
      ownerState: string | null;
      written: boolean;
    }>(sql`
      SELECT s.id, s.line, s.kind, s.names, s.identifiers, s.birth_date AS "birthDate", s.nationality, s.owner_state AS "ownerState",
        EXISTS (SELECT 1 FROM network_entities e WHERE e.id = s.id AND e.owner_state IS NOT DISTINCT FROM s.owner_state) AS written
      FROM network_import_entities s WHERE s.import_id = ${importId} AND s.line > ${afterLine} ORDER BY s.line LIMIT ${limit}`);
  }

  /** Removes the staging rows of these imports (done, failed or interrupted). */
  async discard(importIds: string[]): Promise<void> {
    if (!importIds.length) return;
    await this.db.query(sql`DELETE FROM network_import_entities WHERE import_id = ANY(${importIds}::uuid[])`);
    await this.db.query(sql`DELETE FROM network_import_links WHERE import_id = ANY(${importIds}::uuid[])`);
  }
}
