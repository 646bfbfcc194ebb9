// The regional alerts capability: alerts and bulletins with acknowledgement, and watch-lists over the networks catalogue.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { alertsJobs } from './jobs.js';
import { alertsRoutes } from './routes.js';
import { AlertsService } from './service.js';
import { createWatchlists, type WatchlistsService } from './watch.js';

export const alertsModule: PortalModule<{ alerts: AlertsService; watchlists: WatchlistsService }> = {
  name: 'alerts',
  services: {
    alerts: (f, s) => new AlertsService(f.db, f.audit, s.members, s.notifications),
    watchlists: (f, s) => createWatchlists(f, s),
  },
  routes: alertsRoutes,
  jobs: alertsJobs,
  web: [{ id: 'alerts', permission: Permission.AlertsRead }],
};
