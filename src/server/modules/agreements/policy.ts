// Who may read, record and check agreements between member states.
import { definePermissions } from '../../access/permissions.js';
import { hasRole, type Subject } from '../../access/subject.js';

export const agreementsPermissions = definePermissions({
  'agreements.read': { roles: 'any' },
  'agreements.write': { roles: ['admin', 'focal_point'] },
  'agreements.check': { roles: 'any' },
});

/** A focal point records agreements their own state is party to; the RSO admin records any. */
export function canKeepAgreement(subject: Subject, parties: string[]): boolean {
  if (hasRole(subject, 'admin')) return true;
  return hasRole(subject, 'focal_point') && subject.state !== null && parties.includes(subject.state);
}
