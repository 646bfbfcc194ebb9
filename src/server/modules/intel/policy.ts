// Who may use the intelligence exchange at all: officers, analysts and focal points with a clearance in force.
// Policy users, coordinators and the RSO administrator see no intelligence. Record-level rules: access/records.ts, access/intel.ts.
import { definePermissions } from '../../access/permissions.js';
import { INTEL_ROLES } from '../../access/intel.js';

export const intelPermissions = definePermissions({
  'intel.read': { roles: INTEL_ROLES, clearance: 'restricted' },
  'intel.write': { roles: INTEL_ROLES, clearance: 'restricted' },
});
