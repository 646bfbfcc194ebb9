// SQL for the directory tables: national committees, contact points, liaison officers, and their staleness.
import { type Db, type Sql, sql } from '../../db/index.js';
import type { Committee, ContactPoint, EntryKind, LiaisonOfficer } from './schemas.js';

/** An entry not confirmed for 12 months is stale (flagged to the focal point who keeps it). */
const STALE = sql.raw(`confirmed_at < now() - interval '12 months'`);

const committeeCols = sql`id::text, state, name, mandate, confirmed_at AS "confirmedAt", ${STALE} AS stale, demo`;
const contactCols = sql`id::text, state, topic, name, position, agency, email, phone, secure_channel AS "secureChannel",
  committee_id::text AS "committeeId", confirmed_at AS "confirmedAt", ${STALE} AS stale, demo`;
const liaisonCols = sql`id::text, home_state AS "homeState", host_state AS "hostState", agency, name, position, email, phone,
  posted_from AS "postedFrom", posted_until AS "postedUntil", confirmed_at AS "confirmedAt", ${STALE} AS stale, demo`;

const TABLES: Record<EntryKind, { table: Sql; state: Sql; label: Sql }> = {
  committees: { table: sql.raw('national_committees'), state: sql.raw('state'), label: sql.raw('name') },
  'contact-points': { table: sql.raw('contact_points'), state: sql.raw('state'), label: sql.raw(`name || ' (' || topic || ')'`) },
  'liaison-officers': { table: sql.raw('liaison_officers'), state: sql.raw('home_state'), label: sql.raw(`name || ' → ' || host_state`) },
};

export interface Filter {
  state?: string;
  topic?: string;
  q?: string;
}

export class DirectoryStore {
  constructor(private readonly db: Db) {}

  committees(f: Filter) {
    const where = [];
    if (f.state) where.push(sql`state = ${f.state}`);
    if (f.q) where.push(sql`lower(name) LIKE ${`%${f.q.toLowerCase()}%`}`);
    return this.db.query<Committee>(sql`SELECT ${committeeCols} FROM national_committees WHERE ${sql.and(where)} ORDER BY state, name`);
  }

  contactPoints(f: Filter) {
    const where = [];
    if (f.state) where.push(sql`state = ${f.state}`);
    if (f.topic) where.push(sql`topic = ${f.topic}`);
    if (f.q) where.push(sql`(lower(name) LIKE ${`%${f.q.toLowerCase()}%`} OR lower(agency) LIKE ${`%${f.q.toLowerCase()}%`})`);
    return this.db.query<ContactPoint>(sql`SELECT ${contactCols} FROM contact_points WHERE ${sql.and(where)} ORDER BY state, topic, name`);
  }

  liaisonOfficers(f: Filter) {
    const where = [];
    if (f.state) where.push(sql`(home_state = ${f.state} OR host_state = ${f.state})`);
    if (f.q) where.push(sql`lower(name) LIKE ${`%${f.q.toLowerCase()}%`}`);
    return this.db.query<LiaisonOfficer>(sql`SELECT ${liaisonCols} FROM liaison_officers WHERE ${sql.and(where)} ORDER BY home_state, host_state, name`);
  }

  /** State agencies (the organisations accounts belong to). */
  agencies(state?: string) {
    return this.db.query<{ id: string; name: string; state: string; demo: boolean }>(sql`
      SELECT id::text, name, member_code AS state, demo FROM organisations
      WHERE kind <> 'rso' AND ${state ? sql`member_code = ${state}` : sql`TRUE`} ORDER BY member_code, name`);
  }

  committee(id: string) {
    return this.db.one<Committee>(sql`SELECT ${committeeCols} FROM national_committees WHERE id = ${id}`);
  }
  contactPoint(id: string) {
    return this.db.one<ContactPoint>(sql`SELECT ${contactCols} FROM contact_points WHERE id = ${id}`);
  }
  liaisonOfficer(id: string) {
    return this.db.one<LiaisonOfficer>(sql`SELECT ${liaisonCols} FROM liaison_officers WHERE id = ${id}`);
  }

  /** The state that keeps an entry, or undefined when there is no such entry. */
  async keeperOf(kind: EntryKind, id: string): Promise<string | undefined> {
    const t = TABLES[kind];
    return (await this.db.one<{ state: string }>(sql`SELECT ${t.state} AS state FROM ${t.table} WHERE id = ${id}`))?.state;
  }

  insertCommittee(v: { state: string; name: string; mandate: string; demo: boolean; by: string | null }) {
    return this.db.one<{ id: string }>(sql`
      INSERT INTO national_committees (state, name, mandate, demo, updated_by) VALUES (${v.state}, ${v.name}, ${v.mandate}, ${v.demo}, ${v.by})
      RETURNING id::text`);
  }

  insertContactPoint(v: Omit<ContactPoint, 'id' | 'confirmedAt' | 'stale'> & { by: string | null }) {
    return this.db.one<{ id: string }>(sql`
      INSERT INTO contact_points (state, topic, name, position, agency, email, phone, secure_channel, committee_id, demo, updated_by)
      VALUES (${v.state}, ${v.topic}, ${v.name}, ${v.position}, ${v.agency}, ${v.email}, ${v.phone}, ${v.secureChannel}, ${v.committeeId}, ${v.demo}, ${v.by})
      RETURNING id::text`);
  }

  insertLiaisonOfficer(v: Omit<LiaisonOfficer, 'id' | 'confirmedAt' | 'stale'> & { by: string | null }) {
    return this.db.one<{ id: string }>(sql`
      INSERT INTO liaison_officers (home_state, host_state, agency, name, position, email, phone, posted_from, posted_until, demo, updated_by)
      VALUES (${v.homeState}, ${v.hostState}, ${v.agency}, ${v.name}, ${v.position}, ${v.email}, ${v.phone}, ${v.postedFrom}, ${v.postedUntil}, ${v.demo}, ${v.by})
      RETURNING id::text`);
  }

  /** Sets the given columns (trusted names) and marks the entry confirmed: an edit is a confirmation. */
  async update(kind: EntryKind, id: string, columns: Record<string, unknown>, by: string | null) {
    const sets = Object.entries(columns)
      .filter(([, v]) => v !== undefined)
      .map(([col, v]) => sql`${sql.raw(col)} = ${v}`);
    sets.push(sql`updated_at = now()`, sql`confirmed_at = now()`, sql`updated_by = ${by}`);
    await this.db.query(sql`UPDATE ${TABLES[kind].table} SET ${sql.join(sets)} WHERE id = ${id}`);
  }

  async confirm(kind: EntryKind, id: string, by: string | null) {
    await this.db.query(sql`UPDATE ${TABLES[kind].table} SET confirmed_at = now(), updated_by = ${by} WHERE id = ${id}`);
  }

  /** Demo data only: an entry last confirmed long ago, so the stale list has something to show. */
  async setConfirmedAt(kind: EntryKind, id: string, at: Date) {
    await this.db.query(sql`UPDATE ${TABLES[kind].table} SET confirmed_at = ${at} WHERE id = ${id}`);
  }

  async remove(kind: EntryKind, id: string) {
    await this.db.query(sql`DELETE FROM ${TABLES[kind].table} WHERE id = ${id}`);
  }

  /** Stale entries of the states matching `scope` (an SQL condition over a column named state). */
  stale(scope: (stateColumn: Sql) => Sql) {
    const parts = (Object.keys(TABLES) as EntryKind[]).map((kind) => {
      const t = TABLES[kind];
      return sql`SELECT ${kind}::text AS kind, id::text, ${t.state} AS state, ${t.label} AS label, confirmed_at AS "confirmedAt"
        FROM ${t.table} WHERE ${STALE} AND ${scope(t.state)}`;
    });
    return this.db.query<{ kind: EntryKind; id: string; state: string; label: string; confirmedAt: Date }>(
      sql`${sql.join(parts, sql` UNION ALL `)} ORDER BY "confirmedAt"`,
    );
  }

  /** Names of national committees only (for the public site). */
  committeeNames() {
    return this.db.query<{ state: string; stateName: string; name: string; demo: boolean }>(sql`
      SELECT c.state, m.name AS "stateName", c.name, c.demo FROM national_committees c JOIN members m ON m.code = c.state
      ORDER BY m.name, c.name`);
  }

  /** The designated contact point of each state for a topic, most recently confirmed first. */
  contactPointsFor(states: string[], topic: string) {
    return this.db.query<ContactPoint>(sql`
      SELECT ${contactCols} FROM contact_points WHERE state = ANY(${states}::text[]) AND topic = ${topic} ORDER BY state, confirmed_at DESC`);
  }
}
