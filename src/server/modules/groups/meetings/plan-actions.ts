// Actions arising from a meeting become actions of the group's forward work plan in the plans-of-action capability,
// so that progress, overdue follow-up and the coordinator's report work on them like on any plan action.
import type { Actor } from '../../../audit/log.js';
import { NotFound } from '../../../errors.js';
import type { GroupRow } from '../store.js';
import type { MeetingRow } from './store.js';
import type { ActionInput } from './schemas.js';

/** The part of the plans service that meetings use (kept structural so the groups module does not reach into plans). */
export interface PlanActionsPort {
  get(id: string): Promise<unknown>;
  createPlan(keeper: 'system', input: { id: string; title: string; body?: string; reportTo?: string }, actor: Actor, demo?: boolean): Promise<unknown>;
  addAction(
    keeper: 'system',
    input: { planId: string; text: string; actingStates: string[] | 'all'; coordinators?: string[]; dueOn?: string | null; origin?: string; originRef?: string | null },
    actor: Actor,
    demo?: boolean,
  ): Promise<{ id: string }>;
}

/** The id of a working group's forward work plan ("the initial Roundtable ... to develop a forward work plan"). */
export const workPlanId = (groupCode: string) => `wg-${groupCode}`;

/** Records the action in the group's work plan (created on first use) and returns the plan action's id. */
export async function recordPlanAction(
  plans: PlanActionsPort, group: GroupRow, meeting: MeetingRow, input: ActionInput, coChairs: string[], who: Actor, demo: boolean,
): Promise<string> {
  const planId = workPlanId(group.code);
  try {
    await plans.get(planId);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    await plans.createPlan('system', {
      id: planId, title: `Forward work plan: ${group.name}`, body: 'Actions arising from the meetings of the working group.', reportTo: 'Bali Process Steering Group',
    }, who, demo || group.demo);
  }
  const action = await plans.addAction('system', {
    planId, text: input.description,
    actingStates: input.responsibleStates.length ? input.responsibleStates : group.member_states,
    coordinators: coChairs, dueOn: input.dueOn, origin: 'meeting', originRef: meeting.id,
  }, who, demo);
  return action.id;
}
