// Notification access: who keeps a state's webhook, and whose deliveries (e-mail, webhook) a user may follow, as the
// single-delivery rule and its SQL twin.
import { type Sql, sql } from '../db/index.js';
import { hasRole, type Subject } from './subject.js';

/** A focal point keeps their own state's webhook (sets it; its signing secret is shown once). */
export function keepsStateWebhook(subject: Subject, state: string): boolean {
  return subject.state === state && hasRole(subject, 'focal_point');
}

/** A state's webhook address (never its secret) is seen by that state's users only. */
export function seesStateWebhook(subject: Subject, state: string): boolean {
  return subject.state === state;
}

/** Deliveries a user may follow: their own; a focal point also their state's webhooks; the RSO administrator all. */
export function followsDelivery(subject: Subject, d: { state: string | null; userId: string | null }): boolean {
  if (hasRole(subject, 'admin')) return true;
  if (d.userId === subject.userId) return true;
  return hasRole(subject, 'focal_point') && subject.state !== null && d.state === subject.state;
}

/** SQL twin of followsDelivery() over a deliveries row aliased `alias` (columns state, user_id). */
export function deliveriesFollowedBy(subject: Subject, alias: string): Sql {
  if (hasRole(subject, 'admin')) return sql`TRUE`;
  const c = (name: string) => sql.raw(`${alias}.${name}`);
  const own = sql`${c('user_id')} = ${subject.userId}`;
  if (hasRole(subject, 'focal_point') && subject.state !== null) return sql`(${own} OR ${c('state')} = ${subject.state})`;
  return own;
}
