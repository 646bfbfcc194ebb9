// The notifications capability: in the app, by e-mail and by signed webhook, queued and retried.
import type { PortalModule } from '../module.js';
import { notificationsRoutes } from './routes.js';
import { NotificationsService } from './service.js';
import { NetworkOutbound } from './transport.js';

export const notificationsModule: PortalModule<{ notifications: NotificationsService }> = {
  name: 'notifications',
  services: {
    notifications: (f) => new NotificationsService(f.db, f.audit, new NetworkOutbound(f.config.smtpUrl, f.config.mailFrom), { email: Boolean(f.config.smtpUrl) }),
  },
  routes: notificationsRoutes,
};
