// Cross-matching of records from several states: proposals with reasons, an analyst's decision, reversible audited merges.
import { sql, type Db } from '../../db/index.js';
import type { AuditLog, Actor } from '../../audit/log.js';
import { readableBy } from '../../access/records.js';
import type { Subject } from '../../access/subject.js';
import { Conflict, NotFound } from '../../errors.js';
import { proposeMatches } from './matching/propose.js';
import type { MatchRecord } from './matching/record.js';

interface MatchRow {
  id: number; score: number; reasons: string[]; status: string; decidedAt: Date | null;
  aId: string; aCaption: string; aKind: string; aState: string | null; aMerged: string | null;
  bId: string; bCaption: string; bKind: string; bState: string | null; bMerged: string | null;
}

const matchable = ['person', 'vessel', 'phone'] as const;

export class NetworkMatches {
  constructor(private readonly db: Db, private readonly audit: AuditLog) {}

  /** Runs the matcher over what the user may read and stores new proposals; returns how many are new. */
  async propose(subject: Subject, actor: Actor): Promise<{ proposed: number }> {
    const rows = await this.db.query<{ id: string; kind: string; state: string | null; names: string[]; birthDate: string | null; nationality: string | null; identifiers: string[]; docs: string[] | null; phones: string[] | null }>(sql`
      SELECT e.id, e.kind, COALESCE(e.source_state, e.owner_state) AS state, e.names, e.birth_date AS "birthDate", e.nationality, e.identifiers,
        (SELECT array_agg(n) FROM network_links l JOIN network_entities d ON d.id = l.target_id, unnest(d.identifiers) n
          WHERE l.source_id = e.id AND l.role = 'holds' AND d.kind = 'document' AND ${readableBy(subject, 'l')} AND ${readableBy(subject, 'd')}) AS docs,
        (SELECT array_agg(n) FROM network_links l JOIN network_entities p ON p.id = l.target_id, unnest(p.identifiers) n
          WHERE l.source_id = e.id AND l.role = 'uses' AND p.kind = 'phone' AND ${readableBy(subject, 'l')} AND ${readableBy(subject, 'p')}) AS phones
      FROM network_entities e
      WHERE e.kind = ANY(${[...matchable]}::text[]) AND e.merged_into IS NULL AND ${readableBy(subject, 'e')}`);
    const records: MatchRecord[] = rows.map((r) => ({
      id: r.id, type: r.kind as MatchRecord['type'], state: r.state ?? 'UNK', names: r.names, dob: r.birthDate ?? undefined,
      nationality: r.nationality ?? undefined,
      documents: r.kind === 'vessel'
        ? r.identifiers.map((n) => ({ type: /^\d{9}$/.test(n) ? 'mmsi' : 'imo', number: n }))
        : r.kind === 'person' ? (r.docs ?? []).map((n) => ({ type: 'passport', number: n })) : [],
      phones: r.kind === 'phone' ? r.identifiers : r.phones ?? [],
    }));
    const { proposals } = proposeMatches(records);
    let proposed = 0;
    await this.db.transaction(async () => {
      for (const p of proposals) {
        const [a, b] = p.a < p.b ? [p.a, p.b] : [p.b, p.a];
        const done = await this.db.query(sql`
          INSERT INTO network_matches (a_id, b_id, score, reasons, explanation)
          VALUES (${a}, ${b}, ${p.score}, ${p.reasons.map((r) => r.text)}::text[], ${JSON.stringify(p.reasons)}::jsonb)
          ON CONFLICT (a_id, b_id) DO NOTHING RETURNING id`);
        proposed += done.length;
      }
      await this.audit.record(actor, { action: 'networks.match.propose', outcome: 'ok', detail: { candidates: records.length, proposals: proposals.length, new: proposed } });
    });
    return { proposed };
  }

  private select(subject: Subject) {
    return sql`
      SELECT m.id, m.score, m.reasons, m.status, m.decided_at AS "decidedAt",
        a.id AS "aId", a.caption AS "aCaption", a.kind AS "aKind", COALESCE(a.source_state, a.owner_state) AS "aState", a.merged_into AS "aMerged",
        b.id AS "bId", b.caption AS "bCaption", b.kind AS "bKind", COALESCE(b.source_state, b.owner_state) AS "bState", b.merged_into AS "bMerged"
      FROM network_matches m JOIN network_entities a ON a.id = m.a_id JOIN network_entities b ON b.id = m.b_id
      WHERE ${readableBy(subject, 'a')} AND ${readableBy(subject, 'b')}`;
  }

  private shape(r: MatchRow) {
    return {
      id: r.id, score: r.score, reasons: r.reasons, status: r.status, decidedAt: r.decidedAt,
      a: { id: r.aId, caption: r.aCaption, kind: r.aKind, sourceState: r.aState },
      b: { id: r.bId, caption: r.bCaption, kind: r.bKind, sourceState: r.bState },
    };
  }

  /** Proposals (and decisions) about records the user may read, both of them. */
  async list(subject: Subject, status?: string) {
    const rows = await this.db.query<MatchRow>(sql`${this.select(subject)} ${status ? sql`AND m.status = ${status}` : sql``} ORDER BY m.score DESC, m.id LIMIT 500`);
    return rows.map((r) => this.shape(r));
  }

  private async get(subject: Subject, id: number): Promise<MatchRow> {
    const row = await this.db.one<MatchRow>(sql`${this.select(subject)} AND m.id = ${id} FOR UPDATE OF m`);
    if (!row) throw new NotFound(`match proposal ${id}`);
    return row;
  }

  /** Confirms: the second record is merged into the first (which keeps its id); reversible by unmerge. */
  async confirm(subject: Subject, actor: Actor, id: number) {
    return this.db.transaction(async () => {
      const m = await this.get(subject, id);
      if (m.status !== 'proposed' && m.status !== 'unmerged') throw new Conflict(`proposal ${id} is already ${m.status}`);
      if (m.aMerged || m.bMerged) throw new Conflict('one of the two records is already merged into another; unmerge it first');
      await this.db.query(sql`UPDATE network_entities SET merged_into = ${m.aId}, updated_at = now() WHERE id = ${m.bId}`);
      await this.db.query(sql`UPDATE network_matches SET status = 'confirmed', decided_by = ${subject.userId}, decided_at = now() WHERE id = ${id}`);
      await this.audit.record(actor, { action: 'networks.merge', outcome: 'ok', targetType: 'network_entity', targetId: m.bId, detail: { match: id, into: m.aId, score: m.score } });
      return this.shape({ ...(await this.get(subject, id)) });
    });
  }

  async reject(subject: Subject, actor: Actor, id: number) {
    return this.db.transaction(async () => {
      const m = await this.get(subject, id);
      if (m.status !== 'proposed') throw new Conflict(`proposal ${id} is already ${m.status}`);
      await this.db.query(sql`UPDATE network_matches SET status = 'rejected', decided_by = ${subject.userId}, decided_at = now() WHERE id = ${id}`);
      await this.audit.record(actor, { action: 'networks.match.reject', outcome: 'ok', targetType: 'network_match', targetId: String(id), detail: { a: m.aId, b: m.bId } });
      return this.shape(await this.get(subject, id));
    });
  }

  /** Undoes a confirmed merge: both records stand alone again, as reported. */
  async unmerge(subject: Subject, actor: Actor, id: number) {
    return this.db.transaction(async () => {
      const m = await this.get(subject, id);
      if (m.status !== 'confirmed') throw new Conflict(`proposal ${id} is ${m.status}, not a merge`);
      await this.db.query(sql`UPDATE network_entities SET merged_into = NULL, updated_at = now() WHERE id = ${m.bId} AND merged_into = ${m.aId}`);
      await this.db.query(sql`UPDATE network_matches SET status = 'unmerged', decided_by = ${subject.userId}, decided_at = now() WHERE id = ${id}`);
      await this.audit.record(actor, { action: 'networks.unmerge', outcome: 'ok', targetType: 'network_entity', targetId: m.bId, detail: { match: id, from: m.aId } });
      return this.shape(await this.get(subject, id));
    });
  }
}
