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

/** A queue as pg-boss keeps it in pgboss.queue (what a backup carries). */
export interface QueueRow {
  name: string;
  policy: string | null;
  retry_limit: number | null;
  retry_delay: number | null;
  retry_backoff: boolean | null;
  expire_seconds: number | null;
  retention_minutes: number | null;
  dead_letter: string | null;
}

/**
 * For restore: deletes every queue with its partition of pgboss.job (queues that name a dead-letter queue first).
 * Their jobs go first: pg-boss's foreign keys from a job to its queue are ON DELETE RESTRICT, and a portal that has
 * run its duties keeps completed jobs for a day (the restore loads the backed-up jobs afterwards).
 */
export async function dropQueues(db: Db): Promise<void> {
  await db.queryText('DELETE FROM pgboss.job');
  const queues = (await db.queryText('SELECT name FROM pgboss.queue ORDER BY dead_letter IS NULL, name')).rows as { name: string }[];
  for (const q of queues) await db.queryText('SELECT pgboss.delete_queue($1)', [q.name]);
}

/**
 * For restore: creates each queue with its options, which writes its pgboss.queue row AND the partition table of
 * pgboss.job that its jobs need. Load pgboss.queue's rows through this, never directly (pg-boss creates a partition
 * only for a queue it inserts itself); then load pgboss.job and pgboss.archive. Queues already present are kept.
 */
export async function recreateQueues(db: Db, queues: readonly QueueRow[]): Promise<void> {
  // Dead-letter queues first: a queue's row refers to its dead-letter queue.
  const ordered = [...queues].sort((a, b) => Number(Boolean(a.dead_letter)) - Number(Boolean(b.dead_letter)));
  for (const q of ordered) {
    const options = {
      policy: q.policy ?? 'standard',
      retryLimit: q.retry_limit,
      retryDelay: q.retry_delay,
      retryBackoff: q.retry_backoff,
      expireInSeconds: q.expire_seconds,
      retentionMinutes: q.retention_minutes,
      deadLetter: q.dead_letter,
    };
    await db.queryText('SELECT pgboss.create_queue($1, $2::json)', [q.name, JSON.stringify(options)]);
  }
}
