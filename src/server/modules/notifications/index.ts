// The notifications capability: in the app, by e-mail and by signed webhook, sent by jobs retried with back-off.
import type { PortalModule } from '../module.js';
import { notificationsJobs } from './jobs.js';
import { notificationsRoutes } from './routes.js';
import { NotificationsService } from './service.js';
import { NetworkOutbound } from './transport.js';

export const notificationsModule: PortalModule<{ notifications: NotificationsService }> = {
  name: 'notifications',
  services: {
    notifications: (f, s) =>
      new NotificationsService(
        f.db,
        f.audit,
        new NetworkOutbound(f.config.smtpUrl, f.config.mailFrom),
        s.jobs,
        { email: Boolean(f.config.smtpUrl) },
        f.secrets,
      ),
  },
  routes: notificationsRoutes,
  jobs: notificationsJobs,
};
