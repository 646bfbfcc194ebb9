// Who may keep an agreement between member states (who sees one is the list filter in the agreements service, moving here).
import { hasRole, type Subject } from './subject.js';

/** A focal point records agreements their own state is party to; the RSO admin records any. */
export function canKeepAgreement(subject: Subject, parties: string[]): boolean {
  if (hasRole(subject, 'admin')) return true;
  return hasRole(subject, 'focal_point') && subject.state !== null && parties.includes(subject.state);
}
