// Who may use the networks workbench: cleared analysts, officers and focal points; not policy users or the RSO admin.
import { definePermissions } from '../../access/permissions.js';

const workbench = ['analyst', 'officer', 'focal_point'] as const;

export const networksPermissions = definePermissions({
  'networks.read': { roles: workbench, clearance: 'restricted' },
  'networks.write': { roles: workbench, clearance: 'restricted' },
  /** Confirming, rejecting and undoing merges of records from several states. */
  'networks.match': { roles: ['analyst', 'officer'], clearance: 'restricted' },
});
