// Merging a staged network import into the network tables: set-based SQL over the staging rows, run inside the one
// transaction that also completes the job. The last line of an id wins; a record another state holds is never changed;
// a reference to an entity the importer cannot read is kept and reported (dangling), never dropped.

import { readableBy } from '../../access/records.js';
import type { Subject } from '../../access/subject.js';
import { type Db, sql } from '../../db/index.js';
import { LISTED_LIMIT } from '../../imports/jobs.js';

const entityColumns = `id, kind, schema, caption, properties, context, names, birth_date, nationality, country, identifiers, latitude, longitude,
  start_date, end_date, modus_operandi, search_text, source_state, source_report, reliability, credibility, owner_state, classification,
  releasable_states, releasable_groups, handling_codes, demo`;
const linkColumns = `id, schema, role, source_id, target_id, start_date, end_date, properties, context, derived_from, weight, source_state, source_report,
  reliability, credibility, owner_state, classification, releasable_states, releasable_groups, handling_codes, demo`;
const updates = (columns: string) =>
  columns
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== 'id')
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ');

export interface MergeOutcome {
  entities: number;
  links: number;
  dangling: number;
  refused: { line: number; message: string }[];
  refusedCount: number;
  danglingLines: { line: number; message: string }[];
}

export class ImportMerge {
  constructor(private readonly db: Db) {}

  /** Must run inside a transaction: everything it writes commits or rolls back with the job's completion. */
  async merge(importId: string, subject: Subject): Promise<MergeOutcome> {
    const owner = subject.state;
    // Lines whose id another state already recorded: reported, not changed.
    const refusedEntities = await this.db.query<{ line: number; id: string; total: number }>(sql`
      SELECT s.line, s.id, count(*) OVER ()::int AS total FROM network_import_entities s JOIN network_entities e ON e.id = s.id
      WHERE s.import_id = ${importId} AND e.owner_state IS DISTINCT FROM ${owner} ORDER BY s.line LIMIT ${LISTED_LIMIT}`);
    const refusedLinks = await this.db.query<{ line: number; id: string; total: number }>(sql`
      SELECT s.line, s.id, count(*) OVER ()::int AS total FROM network_import_links s JOIN network_links l ON l.id = s.id
      WHERE s.import_id = ${importId} AND s.derived_from IS NULL AND l.owner_state IS DISTINCT FROM ${owner} ORDER BY s.line LIMIT ${LISTED_LIMIT}`);

    const entities = await this.db.one<{ n: number }>(sql`
      WITH written AS (
        INSERT INTO network_entities (${sql.raw(entityColumns)})
        SELECT DISTINCT ON (id) ${sql.raw(entityColumns)} FROM network_import_entities WHERE import_id = ${importId} ORDER BY id, line DESC
        ON CONFLICT (id) DO UPDATE SET ${sql.raw(updates(entityColumns))}, updated_at = now()
        WHERE network_entities.owner_state IS NOT DISTINCT FROM EXCLUDED.owner_state
        RETURNING 1)
      SELECT count(*)::int AS n FROM written`);

    // The links an entity's properties implied before are replaced by the ones its new line implies.
    await this.db.query(sql`
      DELETE FROM network_links l USING (SELECT DISTINCT id FROM network_import_entities WHERE import_id = ${importId}) s
      WHERE l.derived_from = s.id AND l.owner_state IS NOT DISTINCT FROM ${owner}`);

    const links = await this.db.one<{ n: number }>(sql`
      WITH winners AS (
        SELECT DISTINCT ON (id) id, line FROM network_import_entities WHERE import_id = ${importId} ORDER BY id, line DESC),
      candidates AS (
        SELECT DISTINCT ON (l.id) l.* FROM network_import_links l LEFT JOIN winners w ON w.id = l.derived_from AND w.line = l.line
        WHERE l.import_id = ${importId} AND (l.derived_from IS NULL OR w.id IS NOT NULL) ORDER BY l.id, l.line DESC),
      written AS (
        INSERT INTO network_links (${sql.raw(linkColumns)})
        SELECT ${sql.raw(linkColumns)} FROM candidates c
        WHERE c.derived_from IS NULL OR EXISTS (SELECT 1 FROM network_entities e WHERE e.id = c.derived_from AND e.owner_state IS NOT DISTINCT FROM ${owner})
        ON CONFLICT (id) DO UPDATE SET ${sql.raw(updates(linkColumns))}, updated_at = now()
        WHERE network_links.owner_state IS NOT DISTINCT FROM EXCLUDED.owner_state
        RETURNING derived_from)
      SELECT count(*)::int AS n FROM written WHERE derived_from IS NULL`);

    // References from this import to entities the importer may not read (absent, or hidden from them): kept, reported.
    const dangling = await this.db.query<{
      line: number;
      schema: string;
      role: string;
      derivedFrom: string | null;
      sourceId: string;
      targetId: string;
      noSource: boolean;
      noTarget: boolean;
      total: number;
    }>(sql`
      WITH written AS (
        SELECT DISTINCT ON (s.id) s.line, s.schema, s.role, s.derived_from, s.source_id, s.target_id
        FROM network_import_links s JOIN network_links l ON l.id = s.id AND l.owner_state IS NOT DISTINCT FROM ${owner}
        WHERE s.import_id = ${importId} ORDER BY s.id, s.line DESC)
      SELECT w.line, w.schema, w.role, w.derived_from AS "derivedFrom", w.source_id AS "sourceId", w.target_id AS "targetId",
        src.id IS NULL AS "noSource", tgt.id IS NULL AS "noTarget", count(*) OVER ()::int AS total
      FROM written w
      LEFT JOIN network_entities src ON src.id = w.source_id AND ${readableBy(subject, 'src')}
      LEFT JOIN network_entities tgt ON tgt.id = w.target_id AND ${readableBy(subject, 'tgt')}
      WHERE src.id IS NULL OR tgt.id IS NULL ORDER BY w.line LIMIT ${LISTED_LIMIT}`);

    return {
      entities: entities?.n ?? 0,
      links: links?.n ?? 0,
      dangling: dangling[0]?.total ?? 0,
      refusedCount: (refusedEntities[0]?.total ?? 0) + (refusedLinks[0]?.total ?? 0),
      refused: [...refusedEntities, ...refusedLinks].map((r) => ({ line: r.line, message: `id ${r.id} was recorded by another state and was not changed` })),
      danglingLines: dangling.map((d) => {
        const missing = [d.noSource ? d.sourceId : null, d.noTarget ? d.targetId : null].filter(Boolean).join(' and ');
        const what = d.derivedFrom ? `its reference (${d.role})` : `this ${d.schema} (${d.role})`;
        return { line: d.line, message: `${what} names ${missing}, which is not among the entities you may read; the reference is kept` };
      }),
    };
  }

  /** Entities this import wrote, a page at a time (for the hooks that run after the merge commits). */
  async stagedPage(importId: string, afterId: string, limit: number) {
    return this.db.query<{
      id: string;
      kind: string;
      names: string[];
      identifiers: string[];
      birthDate: string | null;
      nationality: string | null;
      ownerState: string | null;
      written: boolean;
    }>(sql`
      SELECT w.*, EXISTS (SELECT 1 FROM network_entities e WHERE e.id = w.id AND e.owner_state IS NOT DISTINCT FROM w."ownerState") AS written FROM (
        SELECT DISTINCT ON (s.id) s.id, s.kind, s.names, s.identifiers, s.birth_date AS "birthDate", s.nationality, s.owner_state AS "ownerState"
        FROM network_import_entities s WHERE s.import_id = ${importId} AND s.id > ${afterId} ORDER BY s.id, s.line DESC LIMIT ${limit}) w
      ORDER BY w.id`);
  }

  /** Removes the staging rows of these imports (done, failed or interrupted). */
  async discard(importIds: string[]): Promise<void> {
    if (!importIds.length) return;
    await this.db.query(sql`DELETE FROM network_import_entities WHERE import_id = ANY(${importIds}::uuid[])`);
    await this.db.query(sql`DELETE FROM network_import_links WHERE import_id = ANY(${importIds}::uuid[])`);
  }
}
