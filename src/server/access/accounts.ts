// Who may administer which accounts: the RSO admin runs organisations and focal points; a focal point runs
// the accounts of their own state and vouches for their officers' clearance, never above their own.
import { sql, type Sql } from '../db/index.js';
import { clearanceRank, effectiveClearance, hasRole, type Clearance, type Role, type Subject } from './subject.js';

const FOCAL_POINT_GRANTS: readonly Role[] = ['officer', 'analyst', 'policy', 'coordinator', 'observer'];

/** The system actor (CLI, demo seeding) acts with the admin's powers. */
export type AccountsActor = Subject | 'system';

const isAdmin = (a: AccountsActor): a is 'system' | Subject => a === 'system' || hasRole(a, 'admin');
const asSubject = (a: AccountsActor): Subject | null => (a === 'system' ? null : a);

export function grantableRoles(actor: AccountsActor): readonly Role[] {
  if (isAdmin(actor)) return ['admin', 'focal_point', 'officer', 'analyst', 'policy', 'coordinator', 'observer'];
  const s = asSubject(actor);
  if (s && hasRole(s, 'focal_point')) return FOCAL_POINT_GRANTS;
  return [];
}

/** Whether the actor may create or change an account of this organisation's state with these roles. */
export function canManageAccount(actor: AccountsActor, target: { state: string | null; roles: readonly Role[] }): boolean {
  if (isAdmin(actor)) return true;
  const s = asSubject(actor);
  if (!s || !hasRole(s, 'focal_point') || s.state === null) return false;
  if (target.state !== s.state) return false;
  return target.roles.every((r) => FOCAL_POINT_GRANTS.includes(r));
}

/** The highest clearance the actor may vouch for: an admin any, a focal point up to their own in force. */
export function maxVouchable(actor: AccountsActor, now: Date = new Date()): Clearance {
  if (isAdmin(actor)) return 'secret';
  const s = asSubject(actor);
  return s && hasRole(s, 'focal_point') ? effectiveClearance(s, now) : 'none';
}

export function canVouch(actor: AccountsActor, clearance: Clearance, now: Date = new Date()): boolean {
  return clearanceRank(clearance) <= clearanceRank(maxVouchable(actor, now));
}

/** SQL over users `u` joined to organisations `o`: the accounts the actor may see. */
export function accountsScope(actor: AccountsActor): Sql {
  if (isAdmin(actor)) return sql`TRUE`;
  const s = asSubject(actor);
  if (s && hasRole(s, 'focal_point') && s.state) return sql`o.member_code = ${s.state}`;
  return sql`FALSE`;
}

/** SQL over organisations `o`: the organisations the actor may list (to add accounts to). */
export function organisationsScope(actor: AccountsActor): Sql {
  if (isAdmin(actor)) return sql`TRUE`;
  const s = asSubject(actor);
  if (s?.state) return sql`o.member_code = ${s.state}`;
  return sql`FALSE`;
}
