// Who may attempt each survey operation; survey-level rules (coordinators, recipients, delegation) are in access/surveys.ts.
import { definePermissions } from '../../access/permissions.js';

export const surveysPermissions = definePermissions({
  'surveys.read': { roles: 'any' },
  'surveys.manage': { roles: ['coordinator'] },
  'surveys.answer': { roles: ['focal_point', 'policy', 'officer', 'analyst'] },
});
