// Route-level permissions: which roles may attempt an operation at all. Deny by default.
// Each capability declares its permissions in its own policy.ts through definePermissions();
// record-level rules (classification, releasability, agreements) then apply in records.ts and the services.
import { effectiveClearance, hasRole, type Clearance, type Role, type Subject } from './subject.js';
import { clearanceRank } from './subject.js';

export interface PermissionRule {
  roles: readonly Role[] | 'any';
  /** Minimum clearance in force today. */
  clearance?: Clearance;
  /** Observers (users of observer states or organisations) are refused unless this is true. */
  observers?: boolean;
}

const registry = new Map<string, PermissionRule>();

export function definePermissions<const T extends Record<string, PermissionRule>>(rules: T): { [K in keyof T]: K } {
  const names = {} as { [K in keyof T]: K };
  for (const [name, rule] of Object.entries(rules)) {
    const existing = registry.get(name);
    if (existing && JSON.stringify(existing) !== JSON.stringify(rule)) throw new Error(`permission ${name} defined twice`);
    registry.set(name, rule);
    (names as Record<string, string>)[name] = name;
  }
  return names;
}

export function isPermission(name: string): boolean {
  return registry.has(name);
}

export function allows(subject: Subject | null, permission: string, now: Date = new Date()): boolean {
  const rule = registry.get(permission);
  if (!rule || !subject) return false;
  if (subject.memberStatus === 'observer' && !rule.observers) return false;
  if (rule.roles !== 'any' && !hasRole(subject, ...rule.roles)) return false;
  if (rule.clearance && clearanceRank(effectiveClearance(subject, now)) < clearanceRank(rule.clearance)) return false;
  return true;
}

/** What a route needs: nothing (public), any session (even one still enrolling MFA), a full sign-in, or a permission. */
export type RouteAccess = 'public' | 'session' | 'signed_in' | { permission: string };

export const foundationPermissions = definePermissions({
  'members.read': { roles: 'any', observers: true },
  'users.read': { roles: ['admin', 'focal_point'] },
  'users.manage': { roles: ['admin', 'focal_point'] },
  'organisations.manage': { roles: ['admin'] },
  'audit.read': { roles: ['admin'] },
});
