// The alerts duty: every night, tell each issuer that their alert has expired (it leaves the in-force lists that day).

import { today } from '../../access/subject.js';
import { day } from '../../i18n/text.js';
import type { JobDefinition, JobsContext } from '../../jobs/definition.js';
import { notice } from '../notifications/notices.js';

const JOB = 'alerts.expiry';
/** An alert that expired longer ago than this (the portal was down, or the duty is new) is not announced any more. */
const LOOK_BACK_DAYS = 7;

export function alertsJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: JOB,
      description: 'Tells the issuer of each alert that has expired, once; expired alerts leave the in-force lists on their expiry date.',
      schedule: '10 0 * * *',
      run: async ({ actor, now }) => {
        const from = today(new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000));
        let sent = 0;
        for (const a of await services.alerts.expiredBetween(from, today(now))) {
          const told = await services.notifications.notifyOnce(
            actor,
            JOB,
            { key: a.id, targetType: 'alert', targetId: a.id, detail: { reference: a.reference, expiresOn: a.expiresOn } },
            [
              {
                userIds: a.issuedBy ? [a.issuedBy] : [],
                message: {
                  kind: 'alert.expired',
                  title: notice('alertExpired', { reference: a.reference, day: day(a.expiresOn) }),
                  body: a.title,
                  link: `/alerts/${a.id}`,
                  reference: a.reference,
                },
              },
            ],
          );
          if (told) sent++;
        }
        return { expired: sent };
      },
    },
  ];
}
