// Actions arising from a meeting become actions of the group's forward work plan in the plans-of-action capability,
// so that progress, overdue follow-up and the coordinator's report work on them like on any plan action. The meeting's
// lead was checked here; the plan write is the system mirroring it (the meeting's audit entry names the person).
import { type Actor, SYSTEM_ACTOR } from '../../../access/actor.js';
import type { GroupRow } from '../store.js';
import type { ActionInput } from './schemas.js';
import type { MeetingRow } from './store.js';

/** The part of the plans service that meetings use (kept structural so the groups module does not reach into plans). */
export interface PlanActionsPort {
  has(id: string): Promise<boolean>;
  createPlan(actor: Actor, input: { id: string; title: string; body?: string; reportTo?: string }, demo?: boolean): Promise<unknown>;
  addAction(
    actor: Actor,
    input: {
      planId: string;
      text: string;
      actingStates: string[] | 'all';
      coordinators?: string[];
      dueOn?: string | null;
      origin?: string;
      originRef?: string | null;
    },
    demo?: boolean,
  ): Promise<{ id: string }>;
}

/** The id of a working group's forward work plan ("the initial Roundtable ... to develop a forward work plan"). */
export const workPlanId = (groupCode: string) => `wg-${groupCode}`;

/** Records the action in the group's work plan (created on first use) and returns the plan action's id. */
export async function recordPlanAction(
  plans: PlanActionsPort,
  group: GroupRow,
  meeting: MeetingRow,
  input: ActionInput,
  coChairs: string[],
  demo: boolean,
): Promise<string> {
  const planId = workPlanId(group.code);
  if (!(await plans.has(planId))) {
    await plans.createPlan(
      SYSTEM_ACTOR,
      {
        id: planId,
        title: `Forward work plan: ${group.name}`,
        body: 'Actions arising from the meetings of the working group.',
        reportTo: 'Bali Process Steering Group',
      },
      demo || group.demo,
    );
  }
  const action = await plans.addAction(
    SYSTEM_ACTOR,
    {
      planId,
      text: input.description,
      actingStates: input.responsibleStates.length ? input.responsibleStates : group.member_states,
      coordinators: coChairs,
      dueOn: input.dueOn,
      origin: 'meeting',
      originRef: meeting.id,
    },
    demo,
  );
  return action.id;
}
