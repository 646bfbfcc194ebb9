// SQL for recorded documents, list settings and the checks made against them; no rules (the service passes them in).
import { type Db, type Sql, sql } from '../../db/index.js';
import type { DocumentRecord, DocumentStatus, DocumentType, ListMode } from './schemas.js';

/** A record ready to be written: exactly one of number and hash. */
export interface RecordRow {
  issuingState: string;
  type: DocumentType;
  number: string | null;
  /** Hex of the HMAC, with the id of the key it was made under. */
  hash: string | null;
  keyId: string | null;
  status: DocumentStatus;
  issuedOn: string | null;
  expiresOn: string | null;
  reportedOn: string | null;
  notes: string;
  classification: string;
}

export interface ProbeLine {
  index: number;
  number: string;
  issuingState: string;
  /** Hex HMAC of the line under today's key, when a key is configured. */
  hash: string | null;
}

export interface ProbeHit {
  index: number;
  id: string;
  ownerState: string;
  ownerName: string;
  status: DocumentStatus;
  type: DocumentType;
  readable: boolean;
}

const recordColumns = (keyId: string | null) => sql`d.id::text, d.owner_state AS "ownerState", d.issuing_state AS "issuingState", d.doc_type AS type,
  d.number_norm AS number, d.number_hmac IS NOT NULL AS hashed, (d.number_hmac IS NOT NULL AND d.key_id IS DISTINCT FROM ${keyId}::text) AS "staleKey",
  d.status, d.issued_on AS "issuedOn", d.expires_on AS "expiresOn", d.reported_on AS "reportedOn", d.notes, d.classification,
  d.withdrawn_at AS "withdrawnAt", d.demo, d.created_at AS "createdAt", d.updated_at AS "updatedAt"`;

const column = <T>(rows: RecordRow[], pick: (r: RecordRow) => T) => rows.map(pick);

export class DocumentsStore {
  constructor(private readonly db: Db) {}

  /**
   * Upserts a state's records, clear ones and hashed ones each through its own unique index (a withdrawn record recorded
   * again comes back). Returns how many were new.
   */
  async upsert(owner: string, rows: RecordRow[], by: string | null, demo: boolean): Promise<{ created: number; updated: number; ids: string[] }> {
    let created = 0;
    const ids: string[] = [];
    for (const hashed of [false, true]) {
      const part = rows.filter((r) => (r.hash !== null) === hashed);
      if (!part.length) continue;
      const target = hashed
        ? sql`(number_hmac, owner_state) WHERE number_hmac IS NOT NULL`
        : sql`(number_norm, issuing_state, owner_state) WHERE number_norm IS NOT NULL`;
      const result = await this.db.query<{ id: string; inserted: boolean }>(sql`
        INSERT INTO document_records (owner_state, issuing_state, doc_type, number_norm, number_hmac, key_id, status, issued_on, expires_on, reported_on,
          notes, classification, recorded_by, demo)
        SELECT ${owner}, u.iss, u.typ, u.num, decode(u.h, 'hex'), u.kid, u.st, u.issued::date, u.expires::date, u.reported::date, u.notes, u.cls, ${by}::uuid, ${demo}
        FROM unnest(${column(part, (r) => r.issuingState)}::text[], ${column(part, (r) => r.type)}::text[], ${column(part, (r) => r.number)}::text[],
          ${column(part, (r) => r.hash)}::text[], ${column(part, (r) => r.keyId)}::text[], ${column(part, (r) => r.status)}::text[],
          ${column(part, (r) => r.issuedOn)}::text[], ${column(part, (r) => r.expiresOn)}::text[], ${column(part, (r) => r.reportedOn)}::text[],
          ${column(part, (r) => r.notes)}::text[], ${column(part, (r) => r.classification)}::text[])
          AS u(iss, typ, num, h, kid, st, issued, expires, reported, notes, cls)
        ON CONFLICT ${target} DO UPDATE SET doc_type = EXCLUDED.doc_type, status = EXCLUDED.status, issued_on = EXCLUDED.issued_on,
          expires_on = EXCLUDED.expires_on, reported_on = EXCLUDED.reported_on, notes = EXCLUDED.notes, classification = EXCLUDED.classification,
          key_id = EXCLUDED.key_id, issuing_state = EXCLUDED.issuing_state, withdrawn_at = NULL, withdrawn_by = NULL, updated_at = now()
        RETURNING id::text, (xmax = 0) AS inserted`);
      created += result.filter((r) => r.inserted).length;
      ids.push(...result.map((r) => r.id));
    }
    return { created, updated: rows.length - created, ids };
  }

  record(id: string, where: Sql, keyId: string | null): Promise<DocumentRecord | undefined> {
    return this.db.one<DocumentRecord>(sql`SELECT ${recordColumns(keyId)} FROM document_records d WHERE d.id = ${id} AND ${where}`);
  }

  /** A page of records, newest first; one row more than asked tells whether there is a next page. */
  page(where: Sql, keyId: string | null, limit: number, offset: number): Promise<DocumentRecord[]> {
    return this.db.query<DocumentRecord>(sql`SELECT ${recordColumns(keyId)} FROM document_records d WHERE ${where}
      ORDER BY d.created_at DESC, d.id LIMIT ${limit + 1} OFFSET ${offset}`);
  }

  async withdraw(id: string, by: string | null): Promise<void> {
    await this.db.query(sql`UPDATE document_records SET withdrawn_at = now(), withdrawn_by = ${by}::uuid, updated_at = now() WHERE id = ${id}`);
  }

  /**
   * Every live record answering any line: by clear number and issuing state, and by keyed hash under today's key.
   * `readable` is the access rule in SQL (readableBy), evaluated per record so that the caller learns which hits it may open.
   */
  probe(lines: ProbeLine[], keyId: string | null, readable: Sql): Promise<ProbeHit[]> {
    const hashed = lines.filter((l) => l.hash !== null);
    const byHash =
      keyId && hashed.length
        ? sql`UNION ALL
        SELECT q.i, d.id, d.owner_state, d.status, d.doc_type, ${readable} FROM unnest(${hashed.map((l) => l.index)}::int[], ${hashed.map((l) => l.hash)}::text[]) AS q(i, h)
        JOIN document_records d ON d.number_hmac = decode(q.h, 'hex') AND d.key_id = ${keyId} AND d.withdrawn_at IS NULL`
        : sql``;
    return this.db.query<ProbeHit>(sql`
      SELECT x.i AS index, x.id::text, x.owner_state AS "ownerState", m.name AS "ownerName", x.status, x.doc_type AS type, x.readable
      FROM (
        SELECT q.i, d.id, d.owner_state, d.status, d.doc_type, ${readable} AS readable
        FROM unnest(${lines.map((l) => l.index)}::int[], ${lines.map((l) => l.number)}::text[], ${lines.map((l) => l.issuingState)}::text[]) AS q(i, num, iss)
        JOIN document_records d ON d.number_norm = q.num AND d.issuing_state = q.iss AND d.withdrawn_at IS NULL
        ${byHash}
      ) x JOIN members m ON m.code = x.owner_state`);
  }

  /** Full records by id (the readable hits only). */
  records(ids: string[], keyId: string | null): Promise<DocumentRecord[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query<DocumentRecord>(sql`SELECT ${recordColumns(keyId)} FROM document_records d WHERE d.id = ANY(${ids}::uuid[])`);
  }

  async logCheck(c: { checkerId: string; checkerState: string; source: string; lines: number; hits: { index: number; id: string; ownerState: string }[] }) {
    const check = await this.db.one<{ id: string; at: Date }>(sql`
      INSERT INTO document_checks (checker_id, checker_state, source, lines, hits) VALUES (${c.checkerId}, ${c.checkerState}, ${c.source}, ${c.lines},
        ${new Set(c.hits.map((h) => h.index)).size}) RETURNING id::text, at`);
    if (c.hits.length)
      await this.db.query(sql`
        INSERT INTO document_check_hits (check_id, line_index, record_id, owner_state, checker_id, checker_state, at)
        SELECT ${check!.id}::uuid, u.i, u.r::uuid, u.o, ${c.checkerId}::uuid, ${c.checkerState}, ${check!.at}
        FROM unnest(${c.hits.map((h) => h.index)}::int[], ${c.hits.map((h) => h.id)}::text[], ${c.hits.map((h) => h.ownerState)}::text[]) AS u(i, r, o)`);
    return check!;
  }

  /** Hits on records of the states `visible` lets through, newest first, with who checked. */
  checksOf(visible: Sql, recordId: string | null, limit: number, offset: number) {
    return this.db.query<{
      at: Date;
      recordId: string;
      number: string | null;
      issuingState: string;
      status: DocumentStatus;
      checkerState: string | null;
      checkerEmail: string | null;
      checkerName: string | null;
      checkerAgency: string | null;
    }>(sql`
      SELECT h.at, h.record_id::text AS "recordId", d.number_norm AS number, d.issuing_state AS "issuingState", d.status, h.checker_state AS "checkerState",
        u.email AS "checkerEmail", u.name AS "checkerName", o.name AS "checkerAgency"
      FROM document_check_hits h JOIN document_records d ON d.id = h.record_id
        LEFT JOIN users u ON u.id = h.checker_id LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE ${visible} ${recordId ? sql`AND h.record_id = ${recordId}` : sql``}
      ORDER BY h.at DESC, h.check_id, h.line_index LIMIT ${limit + 1} OFFSET ${offset}`);
  }

  checksBy(checkerId: string, limit: number) {
    return this.db.query<{ id: string; at: Date; source: string; lines: number; hits: number }>(sql`
      SELECT id::text, at, source, lines, hits FROM document_checks WHERE checker_id = ${checkerId} ORDER BY at DESC LIMIT ${limit}`);
  }

  async mode(state: string): Promise<ListMode> {
    const row = await this.db.one<{ mode: ListMode }>(sql`SELECT mode FROM document_list_settings WHERE state = ${state}`);
    return row?.mode ?? 'clear';
  }

  async setMode(state: string, mode: ListMode, by: string | null) {
    await this.db.query(sql`INSERT INTO document_list_settings (state, mode, changed_by) VALUES (${state}, ${mode}, ${by}::uuid)
      ON CONFLICT (state) DO UPDATE SET mode = EXCLUDED.mode, changed_by = EXCLUDED.changed_by, changed_at = now()`);
  }

  async staleCount(state: string, keyId: string | null): Promise<number> {
    const row = await this.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM document_records
      WHERE owner_state = ${state} AND number_hmac IS NOT NULL AND key_id IS DISTINCT FROM ${keyId}::text AND withdrawn_at IS NULL`);
    return row?.n ?? 0;
  }

  clearRecords(state: string, limit: number) {
    return this.db.query<{ id: string; issuingState: string; number: string }>(sql`
      SELECT id::text, issuing_state AS "issuingState", number_norm AS number FROM document_records
      WHERE owner_state = ${state} AND number_norm IS NOT NULL ORDER BY id LIMIT ${limit}`);
  }

  /**
   * Replaces the clear numbers of these records by their hashes. A record whose hash the state already holds is the same
   * document recorded twice: the hashed one stays, the clear one goes.
   */
  async hashRecords(state: string, rows: { id: string; hash: string }[], keyId: string) {
    await this.db.query(sql`
      DELETE FROM document_records d USING unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.hash)}::text[]) AS u(id, h)
      WHERE d.id = u.id::uuid AND EXISTS (SELECT 1 FROM document_records o WHERE o.owner_state = ${state} AND o.number_hmac = decode(u.h, 'hex'))`);
    await this.db.query(sql`
      UPDATE document_records d SET number_hmac = decode(u.h, 'hex'), key_id = ${keyId}, number_norm = NULL, updated_at = now()
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.hash)}::text[]) AS u(id, h) WHERE d.id = u.id::uuid`);
  }
}
