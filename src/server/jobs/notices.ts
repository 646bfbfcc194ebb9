// "Tell them once": a duty's notice (a reminder, a warning) is recorded with the notice itself, in one transaction,
// so a re-run, a retry after a crash or a second instance never sends it twice.

import type { Actor } from '../access/actor.js';
import type { AuditLog } from '../audit/log.js';
import { type Db, sql } from '../db/index.js';

export interface Notice {
  /** What the notice is about, unique within the job: e.g. `${actionId}:${state}:${dueOn}`. */
  key: string;
  targetType: string;
  targetId: string;
  detail?: Record<string, unknown>;
}

/** Runs `send` for a notice not yet sent by this job, and audits it; answers false when it was already sent. */
export async function sendOnce(db: Db, audit: AuditLog, actor: Actor, job: string, notice: Notice, send: () => Promise<void>): Promise<boolean> {
  return db.transaction(async () => {
    const fresh = await db.one(sql`INSERT INTO job_notices (job, key) VALUES (${job}, ${notice.key}) ON CONFLICT DO NOTHING RETURNING key`);
    if (!fresh) return false;
    await send();
    await audit.record(actor, { action: job, outcome: 'ok', targetType: notice.targetType, targetId: notice.targetId, detail: notice.detail ?? {} });
    return true;
  });
}
