// SQL for regional alerts, their acknowledgements, watch-lists and the matches they raise; no rules.

import type { Classification } from '../../access/subject.js';
import { type Db, type Sql, sql } from '../../db/index.js';

export interface AlertRow {
  id: string;
  reference: string;
  type: string;
  title: string;
  body: string;
  audience: 'all' | 'states' | 'groups';
  ownerState: string;
  classification: Classification;
  releasableStates: string[];
  releasableGroups: string[];
  expiresOn: string | null;
  watchlistId: string | null;
  demo: boolean;
  createdAt: Date;
}

const alertColumns = sql`a.id, a.reference, a.type, a.title, a.body, a.audience, a.owner_state AS "ownerState", a.classification,
  a.releasable_states AS "releasableStates", a.releasable_groups AS "releasableGroups", a.expires_on AS "expiresOn",
  a.watchlist_id AS "watchlistId", a.demo, a.created_at AS "createdAt"`;

export interface WatchEntryRow {
  id: string;
  watchlistId: string;
  kind: 'name' | 'document' | 'vessel' | 'phone';
  value: string;
  matchKey: string;
  ownerId: string;
}

export class AlertsStore {
  constructor(private readonly db: Db) {}

  memberStates(): Promise<string[]> {
    return this.db
      .query<{ code: string }>(sql`SELECT code FROM members WHERE kind IN ('state', 'territory') AND status = 'member' ORDER BY code`)
      .then((r) => r.map((x) => x.code));
  }

  groupStates(groups: string[]) {
    return this.db.query<{ code: string; memberCode: string | null }>(sql`
      SELECT g.code, gm.member_code AS "memberCode" FROM groups g LEFT JOIN group_members gm ON gm.group_code = g.code WHERE g.code = ANY(${groups}::text[])`);
  }

  async insert(a: Omit<AlertRow, 'id' | 'createdAt'> & { issuedBy: string | null }): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO alerts (reference, type, title, body, audience, owner_state, classification, releasable_states, releasable_groups, expires_on, issued_by, watchlist_id, demo)
      VALUES (${a.reference}, ${a.type}, ${a.title}, ${a.body}, ${a.audience}, ${a.ownerState}, ${a.classification}, ${a.releasableStates}::text[],
        ${a.releasableGroups}::text[], ${a.expiresOn}, ${a.issuedBy}, ${a.watchlistId}, ${a.demo}) RETURNING id`);
    return row!.id;
  }

  list(where: Sql, state: string | null) {
    return this.db.query<AlertRow & { acknowledged: boolean }>(sql`
      SELECT ${alertColumns}, EXISTS (SELECT 1 FROM alert_acknowledgements k WHERE k.alert_id = a.id AND k.state = ${state}) AS acknowledged
      FROM alerts a WHERE ${where} ORDER BY a.created_at DESC LIMIT 200`);
  }

  alert(id: string, readable: Sql) {
    return this.db.one<AlertRow>(sql`SELECT ${alertColumns} FROM alerts a WHERE a.id = ${id} AND ${readable}`);
  }

  async acknowledge(id: string, state: string, userId: string): Promise<boolean> {
    return (
      (
        await this.db.query(
          sql`INSERT INTO alert_acknowledgements (alert_id, state, user_id) VALUES (${id}, ${state}, ${userId}) ON CONFLICT DO NOTHING RETURNING state`,
        )
      ).length > 0
    );
  }

  acknowledgements(id: string) {
    return this.db.query<{ state: string; at: Date }>(sql`SELECT state, at FROM alert_acknowledgements WHERE alert_id = ${id} ORDER BY at`);
  }

  async insertWatchlist(ownerId: string, ownerState: string | null, name: string, entries: { kind: string; value: string; matchKey: string }[], demo: boolean) {
    const row = await this.db.one<{ id: string }>(
      sql`INSERT INTO watchlists (owner_id, owner_state, name, demo) VALUES (${ownerId}, ${ownerState}, ${name}, ${demo}) RETURNING id`,
    );
    for (const e of entries)
      await this.db.query(sql`INSERT INTO watchlist_entries (watchlist_id, kind, value, match_key) VALUES (${row!.id}, ${e.kind}, ${e.value}, ${e.matchKey})`);
    return row!.id;
  }

  watchlistsOf(ownerId: string) {
    return this.db.query<{ id: string; name: string; demo: boolean; createdAt: Date }>(sql`
      SELECT id, name, demo, created_at AS "createdAt" FROM watchlists WHERE owner_id = ${ownerId} ORDER BY created_at DESC`);
  }

  entriesOf(watchlistIds: string[]) {
    return this.db.query<WatchEntryRow>(sql`
      SELECT e.id, e.watchlist_id AS "watchlistId", e.kind, e.value, e.match_key AS "matchKey", w.owner_id AS "ownerId"
      FROM watchlist_entries e JOIN watchlists w ON w.id = e.watchlist_id WHERE e.watchlist_id = ANY(${watchlistIds}::uuid[]) ORDER BY e.kind, e.value`);
  }

  /** Candidate entries for a recorded entity: exact keys, and every name entry (names are scored in code). */
  /** Name entries (scored in code) and the exact-key entries among these keys; keys travel as two arrays (an import's page has thousands). */
  candidates(keys: { kind: string; key: string }[]) {
    return this.db.query<WatchEntryRow>(sql`
      SELECT e.id, e.watchlist_id AS "watchlistId", e.kind, e.value, e.match_key AS "matchKey", w.owner_id AS "ownerId"
      FROM watchlist_entries e JOIN watchlists w ON w.id = e.watchlist_id
      WHERE e.kind = 'name' OR (e.kind, e.match_key) IN (SELECT * FROM unnest(${keys.map((k) => k.kind)}::text[], ${keys.map((k) => k.key)}::text[]))`);
  }

  async insertMatch(m: { watchlistId: string; entryId: string; entityId: string; entityOwnerState: string | null; score: number }): Promise<boolean> {
    return (
      (
        await this.db.query(sql`
      INSERT INTO watch_matches (watchlist_id, entry_id, entity_id, entity_owner_state, score)
      VALUES (${m.watchlistId}, ${m.entryId}, ${m.entityId}, ${m.entityOwnerState}, ${m.score}) ON CONFLICT DO NOTHING RETURNING id`)
      ).length > 0
    );
  }

  matchesOf(watchlistId: string) {
    return this.db.query<{
      id: string;
      entryId: string;
      entryValue: string;
      kind: string;
      entityId: string;
      entityOwnerState: string | null;
      score: number;
      createdAt: Date;
    }>(sql`
      SELECT m.id, m.entry_id AS "entryId", e.value AS "entryValue", e.kind, m.entity_id AS "entityId", m.entity_owner_state AS "entityOwnerState", m.score, m.created_at AS "createdAt"
      FROM watch_matches m JOIN watchlist_entries e ON e.id = m.entry_id WHERE m.watchlist_id = ${watchlistId} ORDER BY m.created_at DESC LIMIT 500`);
  }

  watchlistOwner(id: string) {
    return this.db.one<{ ownerId: string }>(sql`SELECT owner_id AS "ownerId" FROM watchlists WHERE id = ${id}`);
  }

  /** Alerts whose expiry date passed in [from, before): the expiry duty tells each issuer once. */
  expiredBetween(from: string, before: string) {
    return this.db.query<{ id: string; reference: string; title: string; issuedBy: string | null; expiresOn: string }>(sql`
      SELECT id, reference, title, issued_by AS "issuedBy", expires_on AS "expiresOn" FROM alerts
      WHERE expires_on >= ${from} AND expires_on < ${before} ORDER BY expires_on, id`);
  }
}
