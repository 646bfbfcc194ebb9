// Who adds actions to plans of action, who reports progress on them, and whose overdue actions a user follows.

import { isSystem } from './actor.js';
import { hasRole, type Subject } from './subject.js';

/** A progress report is made by a user of an acting state, for that state only; the system records reports for any acting state (reference and demo data). */
export function canReportFor(subject: Subject, actingStates: string[], state: string | null = subject.state): boolean {
  if (isSystem(subject)) return state !== null && actingStates.includes(state);
  return (
    subject.state !== null &&
    state === subject.state &&
    actingStates.includes(subject.state) &&
    hasRole(subject, 'focal_point', 'policy', 'coordinator', 'officer')
  );
}

/** Coordinators and the RSO add actions to plans (meetings record their actions arising through the system). */
export function canAddAction(subject: Subject): boolean {
  return hasRole(subject, 'admin', 'coordinator');
}

/** Whose overdue actions a user is reminded of: their own state's, every acting state's on actions their state coordinates, and all of them for the RSO. */
export function followsProgressOf(subject: Subject, action: { coordinators: string[] }, state: string): boolean {
  if (hasRole(subject, 'admin')) return true;
  if (subject.state === null) return false;
  return state === subject.state || action.coordinators.includes(subject.state);
}

/** What the actor may do with one action of a plan, sent with it as `can`. */
export function actionAbilities(subject: Subject, actingStates: string[]) {
  return { report: canReportFor(subject, actingStates) };
}

/** What the actor may do with a plan, sent with it as `can`. */
export function planAbilities(subject: Subject) {
  return { edit: hasRole(subject, 'admin', 'coordinator'), addAction: canAddAction(subject) };
}
