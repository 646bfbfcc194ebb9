// The plans duty: every Monday, tell each acting state's focal points about its overdue actions, once per action and due date.

import { today } from '../../access/subject.js';
import { day } from '../../i18n/text.js';
import type { JobDefinition, JobsContext } from '../../jobs/definition.js';
import { notice } from '../notifications/notices.js';

const JOB = 'plans.reminders';

export function plansJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: JOB,
      description: 'Tells the focal points of each acting state about actions of a plan that are overdue, once per action and due date.',
      schedule: '0 6 * * 1',
      run: async ({ actor, now }) => {
        let sent = 0;
        for (const r of await services.plans.overdue(today(now))) {
          const focalPoints = await services.notifications.usersOfState(r.state, ['focal_point']);
          const told = await services.notifications.notifyOnce(
            actor,
            JOB,
            {
              key: `${r.actionId}:${r.state}:${r.dueOn}`,
              targetType: 'plan_action',
              targetId: r.actionId,
              detail: { state: r.state, dueOn: r.dueOn, reason: r.reason },
            },
            [
              {
                userIds: focalPoints.map((u) => u.id),
                message: {
                  kind: 'plans.overdue',
                  title: r.strategyNumber
                    ? notice('planOverdueNumbered', { number: r.strategyNumber, plan: r.planTitle, day: day(r.dueOn) })
                    : notice('planOverdue', { plan: r.planTitle, day: day(r.dueOn) }),
                  body: r.reason === 'not_reported' ? notice('planNotReported') : notice('planNotCompleted'),
                  link: `/plans/${r.planId}`,
                  reference: r.planTitle,
                },
              },
            ],
          );
          if (told) sent++;
        }
        return { reminders: sent };
      },
    },
  ];
}
