// SQL for plans of action, their strategies and actions, and progress reports.
import { type Db, sql } from '../../db/index.js';
import type { Action, Plan, Progress } from './schemas.js';

const actionCols = sql`a.id, a.plan_id AS "planId", a.strategy_id AS "strategyId", s.number AS "strategyNumber", a.text, a.all_states AS "allStates",
  a.acting_states AS "actingStates", a.coordinators, a.to_be_confirmed AS "toBeConfirmed", a.starts_on AS "startsOn", a.due_on AS "dueOn",
  a.origin, a.origin_ref AS "originRef", a.demo`;
const progressCols = sql`id::text, action_id AS "actionId", state, status, narrative, evidence, capacity_needs AS "capacityNeeds",
  capacity_note AS "capacityNote", reported_at AS "reportedAt", demo`;

export interface PlanRow {
  id: string;
  title: string;
  body: string;
  place: string;
  adoptedOn: string | null;
  reportTo: string;
  reportDueOn: string | null;
  source: string;
  reference: boolean;
  demo: boolean;
}

export interface NewAction {
  id?: string;
  planId: string;
  strategyId: string | null;
  text: string;
  allStates: boolean;
  actingStates: string[];
  coordinators: string[];
  toBeConfirmed: boolean;
  startsOn: string | null;
  dueOn: string | null;
  origin: string;
  originRef: string | null;
  demo: boolean;
}

export class PlansStore {
  constructor(private readonly db: Db) {}

  plans(id?: string) {
    return this.db.query<Omit<Plan, 'strategies' | 'actions'>>(sql`
      SELECT id, title, body, place, adopted_on AS "adoptedOn", report_to AS "reportTo", report_due_on AS "reportDueOn", source, reference, demo
      FROM plans ${id ? sql`WHERE id = ${id}` : sql``} ORDER BY reference DESC, adopted_on DESC NULLS LAST, title`);
  }

  strategies(planIds: string[]) {
    return this.db.query<{ id: string; planId: string; number: number; text: string }>(sql`
      SELECT id, plan_id AS "planId", number, text FROM plan_strategies WHERE plan_id = ANY(${planIds}::text[]) ORDER BY number`);
  }

  actions(planIds: string[]) {
    return this.db.query<Action>(sql`SELECT ${actionCols} FROM plan_actions a LEFT JOIN plan_strategies s ON s.id = a.strategy_id
      WHERE a.plan_id = ANY(${planIds}::text[]) ORDER BY s.number NULLS LAST, a.created_at, a.id`);
  }

  action(id: string) {
    return this.db.one<Action>(sql`SELECT ${actionCols} FROM plan_actions a LEFT JOIN plan_strategies s ON s.id = a.strategy_id WHERE a.id = ${id}`);
  }

  async upsertPlan(p: PlanRow) {
    await this.db.query(sql`
      INSERT INTO plans (id, title, body, place, adopted_on, report_to, report_due_on, source, reference, demo)
      VALUES (${p.id}, ${p.title}, ${p.body}, ${p.place}, ${p.adoptedOn}, ${p.reportTo}, ${p.reportDueOn}, ${p.source}, ${p.reference}, ${p.demo})
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, place = excluded.place, adopted_on = excluded.adopted_on,
        report_to = excluded.report_to, source = excluded.source, reference = excluded.reference`);
  }

  async insertPlan(p: PlanRow) {
    await this.db.query(sql`
      INSERT INTO plans (id, title, body, place, adopted_on, report_to, report_due_on, source, reference, demo)
      VALUES (${p.id}, ${p.title}, ${p.body}, ${p.place}, ${p.adoptedOn}, ${p.reportTo}, ${p.reportDueOn}, ${p.source}, ${p.reference}, ${p.demo})`);
  }

  async updatePlan(id: string, patch: { title?: string; reportTo?: string; reportDueOn?: string | null }) {
    const sets = [];
    if (patch.title !== undefined) sets.push(sql`title = ${patch.title}`);
    if (patch.reportTo !== undefined) sets.push(sql`report_to = ${patch.reportTo}`);
    if (patch.reportDueOn !== undefined) sets.push(sql`report_due_on = ${patch.reportDueOn}`);
    if (sets.length) await this.db.query(sql`UPDATE plans SET ${sql.join(sets)} WHERE id = ${id}`);
  }

  async upsertStrategy(s: { id: string; planId: string; number: number; text: string }) {
    await this.db.query(sql`INSERT INTO plan_strategies (id, plan_id, number, text) VALUES (${s.id}, ${s.planId}, ${s.number}, ${s.text})
      ON CONFLICT (id) DO UPDATE SET number = excluded.number, text = excluded.text`);
  }

  async strategy(id: string) {
    return this.db.one<{ id: string; planId: string }>(sql`SELECT id, plan_id AS "planId" FROM plan_strategies WHERE id = ${id}`);
  }

  /** Inserts an action, or refreshes a reference action's text and states (its reports stay). */
  async upsertAction(a: NewAction): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO plan_actions (id, plan_id, strategy_id, text, all_states, acting_states, coordinators, to_be_confirmed, starts_on, due_on, origin, origin_ref, demo)
      VALUES (coalesce(${a.id ?? null}, gen_random_uuid()::text), ${a.planId}, ${a.strategyId}, ${a.text}, ${a.allStates}, ${a.actingStates}::text[],
        ${a.coordinators}::text[], ${a.toBeConfirmed}, ${a.startsOn}, ${a.dueOn}, ${a.origin}, ${a.originRef}, ${a.demo})
      ON CONFLICT (id) DO UPDATE SET text = excluded.text, all_states = excluded.all_states, acting_states = excluded.acting_states,
        coordinators = excluded.coordinators, to_be_confirmed = excluded.to_be_confirmed
      RETURNING id`);
    return row!.id;
  }

  async insertProgress(p: Omit<Progress, 'id' | 'reportedAt'> & { reportedBy: string | null }): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO progress_reports (action_id, state, status, narrative, evidence, capacity_needs, capacity_note, reported_by, demo)
      VALUES (${p.actionId}, ${p.state}, ${p.status}, ${p.narrative}, ${p.evidence}, ${p.capacityNeeds}::text[], ${p.capacityNote}, ${p.reportedBy}, ${p.demo})
      RETURNING id::text`);
    return row!.id;
  }

  progressOf(actionId: string) {
    return this.db.query<Progress>(sql`SELECT ${progressCols} FROM progress_reports WHERE action_id = ${actionId} ORDER BY reported_at DESC`);
  }

  /** The latest report of each state on each action of these actions. */
  latestProgress(actionIds: string[]) {
    return this.db.query<Progress>(sql`
      SELECT DISTINCT ON (action_id, state) ${progressCols} FROM progress_reports WHERE action_id = ANY(${actionIds}::text[])
      ORDER BY action_id, state, reported_at DESC`);
  }

  progressById(id: string) {
    return this.db.one<Progress>(sql`SELECT ${progressCols} FROM progress_reports WHERE id = ${id}`);
  }
}
