// Test helpers for the job queue: let its clock (the database's now()) run ahead for jobs that are waiting.
import { type Db, sql } from '../db/index.js';

/** Brings every waiting job `seconds` closer, as if that much time had passed; no test waits on a back-off. */
export async function letQueueTimePass(db: Db, seconds: number): Promise<void> {
  await db.query(sql`UPDATE pgboss.job SET start_after = start_after - make_interval(secs => ${seconds}) WHERE state IN ('created', 'retry')`);
}

/** The state and next start of one job. */
export function jobState(db: Db, id: string) {
  return db.one<{ name: string; state: string; retryCount: number; startAfter: Date; output: unknown }>(
    sql`SELECT name, state::text, retry_count AS "retryCount", start_after AS "startAfter", output FROM pgboss.job WHERE id = ${id}`,
  );
}
