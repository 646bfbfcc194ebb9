// Verifies the audit chain: every row's hash recomputed and every link to its predecessor checked.
import { type Db, sql } from '../db/index.js';
import { entryHash } from './log.js';

export type VerifyResult = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string };

const GENESIS = '0'.repeat(64);
const BATCH = 5000;

export async function verifyAudit(db: Db): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let count = 0;
  let after = 0;
  for (;;) {
    const rows = await db.query<{
      id: number;
      at: Date;
      actor_id: string | null;
      actor_email: string | null;
      actor_state: string | null;
      ip: string | null;
      action: string;
      target_type: string | null;
      target_id: string | null;
      outcome: string;
      detail: unknown;
      prev_hash: string;
      hash: string;
    }>(sql`SELECT * FROM audit_log WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`);
    if (rows.length === 0) break;
    for (const row of rows) {
      // Ids may skip (a rolled-back transaction consumes a sequence value); the hash links may not.
      if (row.prev_hash !== prevHash) return { ok: false, entries: count, brokenAt: row.id, reason: 'link to the previous entry is broken' };
      const recomputed = entryHash(prevHash, { ...row, at: new Date(row.at).toISOString() });
      if (recomputed !== row.hash) return { ok: false, entries: count, brokenAt: row.id, reason: 'entry was altered (hash mismatch)' };
      prevHash = row.hash;
      after = row.id;
      count++;
    }
  }
  return { ok: true, entries: count };
}
