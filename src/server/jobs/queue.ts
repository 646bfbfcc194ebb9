// pg-boss over the portal's own database handle: its SQL joins our transactions (a job enqueued inside a change
// exists only if the change commits) and runs the same on PGlite and PostgreSQL, with no second connection pool.
import PgBoss from 'pg-boss';
import type { Db } from '../db/index.js';

/** The pg-boss schema version that migration 0740 creates; pg-boss refuses to start on any other. */
export const PGBOSS_SCHEMA_VERSION = 24;

/** Failed jobs stay in the live table (visible, and re-runnable by an admin) for 30 days; completed ones for a day. */
const DAY = 86_400;

export function createQueue(db: Db): PgBoss {
  return new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => db.queryText(text, values) as Promise<{ rows: never[] }> },
    schema: 'pgboss',
    // Our migration creates the schema; pg-boss only checks its version at start.
    migrate: false,
    // Our own scheduler claims ticks (injectable clock, one claim across instances); pg-boss's cron is off.
    schedule: false,
    supervise: true,
    archiveCompletedAfterSeconds: DAY,
    archiveFailedAfterSeconds: 30 * DAY,
    deleteAfterDays: 30,
    maintenanceIntervalSeconds: 120,
  });
}
