// The accounts duty: every night, warn holders of a clearance that ends within 30 days, and whoever vouches for it.

import { today } from '../../access/subject.js';
import { day } from '../../i18n/text.js';
import { term } from '../../i18n/vocabulary.js';
import type { JobDefinition, JobsContext } from '../../jobs/definition.js';
import { notice } from '../notifications/notices.js';

const JOB = 'accounts.clearance_expiry';
export const CLEARANCE_WARNING_DAYS = 30;

export function accountsJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: JOB,
      description:
        'Warns each account whose clearance ends within 30 days, and the focal points of its state (RSO administrators for RSO accounts), once per expiry date.',
      schedule: '20 0 * * *',
      run: async ({ actor, now }) => {
        const until = today(new Date(now.getTime() + CLEARANCE_WARNING_DAYS * 86_400_000));
        let sent = 0;
        for (const u of await services.accounts.clearancesEnding(today(now), until)) {
          const vouchers = (await services.accounts.vouchersFor(u.state)).filter((id) => id !== u.id);
          const told = await services.notifications.notifyOnce(
            actor,
            JOB,
            { key: `${u.id}:${u.clearanceExpires}`, targetType: 'user', targetId: u.id, detail: { clearance: u.clearance, expires: u.clearanceExpires } },
            [
              {
                userIds: [u.id],
                message: {
                  kind: 'clearance.expiring',
                  title: notice('clearanceEnds', { clearance: term('classification', u.clearance), day: day(u.clearanceExpires) }),
                  body: notice('clearanceEndsBody'),
                  link: '/profile',
                },
              },
              {
                userIds: vouchers,
                message: {
                  kind: 'clearance.expiring',
                  title: notice('vouchedClearanceEnds', { clearance: term('classification', u.clearance), day: day(u.clearanceExpires) }),
                  body: notice('vouchedClearanceEndsBody'),
                  link: '/admin/users',
                },
              },
            ],
          );
          if (told) sent++;
        }
        return { warned: sent };
      },
    },
  ];
}
