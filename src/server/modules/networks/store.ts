// SQL for the networks tables: batch upserts (one typed array per column, unnest), reads filtered by the access rule.

import { readableBy } from '../../access/records.js';
import type { Subject } from '../../access/subject.js';
import { type Db, type Sql, sql } from '../../db/index.js';
import type { Properties } from './ftm.js';
import { foldForSearch } from './ftm-reading.js';

/** The words of a search, folded like the stored search text; at most eight, each at most 100 characters. */
export function searchTokens(q: string): string[] {
  return [
    ...new Set(
      foldForSearch(q)
        .split(/[\s,;]+/u)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ]
    .slice(0, 8)
    .map((t) => t.slice(0, 100));
}

export interface Provenance {
  sourceState: string | null;
  sourceReport: string | null;
  reliability: string | null;
  credibility: string | null;
  ownerState: string | null;
  classification: string;
  releasableStates: string[];
  releasableGroups: string[];
  handlingCodes: string[];
  demo: boolean;
}

export interface EntityRow extends Provenance {
  id: string;
  kind: string;
  schema: string;
  caption: string;
  properties: Properties;
  names: string[];
  birthDate: string | null;
  nationality: string | null;
  country: string | null;
  identifiers: string[];
  latitude: number | null;
  longitude: number | null;
  startDate: string | null;
  endDate: string | null;
  modusOperandi: string[];
  /** Top-level keys of the FtM line beside id, schema and properties (datasets, referents ...), exported back as they came. */
  context: Record<string, unknown>;
  /** Caption, names, identifiers and id folded for token search. */
  searchText: string;
}

export interface LinkRow extends Provenance {
  id: string;
  schema: string;
  role: string;
  sourceId: string;
  targetId: string;
  startDate: string | null;
  endDate: string | null;
  properties: Properties;
  context: Record<string, unknown>;
  /** The entity whose entity-valued property implies this link (it travels inside that entity, not on its own). */
  derivedFrom: string | null;
  /** An ownership's percentage, for a weighted edge. */
  weight: number | null;
}

/**
 * A batch travels as one typed array per column, `SELECT ... FROM unnest($1::text[], $2::text[], ...)`: PGlite turns these
 * into rows ~5x faster than a jsonb parameter through jsonb_to_recordset. List columns cannot be arrays of arrays
 * (unnest would flatten them), so each row's list goes as an array literal and is cast back per row.
 */
type BatchColumn<R> = { name: string; type: 'text' | 'float8' | 'bool'; value: (row: R) => unknown; cast?: 'text[]' | 'jsonb' };

const arrayLiteral = (values: string[]) => `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
const text = <R>(name: string, value: (row: R) => string | null): BatchColumn<R> => ({ name, type: 'text', value });
const list = <R>(name: string, value: (row: R) => string[]): BatchColumn<R> => ({ name, type: 'text', value: (r) => arrayLiteral(value(r)), cast: 'text[]' });
const json = <R>(name: string, value: (row: R) => unknown): BatchColumn<R> => ({ name, type: 'text', value: (r) => JSON.stringify(value(r)), cast: 'jsonb' });

const provenanceBatchColumns: BatchColumn<Provenance>[] = [
  text('source_state', (r) => r.sourceState),
  text('source_report', (r) => r.sourceReport),
  text('reliability', (r) => r.reliability),
  text('credibility', (r) => r.credibility),
  text('owner_state', (r) => r.ownerState),
  text('classification', (r) => r.classification),
  list('releasable_states', (r) => r.releasableStates),
  list('releasable_groups', (r) => r.releasableGroups),
  list('handling_codes', (r) => r.handlingCodes),
  { name: 'demo', type: 'bool', value: (r) => r.demo },
];

const entityBatchColumns: BatchColumn<EntityRow>[] = [
  text('id', (r) => r.id),
  text('kind', (r) => r.kind),
  text('schema', (r) => r.schema),
  text('caption', (r) => r.caption),
  json('properties', (r) => r.properties),
  list('names', (r) => r.names),
  text('birth_date', (r) => r.birthDate),
  text('nationality', (r) => r.nationality),
  text('country', (r) => r.country),
  list('identifiers', (r) => r.identifiers),
  { name: 'latitude', type: 'float8', value: (r) => r.latitude },
  { name: 'longitude', type: 'float8', value: (r) => r.longitude },
  text('start_date', (r) => r.startDate),
  text('end_date', (r) => r.endDate),
  list('modus_operandi', (r) => r.modusOperandi),
  json('context', (r) => r.context),
  text('search_text', (r) => r.searchText),
  ...provenanceBatchColumns,
];

const linkBatchColumns: BatchColumn<LinkRow>[] = [
  text('id', (r) => r.id),
  text('schema', (r) => r.schema),
  text('role', (r) => r.role),
  text('source_id', (r) => r.sourceId),
  text('target_id', (r) => r.targetId),
  text('start_date', (r) => r.startDate),
  text('end_date', (r) => r.endDate),
  json('properties', (r) => r.properties),
  json('context', (r) => r.context),
  text('derived_from', (r) => r.derivedFrom),
  { name: 'weight', type: 'float8', value: (r) => r.weight },
  ...provenanceBatchColumns,
];

/** `SELECT <columns> FROM unnest(<one array parameter per column>)`, the columns in the order given. */
function unnestRows<R>(rows: R[], columns: BatchColumn<R>[]): Sql {
  const arrays = sql.join(columns.map((c) => sql`${rows.map(c.value)}::${sql.raw(c.type)}[]`));
  const selected = columns.map((c) => (c.cast ? `u.${c.name}::${c.cast} AS ${c.name}` : `u.${c.name}`)).join(', ');
  return sql`SELECT ${sql.raw(selected)} FROM unnest(${arrays}) AS u(${sql.raw(columns.map((c) => c.name).join(', '))})`;
}

const provenanceNames =
  'source_state, source_report, reliability, credibility, owner_state, classification, releasable_states, releasable_groups, handling_codes, demo';
const provenanceUpdates = provenanceNames
  .split(', ')
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(', ');

export const entityColumns = (alias: string) =>
  sql.raw(`${alias}.id, ${alias}.kind, ${alias}.schema, ${alias}.caption, ${alias}.properties, ${alias}.names,
  ${alias}.birth_date AS "birthDate", ${alias}.nationality, ${alias}.country, ${alias}.identifiers, ${alias}.latitude, ${alias}.longitude,
  ${alias}.start_date AS "startDate", ${alias}.end_date AS "endDate", ${alias}.modus_operandi AS "modusOperandi", ${alias}.merged_into AS "mergedInto",
  ${alias}.context, ${alias}.search_text AS "searchText",
  ${alias}.source_state AS "sourceState", ${alias}.source_report AS "sourceReport", ${alias}.reliability, ${alias}.credibility,
  ${alias}.owner_state AS "ownerState", ${alias}.classification, ${alias}.releasable_states AS "releasableStates",
  ${alias}.releasable_groups AS "releasableGroups", ${alias}.handling_codes AS "handlingCodes", ${alias}.demo,
  ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt"`);

export const linkColumns = (alias: string) =>
  sql.raw(`${alias}.id, ${alias}.schema, ${alias}.role, ${alias}.source_id AS "sourceId", ${alias}.target_id AS "targetId",
  ${alias}.start_date AS "startDate", ${alias}.end_date AS "endDate", ${alias}.properties, ${alias}.context,
  ${alias}.derived_from AS "derivedFrom", ${alias}.weight,
  ${alias}.source_state AS "sourceState", ${alias}.source_report AS "sourceReport", ${alias}.reliability, ${alias}.credibility,
  ${alias}.owner_state AS "ownerState", ${alias}.classification, ${alias}.releasable_states AS "releasableStates",
  ${alias}.releasable_groups AS "releasableGroups", ${alias}.handling_codes AS "handlingCodes", ${alias}.demo,
  ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt"`);

export type StoredEntity = EntityRow & { mergedInto: string | null; createdAt: Date; updatedAt: Date };
export type StoredLink = LinkRow & { createdAt: Date; updatedAt: Date };

/** Filters a graph view may apply, all optional. */
export interface GraphFilter {
  kinds?: string[];
  roles?: string[];
  /** Links in force on or after / before these dates (links without dates always pass). */
  from?: string;
  to?: string;
  /** Worst grading still shown: reliability A..F and credibility 1..6. */
  maxReliability?: string;
  maxCredibility?: string;
}

export class NetworksStore {
  constructor(readonly db: Db) {}

  /**
   * Inserts or updates a batch. A row whose id another state already recorded is left alone and not returned,
   * so one state can never overwrite another's facts by reusing an id.
   */
  async upsertEntities(rows: EntityRow[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const done = await this.db.query<{ id: string }>(sql`
      INSERT INTO network_entities (id, kind, schema, caption, properties, names, birth_date, nationality, country, identifiers, latitude, longitude,
        start_date, end_date, modus_operandi, context, search_text, ${sql.raw(provenanceNames)})
      ${unnestRows(rows, entityBatchColumns)}
      ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, schema = EXCLUDED.schema, caption = EXCLUDED.caption, properties = EXCLUDED.properties,
        names = EXCLUDED.names, birth_date = EXCLUDED.birth_date, nationality = EXCLUDED.nationality, country = EXCLUDED.country,
        identifiers = EXCLUDED.identifiers, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, start_date = EXCLUDED.start_date,
        end_date = EXCLUDED.end_date, modus_operandi = EXCLUDED.modus_operandi, context = EXCLUDED.context, search_text = EXCLUDED.search_text,
        ${sql.raw(provenanceUpdates)}, updated_at = now()
      WHERE network_entities.owner_state IS NOT DISTINCT FROM EXCLUDED.owner_state
      RETURNING id`);
    return new Set(done.map((r) => r.id));
  }

  /** Inserts or updates links whose two ends exist; returns the ids written. */
  async upsertLinks(rows: LinkRow[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const done = await this.db.query<{ id: string }>(sql`
      INSERT INTO network_links (id, schema, role, source_id, target_id, start_date, end_date, properties, context, derived_from, weight, ${sql.raw(provenanceNames)})
      SELECT * FROM (${unnestRows(rows, linkBatchColumns)}) r
      WHERE EXISTS (SELECT 1 FROM network_entities s WHERE s.id = r.source_id) AND EXISTS (SELECT 1 FROM network_entities t WHERE t.id = r.target_id)
      ON CONFLICT (id) DO UPDATE SET schema = EXCLUDED.schema, role = EXCLUDED.role, source_id = EXCLUDED.source_id, target_id = EXCLUDED.target_id,
        start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, properties = EXCLUDED.properties, context = EXCLUDED.context,
        derived_from = EXCLUDED.derived_from, weight = EXCLUDED.weight, ${sql.raw(provenanceUpdates)}, updated_at = now()
      WHERE network_links.owner_state IS NOT DISTINCT FROM EXCLUDED.owner_state
      RETURNING id`);
    return new Set(done.map((r) => r.id));
  }

  async existingEntityIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.db.query<{ id: string }>(sql`SELECT id FROM network_entities WHERE id = ANY(${ids}::text[])`);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Token search: every word of `q` must appear in the entity's caption, names, identifiers or id (folded like
   * searchTextOf), in any order, so "Rashid Baloch" finds "Rashid Karim Baloch". Filtered by the access rule in SQL.
   */
  async search(
    subject: Subject,
    filter: { q?: string; kind?: string; schema?: string; limit: number },
  ): Promise<{ rows: (StoredEntity & { sanctions: number })[]; total: number }> {
    const tokens = searchTokens(filter.q ?? '');
    const where = sql.and([
      readableBy(subject, 'e'),
      ...(filter.kind ? [sql`e.kind = ${filter.kind}`] : []),
      ...(filter.schema ? [sql`e.schema = ${filter.schema}`] : []),
      ...tokens.map((t) => sql`e.search_text LIKE ${`%${t.replace(/[\\%_]/g, '\\$&')}%`}`),
    ]);
    // One scan for the page and the count (count(*) OVER () before the LIMIT); the sanctions of only the rows shown.
    const rows = await this.db.query<StoredEntity & { sanctions: number; total: number }>(sql`
      WITH hits AS (
        SELECT e.*, count(*) OVER ()::int AS total FROM network_entities e WHERE ${where} ORDER BY e.caption, e.id LIMIT ${filter.limit}
      )
      SELECT ${entityColumns('e')}, e.total,
        (SELECT count(*)::int FROM network_links sl JOIN network_entities se ON se.id = sl.source_id
         WHERE sl.target_id = e.id AND sl.role = 'sanctions' AND ${readableBy(subject, 'sl')} AND ${readableBy(subject, 'se')}) AS sanctions
      FROM hits e ORDER BY e.caption, e.id`);
    // No row means no hit (the limit is at least 1).
    const total = rows[0]?.total ?? 0;
    return { rows: rows.map(({ total: _, ...row }) => row), total };
  }

  async entity(subject: Subject, id: string): Promise<StoredEntity | undefined> {
    return this.db.one<StoredEntity>(sql`SELECT ${entityColumns('e')} FROM network_entities e WHERE e.id = ${id} AND ${readableBy(subject, 'e')}`);
  }

  async entitiesByIds(subject: Subject, ids: string[]): Promise<StoredEntity[]> {
    if (!ids.length) return [];
    return this.db.query<StoredEntity>(
      sql`SELECT ${entityColumns('e')} FROM network_entities e WHERE e.id = ANY(${ids}::text[]) AND ${readableBy(subject, 'e')}`,
    );
  }

  /** The rule for a link a user may see in the graph: the link and both its ends readable. */
  visibleLink(subject: Subject): Sql {
    return sql`${readableBy(subject, 'l')} AND ${readableBy(subject, 's')} AND ${readableBy(subject, 't')}`;
  }

  /**
   * The rule for a link a user may see in a profile or an export, where a dangling reference is kept: the link readable,
   * and each end readable or not in the portal at all (`s`/`t` LEFT JOINed). An end that exists but is hidden hides the link.
   */
  visibleLinkKeepingDangling(subject: Subject): Sql {
    return sql`${readableBy(subject, 'l')} AND (s.id IS NULL OR ${readableBy(subject, 's')}) AND (t.id IS NULL OR ${readableBy(subject, 't')})`;
  }

  async linksOf(subject: Subject, id: string): Promise<StoredLink[]> {
    return this.db.query<StoredLink>(sql`
      SELECT ${linkColumns('l')} FROM network_links l
      LEFT JOIN network_entities s ON s.id = l.source_id LEFT JOIN network_entities t ON t.id = l.target_id
      WHERE (l.source_id = ${id} OR l.target_id = ${id}) AND ${this.visibleLinkKeepingDangling(subject)} ORDER BY l.start_date NULLS LAST, l.id`);
  }

  async factsOf(subject: Subject, id: string) {
    return this.db.query<{ id: number; property: string; value: string } & Provenance>(sql`
      SELECT f.id, f.property, f.value, f.source_state AS "sourceState", f.source_report AS "sourceReport", f.reliability, f.credibility,
        f.owner_state AS "ownerState", f.classification, f.releasable_states AS "releasableStates", f.releasable_groups AS "releasableGroups",
        f.handling_codes AS "handlingCodes", f.demo
      FROM network_facts f WHERE f.entity_id = ${id} AND ${readableBy(subject, 'f')} ORDER BY f.id`);
  }

  async addFact(entityId: string, property: string, value: string, p: Provenance): Promise<number> {
    const row = await this.db.one<{ id: number }>(sql`
      INSERT INTO network_facts (entity_id, property, value, source_state, source_report, reliability, credibility, owner_state, classification,
        releasable_states, releasable_groups, handling_codes, demo)
      VALUES (${entityId}, ${property}, ${value}, ${p.sourceState}, ${p.sourceReport}, ${p.reliability}, ${p.credibility}, ${p.ownerState},
        ${p.classification}, ${p.releasableStates}::text[], ${p.releasableGroups}::text[], ${p.handlingCodes}::text[], ${p.demo}) RETURNING id`);
    return row!.id;
  }

  /**
   * The graph the user may see, filtered: readable entities (merged ones folded into their readable survivor) and links
   * whose ends and self are readable. Filtering happens here, in SQL, before any analysis sees the graph.
   */
  async visibleGraph(subject: Subject, filter: GraphFilter = {}) {
    const grading = (alias: string) =>
      sql.and([
        ...(filter.maxReliability ? [sql`(${sql.raw(alias)}.reliability IS NULL OR ${sql.raw(alias)}.reliability <= ${filter.maxReliability})`] : []),
        ...(filter.maxCredibility ? [sql`(${sql.raw(alias)}.credibility IS NULL OR ${sql.raw(alias)}.credibility <= ${filter.maxCredibility})`] : []),
      ]);
    const nodes = await this.db.query<{
      id: string;
      canonical: string;
      kind: string;
      caption: string;
      reliability: string | null;
      credibility: string | null;
      demo: boolean;
      country: string | null;
    }>(sql`
      SELECT e.id, COALESCE(c.id, e.id) AS canonical, e.kind, e.caption, e.reliability, e.credibility, e.demo, COALESCE(e.nationality, e.country) AS country
      FROM network_entities e
      LEFT JOIN network_entities c ON c.id = e.merged_into AND ${readableBy(subject, 'c')}
      WHERE ${readableBy(subject, 'e')} AND e.kind NOT IN ('leg', 'sanction') AND ${grading('e')}
        ${filter.kinds?.length ? sql`AND e.kind = ANY(${filter.kinds}::text[])` : sql``}`);
    const edges = await this.db.query<{
      id: string;
      role: string;
      sourceId: string;
      targetId: string;
      startDate: string | null;
      endDate: string | null;
      reliability: string | null;
      credibility: string | null;
      weight: number | null;
    }>(sql`
      SELECT l.id, l.role, l.source_id AS "sourceId", l.target_id AS "targetId", l.start_date AS "startDate", l.end_date AS "endDate", l.reliability, l.credibility, l.weight
      FROM network_links l JOIN network_entities s ON s.id = l.source_id JOIN network_entities t ON t.id = l.target_id
      WHERE ${this.visibleLink(subject)} AND ${grading('l')} AND l.role <> 'sanctions'
        ${filter.roles?.length ? sql`AND l.role = ANY(${filter.roles}::text[])` : sql``}
        ${filter.from ? sql`AND (l.end_date IS NULL OR l.end_date >= ${filter.from})` : sql``}
        ${filter.to ? sql`AND (l.start_date IS NULL OR l.start_date <= ${filter.to})` : sql``}`);
    // A sanction is a badge on its entity, not a node: how many readable sanctions name each entity.
    const sanctions = await this.db.query<{ id: string; n: number }>(sql`
      SELECT l.target_id AS id, count(*)::int AS n FROM network_links l JOIN network_entities s ON s.id = l.source_id
      WHERE l.role = 'sanctions' AND ${readableBy(subject, 'l')} AND ${readableBy(subject, 's')} GROUP BY l.target_id`);
    return { nodes, edges, sanctions: new Map(sanctions.map((r) => [r.id, r.n])) };
  }

  /** Readable entities of these kinds, for routes, places and the timeline. */
  async entitiesOfKinds(subject: Subject, kinds: string[]): Promise<StoredEntity[]> {
    return this.db.query<StoredEntity>(sql`
      SELECT ${entityColumns('e')} FROM network_entities e WHERE e.kind = ANY(${kinds}::text[]) AND ${readableBy(subject, 'e')}
      ORDER BY e.start_date NULLS LAST, e.id`);
  }

  async changedSince(subject: Subject, since: string) {
    const entities = await this.db.query<StoredEntity>(sql`
      SELECT ${entityColumns('e')} FROM network_entities e WHERE e.updated_at >= ${since}::date AND ${readableBy(subject, 'e')} ORDER BY e.updated_at DESC LIMIT 500`);
    const links = await this.db.query<StoredLink>(sql`
      SELECT ${linkColumns('l')} FROM network_links l JOIN network_entities s ON s.id = l.source_id JOIN network_entities t ON t.id = l.target_id
      WHERE l.updated_at >= ${since}::date AND ${this.visibleLink(subject)} ORDER BY l.updated_at DESC LIMIT 500`);
    return { entities, links };
  }

  /** One page of readable entities after `afterId` (keyset), for streamed export. */
  async entityPage(subject: Subject, afterId: string, limit: number, ids?: string[]): Promise<StoredEntity[]> {
    return this.db.query<StoredEntity>(sql`
      SELECT ${entityColumns('e')} FROM network_entities e WHERE e.id > ${afterId} AND ${readableBy(subject, 'e')}
        ${ids ? sql`AND e.id = ANY(${ids}::text[])` : sql``} ORDER BY e.id LIMIT ${limit}`);
  }

  async linkPage(subject: Subject, afterId: string, limit: number, ids?: string[]): Promise<StoredLink[]> {
    return this.db.query<StoredLink>(sql`
      SELECT ${linkColumns('l')} FROM network_links l LEFT JOIN network_entities s ON s.id = l.source_id LEFT JOIN network_entities t ON t.id = l.target_id
      WHERE l.id > ${afterId} AND l.derived_from IS NULL AND ${this.visibleLinkKeepingDangling(subject)}
        ${ids ? sql`AND l.source_id = ANY(${ids}::text[]) AND l.target_id = ANY(${ids}::text[])` : sql``} ORDER BY l.id LIMIT ${limit}`);
  }
}
