// The directory duty: every Monday, tell each state's focal points which of its entries nobody has confirmed for 12 months.

import { stateName } from '../../i18n/states.js';
import type { JobDefinition, JobsContext } from '../../jobs/definition.js';
import { notice } from '../notifications/notices.js';

const JOB = 'directory.staleness';

export function directoryJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: JOB,
      description:
        'Tells the focal points of each state which of its directory entries nobody has confirmed for 12 months, once per entry until it is confirmed again.',
      schedule: '0 7 * * 1',
      run: async ({ actor }) => {
        const byState = new Map<string, { id: string; label: string; confirmedAt: Date }[]>();
        for (const e of await services.directory.staleEverywhere()) byState.set(e.state, [...(byState.get(e.state) ?? []), e]);
        let notices = 0;
        for (const [state, entries] of byState) {
          // One notice per state per set of stale entries: confirming one and letting it go stale again is a new notice.
          const key = `${state}:${entries
            .map((e) => `${e.id}@${e.confirmedAt.toISOString()}`)
            .sort()
            .join(',')}`;
          const focalPoints = await services.notifications.usersOfState(state, ['focal_point']);
          const told = await services.notifications.notifyOnce(actor, JOB, { key, targetType: 'state', targetId: state, detail: { entries: entries.length } }, [
            {
              userIds: focalPoints.map((u) => u.id),
              message: {
                kind: 'directory.stale',
                title: notice('directoryStale', { count: entries.length, state: stateName(state) }),
                body: entries
                  .map((e) => e.label)
                  .slice(0, 10)
                  .join('; '),
                link: '/directory',
              },
            },
          ]);
          if (told) notices++;
        }
        return { states: notices };
      },
    },
  ];
}
