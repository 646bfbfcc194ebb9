// Regional alerts API: alerts for my state, issue, acknowledge, the issuer's acknowledgement dashboard, and watch-lists.
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';
import {
  alertBody,
  alertSchema,
  alertsQuery,
  alertsResponse,
  dashboardResponse,
  idParams,
  matchesResponse,
  okResponse,
  watchlistBody,
  watchlistResponse,
  watchlistsResponse,
} from './schemas.js';

export const alertsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['alerts']);
    const read = { permission: Permission.AlertsRead };
    const write = { permission: Permission.AlertsWrite };
    const { alerts, watchlists } = services;

    api.get(
      '/api/alerts',
      { access: read, summary: 'Alerts for my state (in force; expired=include for all)', query: alertsQuery, response: alertsResponse },
      ({ actor, query }) => alerts.list(actor, { includeExpired: query.expired === 'include' }),
    );

    api.post(
      '/api/alerts',
      { access: write, summary: 'Issue a regional alert or bulletin', body: alertBody, response: alertSchema, status: 201 },
      ({ actor, body }) => alerts.issue(actor, body),
    );

    api.get('/api/alerts/watchlists', { access: read, summary: 'My watch-lists', response: watchlistsResponse }, ({ actor }) => watchlists.list(actor));

    api.post(
      '/api/alerts/watchlists',
      { access: write, summary: 'Create a watch-list (names, documents, vessels, phones)', body: watchlistBody, response: watchlistResponse, status: 201 },
      ({ actor, body }) => watchlists.create(actor, body),
    );

    api.get(
      '/api/alerts/watchlists/:id/matches',
      { access: read, summary: 'Matches my watch-list raised (entities shown only where I may read them)', params: idParams, response: matchesResponse },
      ({ actor, params }) => watchlists.matches(actor, params.id),
    );

    api.get('/api/alerts/:id', { access: read, summary: 'One alert', params: idParams, response: alertSchema }, ({ actor, params }) =>
      alerts.get(actor, params.id),
    );

    api.post(
      '/api/alerts/:id/acknowledge',
      { access: write, summary: 'Acknowledge an alert for my state', params: idParams, response: okResponse },
      ({ actor, params }) => alerts.acknowledge(actor, params.id),
    );

    api.get(
      '/api/alerts/:id/dashboard',
      { access: read, summary: 'Which recipient states have acknowledged (issuing state only)', params: idParams, response: dashboardResponse },
      ({ actor, params }) => alerts.dashboard(actor, params.id),
    );
  },
};
