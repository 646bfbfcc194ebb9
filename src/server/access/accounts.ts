// Who may administer which accounts: the RSO admin (and the system) runs organisations and focal points; a focal point
// runs the accounts of their own state and vouches for their officers' clearance, never above their own.
import { type Sql, sql } from '../db/index.js';
import { CLEARANCES, type Clearance, clearanceRank, effectiveClearance, hasRole, ROLES, type Role, type Subject } from './subject.js';

const FOCAL_POINT_GRANTS: readonly Role[] = ['officer', 'analyst', 'policy', 'coordinator', 'observer'];

/** An account as the rules see it: the member code of its organisation, and its roles. */
export interface AccountFacts {
  state: string | null;
  roles: readonly Role[];
}

export function grantableRoles(actor: Subject): readonly Role[] {
  if (hasRole(actor, 'admin')) return ROLES;
  if (hasRole(actor, 'focal_point')) return FOCAL_POINT_GRANTS;
  return [];
}

/** Whether the actor may create or change an account of this organisation's state with these roles. */
export function canManageAccount(actor: Subject, target: AccountFacts): boolean {
  if (hasRole(actor, 'admin')) return true;
  if (!hasRole(actor, 'focal_point') || actor.state === null) return false;
  if (target.state !== actor.state) return false;
  return target.roles.every((r) => FOCAL_POINT_GRANTS.includes(r));
}

/** Whether the actor sees the account at all (outside it, an account is not even confirmed to exist). */
export function seesAccount(actor: Subject, target: Pick<AccountFacts, 'state'>): boolean {
  if (hasRole(actor, 'admin')) return true;
  return hasRole(actor, 'focal_point') && actor.state !== null && target.state === actor.state;
}

/** SQL twin of seesAccount() over users `u` joined to organisations `o`. */
export function accountsScope(actor: Subject): Sql {
  if (hasRole(actor, 'admin')) return sql`TRUE`;
  if (hasRole(actor, 'focal_point') && actor.state) return sql`o.member_code = ${actor.state}`;
  return sql`FALSE`;
}

/** Whether the actor may list an organisation (to add accounts to it): the admin any, others their own state's. */
export function seesOrganisation(actor: Subject, organisation: { state: string | null }): boolean {
  if (hasRole(actor, 'admin')) return true;
  return actor.state !== null && organisation.state === actor.state;
}

/** SQL twin of seesOrganisation() over organisations `o`. */
export function organisationsScope(actor: Subject): Sql {
  if (hasRole(actor, 'admin')) return sql`TRUE`;
  if (actor.state) return sql`o.member_code = ${actor.state}`;
  return sql`FALSE`;
}

/** The highest clearance the actor may vouch for: an admin any, a focal point up to their own in force. */
export function maxVouchable(actor: Subject, now: Date = new Date()): Clearance {
  if (hasRole(actor, 'admin')) return 'secret';
  return hasRole(actor, 'focal_point') ? effectiveClearance(actor, now) : 'none';
}

export function canVouch(actor: Subject, clearance: Clearance, now: Date = new Date()): boolean {
  return clearanceRank(clearance) <= clearanceRank(maxVouchable(actor, now));
}

/** Whether the actor may disable this account: one they manage, never their own (nobody locks themselves out). */
export function canDisableAccount(actor: Subject, target: AccountFacts & { id: string }): boolean {
  return canManageAccount(actor, target) && target.id !== actor.userId;
}

/**
 * Whether the actor keeps every role they hold when their own account is given `next` roles: nobody lowers their own
 * role (an administrator who dropped 'admin' could not give it back; another administrator decides that).
 */
export function keepsOwnRoles(actor: Subject, target: { id: string; roles: readonly Role[] }, next: readonly Role[]): boolean {
  return target.id !== actor.userId || target.roles.every((r) => next.includes(r));
}

/** The clearances the actor may vouch for today, lowest first. */
export function vouchableClearances(actor: Subject, now: Date = new Date()): readonly Clearance[] {
  return CLEARANCES.filter((c) => canVouch(actor, c, now));
}

/** What the actor may do with one account, sent with it as `can` (the app reads these instead of roles). */
export function accountAbilities(actor: Subject, target: AccountFacts & { id: string }) {
  const manage = canManageAccount(actor, target);
  return { edit: manage, resetPassword: manage, resetMfa: manage, disable: canDisableAccount(actor, target) };
}
