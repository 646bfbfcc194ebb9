// Who may attempt each capacity-building operation; whose needs and offers are whose is in access/capacity.ts.
import { definePermissions } from '../../access/permissions.js';

export const capacityPermissions = definePermissions({
  'capacity.read': { roles: 'any' },
  'capacity.write': { roles: ['focal_point', 'policy', 'coordinator'] },
});
