// Who may read, issue and acknowledge regional alerts and keep watch-lists: officers, analysts and focal points with a
// clearance in force (alerts are operational intelligence; policy users, coordinators and the RSO admin see none).
import { definePermissions } from '../../access/permissions.js';
import { INTEL_ROLES } from '../../access/intel.js';

export const alertsPermissions = definePermissions({
  'alerts.read': { roles: INTEL_ROLES, clearance: 'restricted' },
  'alerts.write': { roles: INTEL_ROLES, clearance: 'restricted' },
});
