// Plans of action: strategies and actions, each acting state's progress, the coordinator's dashboard and overdue reminders.
import { randomUUID } from 'node:crypto';
import { type Actor, recordedBy } from '../../access/actor.js';
import { actionAbilities, canAddAction, canReportFor, followsProgressOf, planAbilities } from '../../access/plans.js';
import { today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import type { MembersService } from '../members/service.js';
import { capacityKinds } from './capacity.js';
import { chairReportMarkdown } from './chair-report.js';
import { say } from './messages.js';
import type { Action, ActionInput, Plan, PlanInput, Progress, ProgressInput } from './schemas.js';
import { PlansStore } from './store.js';

/** What meetings (and anyone else) pass to record an action arising. */
export interface NewActionInput extends ActionInput {
  planId: string;
  origin?: string;
  originRef?: string | null;
}

export class PlansService {
  readonly store: PlansStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly members: MembersService,
  ) {
    this.store = new PlansStore(db);
  }

  /** Member states and territories by code (the states "all countries" means), with names. */
  async stateNames(): Promise<Map<string, string>> {
    const { members } = await this.members.directory({});
    return new Map(members.filter((m) => m.kind !== 'organisation').map((m) => [m.code, m.name]));
  }

  /** The states that act on an action: every member state when it says "all countries". */
  actingStatesOf(action: Action, states: Map<string, string>): string[] {
    return action.allStates ? [...states.keys()] : action.actingStates;
  }

  /** Plans with their strategies and actions, each with what this actor may do with it (`can`, from access/plans.ts). */
  async list(actor: Actor, id?: string): Promise<{ plans: Plan[] }> {
    const { plans } = await this.load(id);
    const names = await this.stateNames();
    return {
      plans: plans.map((p) => ({
        ...p,
        can: planAbilities(actor),
        actions: p.actions.map((a) => ({ ...a, can: actionAbilities(actor, this.actingStatesOf(a, names)) })),
      })),
    };
  }

  async get(actor: Actor, id: string): Promise<Plan> {
    const [plan] = (await this.list(actor, id)).plans;
    if (!plan) throw new NotFound(`plan ${id}`);
    return plan;
  }

  /** Whether a plan with this id exists (meetings keep their actions arising in their group's plan). */
  async has(id: string): Promise<boolean> {
    return (await this.store.plans(id)).length > 0;
  }

  private async load(id?: string): Promise<{ plans: Plan[] }> {
    const plans = await this.store.plans(id);
    const ids = plans.map((p) => p.id);
    const [strategies, actions] = await Promise.all([this.store.strategies(ids), this.store.actions(ids)]);
    return {
      plans: plans.map((p) => ({
        ...p,
        strategies: strategies.filter((s) => s.planId === p.id).map(({ id: sid, number, text }) => ({ id: sid, number, text })),
        actions: actions.filter((a) => a.planId === p.id),
      })),
    };
  }

  private async requirePlan(id: string): Promise<Plan> {
    const [plan] = (await this.load(id)).plans;
    if (!plan) throw new NotFound(`plan ${id}`);
    return plan;
  }

  async createPlan(actor: Actor, input: PlanInput, demo = false): Promise<Plan> {
    const id = input.id ?? `plan-${randomUUID().slice(0, 8)}`;
    if ((await this.store.plans(id)).length) throw new Conflict(say('planExists', { id }), { field: 'id' });
    await this.db.transaction(async () => {
      await this.store.insertPlan({
        id,
        title: input.title,
        body: input.body ?? '',
        place: input.place ?? '',
        adoptedOn: input.adoptedOn ?? null,
        reportTo: input.reportTo ?? '',
        reportDueOn: input.reportDueOn ?? null,
        source: actor.kind === 'system' ? 'system' : `recorded by ${actor.email}`,
        reference: false,
        demo,
      });
      await this.audit.record(actor, { action: 'plans.create', outcome: 'ok', targetType: 'plan', targetId: id });
    });
    return this.get(actor, id);
  }

  /** The plan with this id, created when missing (meetings keep their actions arising in their group's plan). */
  async ensurePlan(actor: Actor, input: PlanInput & { id: string }, demo = false): Promise<Plan> {
    if (await this.has(input.id)) return this.get(actor, input.id);
    return this.createPlan(actor, input, demo);
  }

  async updatePlan(actor: Actor, id: string, patch: { title?: string; reportTo?: string; reportDueOn?: string | null }): Promise<Plan> {
    await this.requirePlan(id);
    await this.db.transaction(async () => {
      await this.store.updatePlan(id, patch);
      await this.audit.record(actor, { action: 'plans.update', outcome: 'ok', targetType: 'plan', targetId: id, detail: { fields: Object.keys(patch) } });
    });
    return this.get(actor, id);
  }

  /**
   * Adds an action to a plan: acting states ('all' or member codes), coordinators (member states or organisations), dates.
   * Meetings call this for their actions arising, with origin 'meeting' and originRef the meeting id.
   */
  async addAction(actor: Actor, input: NewActionInput, demo = false): Promise<Action> {
    await this.requirePlan(input.planId);
    if (input.actingStates !== 'all') await this.members.requireMembers('actingStates', input.actingStates);
    await this.members.requireMembers('coordinators', input.coordinators ?? []);
    if (input.strategyId) {
      const strategy = await this.store.strategy(input.strategyId);
      if (!strategy || strategy.planId !== input.planId) throw new Invalid('strategyId', say('noStrategy'));
    }
    if (input.startsOn && input.dueOn && input.dueOn < input.startsOn) throw new Invalid('dueOn', say('dueBeforeStart'));
    if (!canAddAction(actor)) throw new Forbidden(say('addActions'));
    return this.db.transaction(async () => {
      const id = await this.store.upsertAction({
        planId: input.planId,
        strategyId: input.strategyId ?? null,
        text: input.text,
        allStates: input.actingStates === 'all',
        actingStates: input.actingStates === 'all' ? [] : [...new Set(input.actingStates)],
        coordinators: [...new Set(input.coordinators ?? [])],
        toBeConfirmed: false,
        startsOn: input.startsOn ?? null,
        dueOn: input.dueOn ?? null,
        origin: input.origin ?? 'plan',
        originRef: input.originRef ?? null,
        demo,
      });
      await this.audit.record(actor, {
        action: 'plans.action.create',
        outcome: 'ok',
        targetType: 'plan_action',
        targetId: id,
        detail: { planId: input.planId, origin: input.origin ?? 'plan' },
      });
      const action = (await this.store.action(id))!;
      return { ...action, can: actionAbilities(actor, this.actingStatesOf(action, await this.stateNames())) };
    });
  }

  async requireAction(id: string): Promise<Action> {
    const action = await this.store.action(id);
    if (!action) throw new NotFound(`action ${id}`);
    return action;
  }

  /**
   * An acting state reports its progress on an action; anyone else is refused and nothing is written. A user reports for
   * their own state; the system (reference and demo data) names the state in `options.state`.
   */
  async report(actor: Actor, actionId: string, input: ProgressInput, options: { state?: string; demo?: boolean } = {}): Promise<Progress> {
    const action = await this.requireAction(actionId);
    const acting = this.actingStatesOf(action, await this.stateNames());
    const state = actor.kind === 'system' ? (options.state ?? null) : actor.state;
    const demo = options.demo ?? false;
    if (!canReportFor(actor, acting, state))
      throw new Forbidden(state ? say('notActing', { state: stateName(state) }) : say('rsoNotActing'), {
        field: 'state',
        actingStates: acting.length > 10 ? 'all' : acting,
      });
    const known = new Set(capacityKinds().map((k) => k.id));
    (input.capacityNeeds ?? []).forEach((n, i) => {
      if (!known.has(n)) throw new Invalid(`capacityNeeds.${i}`, say('unknownKind', { kind: n }));
    });
    return this.db.transaction(async () => {
      const id = await this.store.insertProgress({
        actionId,
        state: state!,
        status: input.status,
        narrative: input.narrative,
        evidence: input.evidence ?? '',
        capacityNeeds: [...new Set(input.capacityNeeds ?? [])],
        capacityNote: input.capacityNote ?? '',
        reportedBy: recordedBy(actor),
        demo,
      });
      await this.audit.record(actor, {
        action: 'plans.progress.report',
        outcome: 'ok',
        targetType: 'plan_action',
        targetId: actionId,
        detail: { state, status: input.status, reportId: id },
      });
      return (await this.store.progressById(id))!;
    });
  }

  async progress(actionId: string) {
    await this.requireAction(actionId);
    return { reports: await this.store.progressOf(actionId) };
  }

  private dueOf(action: Action, plan: { reportDueOn: string | null }): string | null {
    return action.dueOn ?? plan.reportDueOn;
  }

  /** For each action: every acting state, its latest report (or none), and whether it is overdue. */
  async dashboard(planId: string, on: string = today()) {
    const plan = await this.requirePlan(planId);
    const names = await this.stateNames();
    const latest = await this.store.latestProgress(plan.actions.map((a) => a.id));
    return {
      plan: { id: plan.id, title: plan.title, reportDueOn: plan.reportDueOn },
      actions: plan.actions.map((action) => {
        const due = this.dueOf(action, plan);
        const states = this.actingStatesOf(action, names).map((state) => {
          const l = latest.find((p) => p.actionId === action.id && p.state === state);
          return {
            state,
            name: names.get(state) ?? state,
            latest: l ? { status: l.status, reportedAt: l.reportedAt, demo: l.demo } : null,
            overdue: Boolean(due && due < on && l?.status !== 'completed'),
          };
        });
        return { action, reported: states.filter((s) => s.latest).length, acting: states.length, states };
      }),
    };
  }

  /** Overdue actions of the actor's state (or, for the RSO and coordinators, of every state on actions they follow). */
  async reminders(actor: Actor, on: string = today()) {
    return { reminders: await this.overdue(on, (action, state) => followsProgressOf(actor, action, state)) };
  }

  /** Every acting state's overdue actions (not reported, or reported but not completed) as of `on`, for those `include` keeps. */
  async overdue(on: string = today(), include: (action: Action, state: string) => boolean = () => true) {
    const { plans } = await this.load();
    const names = await this.stateNames();
    const latest = await this.store.latestProgress(plans.flatMap((p) => p.actions.map((a) => a.id)));
    const reminders = [];
    for (const plan of plans) {
      for (const action of plan.actions) {
        const due = this.dueOf(action, plan);
        if (!due || due >= on) continue;
        for (const state of this.actingStatesOf(action, names).filter((s) => include(action, s))) {
          const l = latest.find((p) => p.actionId === action.id && p.state === state);
          if (l?.status === 'completed') continue;
          reminders.push({
            planId: plan.id,
            planTitle: plan.title,
            actionId: action.id,
            actionText: action.text,
            strategyNumber: action.strategyNumber,
            state,
            dueOn: due,
            reason: l ? ('not_completed' as const) : ('not_reported' as const),
          });
        }
      }
    }
    return reminders;
  }

  /** The coordinator's report to the chair as Markdown: progress by country and capacity needs, from the latest reports (audited). */
  async chairReport(actor: Actor, planId: string, coordinator: string | null = null, on: string = today()) {
    const plan = await this.requirePlan(planId);
    await this.audit.record(actor, { action: 'plans.chair_report', outcome: 'ok', targetType: 'plan', targetId: plan.id });
    const states = await this.stateNames();
    const acting = new Map(plan.actions.map((a) => [a.id, this.actingStatesOf(a, states)]));
    const names = new Map(states);
    for (const m of (await this.members.directory({ kind: 'organisation' })).members) names.set(m.code, m.name);
    const latest = await this.store.latestProgress(plan.actions.map((a) => a.id));
    return { plan, markdown: chairReportMarkdown({ plan, on, acting, names, latest, coordinator }) };
  }
}
