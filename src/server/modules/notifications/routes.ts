// Notifications API: my notifications, delivery status, and a state's webhook (kept by its focal point). Deliveries are jobs (jobs.ts).
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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
    const tags = ['notifications'];
    const read = { permission: Permission.NotificationsRead };
    const webhook = { permission: Permission.NotificationsWebhook };
    const notifications = services.notifications;

    app.get(
      '/api/notifications',
      {
        config: { access: read },
        schema: { tags, summary: 'My notifications, newest first', response: { 200: notificationsResponse } },
      },
      async (req) => notifications.list(actorOf(req)),
    );

    app.post(
      '/api/notifications/:id/read',
      {
        config: { access: read },
        schema: { tags, summary: 'Mark a notification read', params: idParams, response: { 200: okResponse } },
      },
      async (req) => notifications.markRead(actorOf(req), req.params.id),
    );

    app.get(
      '/api/notifications/deliveries',
      {
        config: { access: read },
        schema: { tags, summary: "E-mail and webhook deliveries and their status (mine; my state's for a focal point)", response: { 200: deliveriesResponse } },
      },
      async (req) => notifications.deliveries(actorOf(req)),
    );

    app.get(
      '/api/notifications/webhooks/:state',
      {
        config: { access: webhook },
        schema: { tags, summary: "My state's webhook (without its secret)", params: stateParams, response: { 200: webhookResponse } },
      },
      async (req) => notifications.webhook(actorOf(req), req.params.state),
    );

    app.put(
      '/api/notifications/webhooks/:state',
      {
        config: { access: webhook },
        schema: {
          tags,
          summary: "Set my state's webhook; answers a new signing secret, shown once",
          params: stateParams,
          body: webhookBody,
          response: { 200: webhookSecretResponse },
        },
      },
      async (req) => notifications.setWebhook(actorOf(req), req.params.state, req.body.url),
    );
  },
};
