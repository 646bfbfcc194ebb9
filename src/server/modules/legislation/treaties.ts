// Treaty status of member states with its evidence, and newer treaty actions a focal point records for their state
// (shown with who entered them; counted once a coordinator of another state validates them).

import type { Actor } from '../../access/actor.js';
import { canSeeTreatyRecord, canVouchForState, treatyRecordVisibleTo, validationRefusal } from '../../access/legislation.js';
import { today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { sql } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { say, workflowWord } from './messages.js';
import { TREATIES, type Treaty } from './schemas.js';
import type { LegislationService } from './service.js';
import { TreatiesStore } from './treaties-store.js';
import type { TreatyRecordInput } from './treaty-schemas.js';
import { countsFrom, type RecordRow, recordView, statusOf, type TreatyActionView, type TreatyFacts, type TreatyStatus } from './treaty-status.js';

type FocalPointView = Extract<TreatyActionView, { origin: 'focal_point' }>;

export class TreatiesService {
  readonly store: TreatiesStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly legislation: LegislationService,
  ) {
    this.store = new TreatiesStore(db);
  }

  /** Everything treaty status is read from; `actor` decides which focal point records not yet validated are included. */
  async facts(actor: Actor | null, state?: string): Promise<TreatyFacts> {
    const visible = actor ? treatyRecordVisibleTo(actor, 'r') : sql`r.workflow = 'validated'`;
    const [snapshot, actions, reports, records] = await Promise.all([
      this.store.snapshot(),
      this.store.actions(state),
      this.store.reports(state),
      this.store.records(state ? sql`r.state = ${state} AND ${visible}` : visible),
    ]);
    return { snapshot, actions, reports, records };
  }

  /** Status of each of `states` on `asOf` (validated evidence only), for coverage and cooperation readiness. */
  async statusOn(states: string[], asOf?: string): Promise<Map<string, TreatyStatus[]>> {
    const facts = await this.facts(null, states.length === 1 ? states[0] : undefined);
    return new Map(states.map((s) => [s, statusOf(s, facts, asOf)]));
  }

  /** Per treaty, the member states that are parties on `asOf`, those counted on month- or year-precise evidence, and the snapshot. */
  async parties(states: string[], asOf: string, facts?: TreatyFacts) {
    const f = facts ?? (await this.facts(null));
    const statuses = new Map(states.map((s) => [s, statusOf(s, f, asOf)]));
    const of = (s: string, instrument: Treaty) => statuses.get(s)!.find((t) => t.instrument === instrument)!;
    const common = { dataArrived: !!f.snapshot, snapshot: f.snapshot?.date ?? null, complete: !!f.snapshot && asOf <= f.snapshot.date };
    const perTreaty = TREATIES.map((instrument) => {
      const parties = states.filter((s) => of(s, instrument).status === 'party');
      return {
        instrument,
        ...common,
        count: f.snapshot ? parties.length : null,
        states: parties,
        approximateStates: parties.filter((s) => of(s, instrument).approximate),
        notRecordedSeparately: states.filter((s) => of(s, instrument).status === 'not_recorded_separately'),
      };
    });
    /** States party to every one of `instruments` on `asOf` (approximate when any of them is). */
    const partiesToAll = (instruments: Treaty[]) => {
      const parties = states.filter((s) => instruments.every((i) => of(s, i).status === 'party'));
      return {
        instruments,
        ...common,
        count: f.snapshot ? parties.length : null,
        states: parties,
        approximateStates: parties.filter((s) => instruments.some((i) => of(s, i).approximate)),
      };
    };
    return { perTreaty, partiesToAll };
  }

  async ofState(actor: Actor, state: string) {
    await this.legislation.requireStates('state', [state]);
    const facts = await this.facts(actor, state);
    const name = (await this.legislation.memberStates()).find((m) => m.code === state)!.name;
    return { state, name, dataArrived: !!facts.snapshot, snapshot: facts.snapshot, treaties: statusOf(state, facts) };
  }

  /** Every member state's status today, with the sources the table cites. */
  async overview() {
    const [facts, members] = await Promise.all([this.facts(null), this.legislation.memberStates()]);
    const sources = new Map<string, number>();
    for (const r of [...facts.actions, ...facts.reports]) sources.set(r.source, (sources.get(r.source) ?? 0) + 1);
    return {
      dataArrived: !!facts.snapshot,
      snapshot: facts.snapshot,
      states: members.map((m) => ({ state: m.code, name: m.name, treaties: statusOf(m.code, facts).map(({ pending: _pending, ...t }) => t) })),
      sources: [...sources].map(([source, rows]) => ({ source, rows })).sort((a, b) => b.rows - a.rows || a.source.localeCompare(b.source)),
    };
  }

  async records(actor: Actor, filter: { state?: string; workflow?: string }) {
    if (filter.state) await this.legislation.requireStates('state', [filter.state]);
    const where = sql.and([
      treatyRecordVisibleTo(actor, 'r'),
      ...(filter.state ? [sql`r.state = ${filter.state}`] : []),
      ...(filter.workflow ? [sql`r.workflow = ${filter.workflow}`] : []),
    ]);
    const [snapshot, rows] = await Promise.all([this.store.snapshot(), this.store.records(where)]);
    return { records: rows.map((r) => recordOut(r, snapshot?.date ?? null)) };
  }

  async record(actor: Actor, input: TreatyRecordInput) {
    await this.legislation.requireStates('state', [input.state]);
    if (!canVouchForState(actor, input.state)) throw new Forbidden(say('treatyKeepers', { state: stateName(input.state) }));
    const precision = input.when.length === 10 ? 'day' : input.when.length === 7 ? 'month' : 'year';
    if (countsFrom(input.when, precision, null)! > today()) throw new Invalid('when', say('notInFuture'));
    return this.db.transaction(async () => {
      const id = await this.store.createRecord({ ...input, period: input.when, precision }, actor.userId);
      await this.audit.record(actor, {
        action: 'legislation.treaty_record.create',
        outcome: 'ok',
        targetType: 'treaty_record',
        targetId: id,
        detail: { state: input.state, instrument: input.instrument, action: input.action, when: input.when, source: input.source },
      });
      return this.one(actor, id);
    });
  }

  /** A coordinator of another state validates (it then counts) or returns with a reason. */
  async review(actor: Actor, id: string, outcome: 'validated' | 'returned', reason: string | null) {
    const record = await this.store.record(id);
    if (!record || !canSeeTreatyRecord(actor, record)) throw new NotFound(`treaty record ${id}`);
    const refusal = validationRefusal(actor, record.state);
    if (refusal)
      throw new Forbidden(refusal === 'own_state' ? say('reviewOtherState') : say('reviewCoordinators'), {
        error: refusal,
      });
    return this.db.transaction(async () => {
      if (!(await this.store.review(id, outcome, actor.userId, reason)))
        throw new Conflict(say('reviewedAlready', { workflow: workflowWord(record.workflow) }));
      await this.audit.record(actor, {
        action: outcome === 'validated' ? 'legislation.treaty_record.validate' : 'legislation.treaty_record.return',
        outcome: 'ok',
        targetType: 'treaty_record',
        targetId: id,
        detail: { state: record.state, ...(reason ? { reason } : {}) },
      });
      return this.one(actor, id);
    });
  }

  private async one(actor: Actor, id: string) {
    const [row] = await this.store.records(sql`r.id = ${id} AND ${treatyRecordVisibleTo(actor, 'r')}`);
    if (!row) throw new NotFound(`treaty record ${id}`);
    return recordOut(row, (await this.store.snapshot())?.date ?? null);
  }
}

function recordOut(r: RecordRow, snapshot: string | null) {
  return { ...(recordView(r, snapshot) as FocalPointView), state: r.state, instrument: r.instrument as Treaty };
}
