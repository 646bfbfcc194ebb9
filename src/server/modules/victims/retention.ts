// Retention: a case past its retention period is erased with its consents and timeline, each in its own transaction.
import { SYSTEM_ACTOR } from '../../access/actor.js';
import { today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import type { VictimsStore } from './store.js';

/**
 * The scheduled duty: every case past its retention period is erased with its consents and timeline. The audit keeps
 * a trace without personal data (reference, parties, kind, status, month identified); the regional counts stay.
 */
export async function eraseExpired(db: Db, store: VictimsStore, audit: AuditLog, now: Date = new Date()): Promise<{ erased: number }> {
  let erased = 0;
  for (;;) {
    const batch = await store.expired(today(now), 200);
    if (!batch.length) break;
    for (const c of batch)
      await db.transaction(async () => {
        await store.erase(c.id);
        await audit.record(SYSTEM_ACTOR, {
          action: 'victims.erase',
          outcome: 'ok',
          targetType: 'victim_case',
          targetId: c.id,
          detail: {
            reference: c.reference,
            kind: c.kind,
            hostState: c.hostState,
            homeState: c.homeState,
            referredTo: c.referredTo,
            status: c.status,
            identifiedMonth: c.identifiedMonth,
            retentionUntil: c.retentionUntil,
          },
        });
      });
    erased += batch.length;
  }
  return { erased };
}
