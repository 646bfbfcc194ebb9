// Who may attempt each working-group operation; group membership, clearance and co-chair rules apply in access/groups.ts.
import { definePermissions } from '../../access/permissions.js';

export const groupsPermissions = definePermissions({
  'groups.read': { roles: 'any', observers: true },
  'groups.manage': { roles: ['admin', 'coordinator'] },
  'groups.co_chairs.nominate': { roles: ['focal_point', 'coordinator', 'admin'] },
  'groups.co_chairs.propose': { roles: ['coordinator', 'focal_point', 'admin'] },
  'groups.co_chairs.decide': { roles: ['admin'] },
  'groups.meetings.read': { roles: 'any', observers: true },
  'groups.meetings.convene': { roles: ['coordinator', 'admin'] },
  'groups.meetings.record': { roles: ['coordinator', 'officer', 'analyst', 'focal_point', 'policy', 'admin'], observers: true },
  'groups.reports.read': { roles: ['coordinator', 'focal_point', 'admin'] },
  'groups.statements.draft': { roles: ['coordinator', 'focal_point', 'admin'] },
  'groups.statements.approve': { roles: ['coordinator', 'focal_point'] },
  'groups.statements.publish': { roles: ['coordinator', 'admin'] },
});
