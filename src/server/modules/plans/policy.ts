// Who may read plans of action, report progress, coordinate (dashboard, chair's report) and manage plans.
import { definePermissions } from '../../access/permissions.js';
import { hasRole, type Subject } from '../../access/subject.js';

export const plansPermissions = definePermissions({
  'plans.read': { roles: 'any' },
  'plans.report': { roles: ['focal_point', 'policy', 'coordinator', 'officer'] },
  'plans.coordinate': { roles: ['coordinator', 'focal_point', 'admin'] },
  'plans.manage': { roles: ['admin', 'coordinator'] },
});

/** A progress report is made by a user of an acting state, for that state only. */
export function canReportFor(subject: Subject, actingStates: string[]): boolean {
  return subject.state !== null && actingStates.includes(subject.state) && hasRole(subject, 'focal_point', 'policy', 'coordinator', 'officer');
}
