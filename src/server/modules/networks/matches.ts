// Cross-matching of records from several states: proposals with reasons, an analyst's decision, reversible audited merges.

import { type Actor, recordedBy } from '../../access/actor.js';
import { readableBy } from '../../access/records.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Conflict, NotFound } from '../../errors.js';
import { proposeMatches } from './matching/propose.js';
import type { MatchReason } from './matching/reasons.js';
import type { MatchRecord } from './matching/record.js';
import { matchStatus, say } from './messages.js';

interface SideRow {
  Id: string;
  Caption: string;
  Kind: string;
  Schema: string;
  State: string | null;
  Merged: string | null;
  Names: string[];
  BirthDate: string | null;
  Nationality: string | null;
  Identifiers: string[];
}
type Side<P extends string> = { [K in keyof SideRow as `${P}${K & string}`]: SideRow[K] };
type MatchRow = {
  id: number;
  score: number;
  reasons: string[];
  explanation: MatchReason[];
  status: MatchStatus;
  decidedAt: Date | null;
} & Side<'a'> &
  Side<'b'>;
type MatchStatus = 'proposed' | 'confirmed' | 'rejected' | 'unmerged';

const matchable = ['person', 'organisation', 'vessel', 'phone'] as const;

export class NetworkMatches {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  /** Runs the matcher over what the user may read and stores new proposals; returns how many are new. */
  async propose(actor: Actor): Promise<{ proposed: number }> {
    const rows = await this.db.query<{
      id: string;
      kind: string;
      state: string | null;
      names: string[];
      birthDate: string | null;
      nationality: string | null;
      identifiers: string[];
      docs: string[] | null;
      phones: string[] | null;
    }>(sql`
      SELECT e.id, e.kind, COALESCE(e.source_state, e.owner_state) AS state, e.names, e.birth_date AS "birthDate", e.nationality, e.identifiers,
        (SELECT array_agg(n) FROM network_links l JOIN network_entities d ON d.id = l.target_id, unnest(d.identifiers) n
          WHERE l.source_id = e.id AND l.role = 'holds' AND d.kind = 'document' AND ${readableBy(actor, 'l')} AND ${readableBy(actor, 'd')}) AS docs,
        (SELECT array_agg(n) FROM network_links l JOIN network_entities p ON p.id = l.target_id, unnest(p.identifiers) n
          WHERE l.source_id = e.id AND l.role = 'uses' AND p.kind = 'phone' AND ${readableBy(actor, 'l')} AND ${readableBy(actor, 'p')}) AS phones
      FROM network_entities e
      WHERE e.kind = ANY(${[...matchable]}::text[]) AND e.merged_into IS NULL AND ${readableBy(actor, 'e')}`);
    const records: MatchRecord[] = rows.map((r) => ({
      id: r.id,
      type: r.kind as MatchRecord['type'],
      state: r.state ?? 'UNK',
      names: r.names,
      dob: r.birthDate ?? undefined,
      nationality: r.nationality ?? undefined,
      documents:
        r.kind === 'vessel'
          ? r.identifiers.map((n) => ({ type: /^\d{9}$/.test(n) ? 'mmsi' : 'imo', number: n }))
          : r.kind === 'person'
            ? (r.docs ?? []).map((n) => ({ type: 'passport', number: n }))
            : [],
      phones: r.kind === 'phone' ? r.identifiers : (r.phones ?? []),
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
      await this.audit.record(actor, {
        action: 'networks.match.propose',
        outcome: 'ok',
        detail: { candidates: records.length, proposals: proposals.length, new: proposed },
      });
    });
    return { proposed };
  }

  private select(actor: Actor) {
    const side = (t: 'a' | 'b') =>
      sql.raw(`${t}.id AS "${t}Id", ${t}.caption AS "${t}Caption", ${t}.kind AS "${t}Kind", ${t}.schema AS "${t}Schema",
        COALESCE(${t}.source_state, ${t}.owner_state) AS "${t}State", ${t}.merged_into AS "${t}Merged", ${t}.names AS "${t}Names",
        ${t}.birth_date AS "${t}BirthDate", ${t}.nationality AS "${t}Nationality", ${t}.identifiers AS "${t}Identifiers"`);
    return sql`
      SELECT m.id, m.score, m.reasons, m.explanation, m.status, m.decided_at AS "decidedAt", ${side('a')}, ${side('b')}
      FROM network_matches m JOIN network_entities a ON a.id = m.a_id JOIN network_entities b ON b.id = m.b_id
      WHERE ${readableBy(actor, 'a')} AND ${readableBy(actor, 'b')}`;
  }

  private shape(r: MatchRow) {
    const side = (t: 'a' | 'b') => ({
      id: r[`${t}Id`],
      caption: r[`${t}Caption`],
      kind: r[`${t}Kind`],
      schema: r[`${t}Schema`],
      sourceState: r[`${t}State`],
      names: r[`${t}Names`],
      birthDate: r[`${t}BirthDate`],
      nationality: r[`${t}Nationality`],
      identifiers: r[`${t}Identifiers`],
    });
    return {
      id: Number(r.id),
      score: r.score,
      reasons: r.reasons,
      explanation: r.explanation ?? [],
      status: r.status,
      decidedAt: r.decidedAt,
      a: side('a'),
      b: side('b'),
    };
  }

  /** Proposals (and decisions) about records the user may read, both of them, best first. */
  async list(actor: Actor, filter: { status?: MatchStatus; minScore?: number; limit?: number } = {}) {
    const rows = await this.db.query<MatchRow>(sql`${this.select(actor)}
      ${filter.status ? sql`AND m.status = ${filter.status}` : sql``} ${filter.minScore !== undefined ? sql`AND m.score >= ${filter.minScore}` : sql``}
      ORDER BY m.score DESC, m.id LIMIT ${filter.limit ?? 200}`);
    return rows.map((r) => this.shape(r));
  }

  /**
   * Confirms or rejects several proposals at once, in one transaction: either every decision is recorded (each with
   * its own audit entry) or, when one cannot be taken, none is and the error names the proposal.
   */
  async decide(actor: Actor, ids: number[], decision: 'confirm' | 'reject') {
    return this.db.transaction(async () => {
      const decided = [];
      for (const id of [...new Set(ids)]) decided.push(decision === 'confirm' ? await this.confirm(actor, id) : await this.reject(actor, id));
      return decided;
    });
  }

  private async get(actor: Actor, id: number): Promise<MatchRow> {
    const row = await this.db.one<MatchRow>(sql`${this.select(actor)} AND m.id = ${id} FOR UPDATE OF m`);
    if (!row) throw new NotFound(`match proposal ${id}`);
    return row;
  }

  /** Confirms: the second record is merged into the first (which keeps its id); reversible by unmerge. */
  async confirm(actor: Actor, id: number) {
    return this.db.transaction(async () => {
      const m = await this.get(actor, id);
      if (m.status !== 'proposed' && m.status !== 'unmerged') throw new Conflict(say('proposalAlready', { status: matchStatus(m.status) }), { id });
      if (m.aMerged || m.bMerged) throw new Conflict(say('mergedElsewhere'));
      await this.db.query(sql`UPDATE network_entities SET merged_into = ${m.aId}, updated_at = now() WHERE id = ${m.bId}`);
      await this.db.query(sql`UPDATE network_matches SET status = 'confirmed', decided_by = ${recordedBy(actor)}, decided_at = now() WHERE id = ${id}`);
      await this.audit.record(actor, {
        action: 'networks.merge',
        outcome: 'ok',
        targetType: 'network_entity',
        targetId: m.bId,
        detail: { match: id, into: m.aId, score: m.score },
      });
      return this.shape({ ...(await this.get(actor, id)) });
    });
  }

  async reject(actor: Actor, id: number) {
    return this.db.transaction(async () => {
      const m = await this.get(actor, id);
      if (m.status !== 'proposed') throw new Conflict(say('proposalAlready', { status: matchStatus(m.status) }), { id });
      await this.db.query(sql`UPDATE network_matches SET status = 'rejected', decided_by = ${recordedBy(actor)}, decided_at = now() WHERE id = ${id}`);
      await this.audit.record(actor, {
        action: 'networks.match.reject',
        outcome: 'ok',
        targetType: 'network_match',
        targetId: String(id),
        detail: { a: m.aId, b: m.bId },
      });
      return this.shape(await this.get(actor, id));
    });
  }

  /** Undoes a confirmed merge: both records stand alone again, as reported. */
  async unmerge(actor: Actor, id: number) {
    return this.db.transaction(async () => {
      const m = await this.get(actor, id);
      if (m.status !== 'confirmed') throw new Conflict(say('proposalNotMerge', { status: matchStatus(m.status) }), { id });
      await this.db.query(sql`UPDATE network_entities SET merged_into = NULL, updated_at = now() WHERE id = ${m.bId} AND merged_into = ${m.aId}`);
      await this.db.query(sql`UPDATE network_matches SET status = 'unmerged', decided_by = ${recordedBy(actor)}, decided_at = now() WHERE id = ${id}`);
      await this.audit.record(actor, {
        action: 'networks.unmerge',
        outcome: 'ok',
        targetType: 'network_entity',
        targetId: m.bId,
        detail: { match: id, from: m.aId },
      });
      return this.shape(await this.get(actor, id));
    });
  }
}
