// Route-level permissions of legislation benchmarking; state and workflow rules are in access/legislation.ts.
import { definePermissions } from '../../access/permissions.js';

export const legislationPermissions = definePermissions({
  'legislation.read': { roles: 'any' },
  'legislation.instruments.write': { roles: ['focal_point', 'policy'] },
  'legislation.assessments.draft': { roles: ['policy', 'focal_point'] },
  'legislation.assessments.submit': { roles: ['focal_point'] },
  'legislation.assessments.validate': { roles: ['coordinator'] },
  'legislation.cooperation.write': { roles: ['focal_point'] },
  'legislation.catalogue.manage': { roles: ['admin'] },
});
