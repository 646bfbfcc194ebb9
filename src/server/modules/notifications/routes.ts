// Notifications API: my notifications, delivery status, and a state's webhook (kept by its focal point). Deliveries are jobs (jobs.ts).
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';
import {
  deliveriesResponse,
  idParams,
  notificationsResponse,
  okResponse,
  stateParams,
  webhookBody,
  webhookResponse,
  webhookSecretResponse,
} from './schemas.js';

export const notificationsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['notifications']);
    const read = { permission: Permission.NotificationsRead };
    const webhook = { permission: Permission.NotificationsWebhook };
    const notifications = services.notifications;

    api.get('/api/notifications', { access: read, summary: 'My notifications, newest first', response: notificationsResponse }, ({ actor }) =>
      notifications.list(actor),
    );

    api.post(
      '/api/notifications/:id/read',
      { access: read, summary: 'Mark a notification read', params: idParams, response: okResponse },
      ({ actor, params }) => notifications.markRead(actor, params.id),
    );

    api.get(
      '/api/notifications/deliveries',
      { access: read, summary: "E-mail and webhook deliveries and their status (mine; my state's for a focal point)", response: deliveriesResponse },
      ({ actor }) => notifications.deliveries(actor),
    );

    api.get(
      '/api/notifications/webhooks/:state',
      { access: webhook, summary: "My state's webhook (without its secret)", params: stateParams, response: webhookResponse },
      ({ actor, params }) => notifications.webhook(actor, params.state),
    );

    api.put(
      '/api/notifications/webhooks/:state',
      {
        access: webhook,
        summary: "Set my state's webhook; answers a new signing secret, shown once",
        params: stateParams,
        body: webhookBody,
        response: webhookSecretResponse,
      },
      ({ actor, params, body }) => notifications.setWebhook(actor, params.state, body.url),
    );
  },
};
