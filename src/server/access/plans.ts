// Who reports progress on an action of a plan of action.
import { hasRole, type Subject } from './subject.js';

/** A progress report is made by a user of an acting state, for that state only. */
export function canReportFor(subject: Subject, actingStates: string[]): boolean {
  return subject.state !== null && actingStates.includes(subject.state) && hasRole(subject, 'focal_point', 'policy', 'coordinator', 'officer');
}
