// Append-only, hash-chained audit log: every write and every read of a classified record lands here.
import { createHash } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { type Db, sql } from '../db/index.js';

export type Outcome = 'ok' | 'denied' | 'invalid' | 'not_found' | 'conflict' | 'failed';

export interface AuditEntry {
  action: string;
  outcome: Outcome;
  targetType?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Who an entry names, as the row stores it. Services pass their Actor; only sign-in (before a session exists) and the
 * HTTP error mapping of anonymous requests name a caller this way.
 */
export interface AuditIdentity {
  id: string | null;
  email: string | null;
  state: string | null;
  ip: string | null;
}

/** The row identity of an Actor: the system is recorded as e-mail 'system' with no user id. */
export function auditIdentity(who: Actor | AuditIdentity): AuditIdentity {
  if (!('kind' in who)) return who;
  if (who.kind === 'system') return { id: null, email: 'system', state: null, ip: who.ip };
  return { id: who.userId, email: who.email, state: who.state, ip: who.ip };
}

const GENESIS = '0'.repeat(64);

/** The canonical text that a row's hash covers; change it and every chain breaks. */
export function entryHash(
  prevHash: string,
  row: {
    at: string;
    actor_id: string | null;
    actor_email: string | null;
    actor_state: string | null;
    ip: string | null;
    action: string;
    target_type: string | null;
    target_id: string | null;
    outcome: string;
    detail: unknown;
  },
): string {
  const canonical = JSON.stringify([
    prevHash,
    row.at,
    row.actor_id,
    row.actor_email,
    row.actor_state,
    row.ip,
    row.action,
    row.target_type,
    row.target_id,
    row.outcome,
    stableJson(row.detail),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** JSON with sorted keys, so jsonb's own key order never changes a hash. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Appends one entry, inside the caller's transaction when there is one. */
  async record(who: Actor | AuditIdentity, entry: AuditEntry): Promise<void> {
    const actor = auditIdentity(who);
    await this.db.transaction(async () => {
      // The chain has one writer at a time.
      await this.db.query(sql`SELECT pg_advisory_xact_lock(727275)`);
      const last = await this.db.one<{ hash: string }>(sql`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`);
      const prevHash = last?.hash ?? GENESIS;
      const at = new Date().toISOString();
      const row = {
        at,
        actor_id: actor.id,
        actor_email: actor.email,
        actor_state: actor.state,
        ip: actor.ip,
        action: entry.action,
        target_type: entry.targetType ?? null,
        target_id: entry.targetId ?? null,
        outcome: entry.outcome,
        detail: entry.detail ?? {},
      };
      const hash = entryHash(prevHash, row);
      await this.db.query(sql`
        INSERT INTO audit_log (at, actor_id, actor_email, actor_state, ip, action, target_type, target_id, outcome, detail, prev_hash, hash)
        VALUES (${at}, ${row.actor_id}, ${row.actor_email}, ${row.actor_state}, ${row.ip}, ${row.action}, ${row.target_type},
                ${row.target_id}, ${row.outcome}, ${JSON.stringify(row.detail)}::jsonb, ${prevHash}, ${hash})`);
    });
  }
}
