// The sign-in duty: every hour, remove sessions that have ended and login attempts past any lock-out window.
import type { JobDefinition, JobsContext } from '../jobs/definition.js';

/** Ended sessions stay a day (a user's "signed out" list); login attempts a month (enough to look into a lock-out). */
const KEEP = { sessionsMs: 86_400_000, attemptsMs: 30 * 86_400_000 };

export function authJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: 'auth.cleanup',
      description: 'Removes sessions that ended more than a day ago and login attempts older than 30 days.',
      schedule: '5 * * * *',
      run: ({ actor, now }) => services.auth.cleanup(actor, now, KEEP),
    },
  ];
}
