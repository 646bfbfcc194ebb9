// What the session answer tells the app this user may do: the permissions the access module allows them and the web
// features they may open. The app reads these instead of naming roles (a user still enrolling MFA gets none).
import { allows, type Permission, permissionsOf } from '../access/permissions.js';
import type { Subject } from '../access/subject.js';
import type { WebFeature } from '../modules/module.js';

export function sessionGrants(subject: Subject | null, web: readonly WebFeature[]): { permissions: Permission[]; features: string[] } {
  if (!subject) return { permissions: [], features: [] };
  return {
    permissions: permissionsOf(subject),
    features: web.filter((f) => !f.public && (!f.permission || allows(subject, f.permission))).map((f) => f.id),
  };
}
