// Route permissions for flows. The reciprocity and small-cell rules themselves live in access/flows.ts.
import { definePermissions } from '../../access/permissions.js';

export const flowsPermissions = definePermissions({
  /** Draft a return and read other states' contributions on reciprocity (officers, analysts, focal points). */
  'flows.contribute': { roles: ['officer', 'analyst', 'focal_point'] },
  /** Read the regional aggregates, suppressed below the minimum cell size. */
  'flows.aggregates': { roles: ['officer', 'analyst', 'focal_point', 'policy', 'admin'] },
  'flows.manage': { roles: ['admin'] },
});
