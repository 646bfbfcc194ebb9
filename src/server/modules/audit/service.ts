// The audit trail as administrators read it: filtered, paged, and verified end to end.

import type { AuditLog } from '../../audit/log.js';
import { verifyAudit } from '../../audit/verify.js';
import { type Db, type Sql, sql } from '../../db/index.js';

export interface AuditFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: string;
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}

export class AuditService {
  constructor(
    private readonly db: Db,
    _audit: AuditLog,
  ) {}

  async list(f: AuditFilter) {
    const where: Sql[] = [];
    if (f.actor) where.push(sql`lower(coalesce(actor_email, '')) LIKE ${`%${f.actor.toLowerCase()}%`}`);
    if (f.action) where.push(sql`action LIKE ${`${f.action}%`}`);
    if (f.targetType) where.push(sql`target_type = ${f.targetType}`);
    if (f.targetId) where.push(sql`target_id = ${f.targetId}`);
    if (f.outcome) where.push(sql`outcome = ${f.outcome}`);
    if (f.from) where.push(sql`at >= ${f.from}::date`);
    if (f.to) where.push(sql`at < ${f.to}::date + 1`);
    if (f.before) where.push(sql`id < ${f.before}`);
    const rows = await this.db.query<{
      id: number;
      at: Date;
      actor_email: string | null;
      actor_state: string | null;
      ip: string | null;
      action: string;
      target_type: string | null;
      target_id: string | null;
      outcome: string;
      detail: Record<string, unknown>;
    }>(sql`SELECT id, at, actor_email, actor_state, ip, action, target_type, target_id, outcome, detail
           FROM audit_log WHERE ${sql.and(where)} ORDER BY id DESC LIMIT ${f.limit}`);
    return {
      entries: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor_email,
        actorState: r.actor_state,
        ip: r.ip,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        outcome: r.outcome,
        detail: r.detail,
      })),
      nextBefore: rows.length === f.limit ? rows[rows.length - 1].id : null,
    };
  }

  verify() {
    return verifyAudit(this.db);
  }
}
