// Who may read their notifications, see deliveries, and configure their state's webhook.
import { definePermissions } from '../../access/permissions.js';

export const notificationsPermissions = definePermissions({
  'notifications.read': { roles: 'any', observers: true },
  'notifications.webhook': { roles: ['focal_point'] },
});
