// Regional alerts API: alerts for my state, issue, acknowledge, the issuer's acknowledgement dashboard, and watch-lists.
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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
    const tags = ['alerts'];
    const read = { permission: Permission.AlertsRead };
    const write = { permission: Permission.AlertsWrite };
    const { alerts, watchlists } = services;

    app.get(
      '/api/alerts',
      {
        config: { access: read },
        schema: { tags, summary: 'Alerts for my state (in force; expired=include for all)', querystring: alertsQuery, response: { 200: alertsResponse } },
      },
      async (req) => alerts.list(actorOf(req), { includeExpired: req.query.expired === 'include' }),
    );

    app.post(
      '/api/alerts',
      {
        config: { access: write },
        schema: { tags, summary: 'Issue a regional alert or bulletin', body: alertBody, response: { 201: alertSchema } },
      },
      async (req, reply) => reply.status(201).send(await alerts.issue(actorOf(req), req.body)),
    );

    app.get(
      '/api/alerts/watchlists',
      {
        config: { access: read },
        schema: { tags, summary: 'My watch-lists', response: { 200: watchlistsResponse } },
      },
      async (req) => watchlists.list(actorOf(req)),
    );

    app.post(
      '/api/alerts/watchlists',
      {
        config: { access: write },
        schema: { tags, summary: 'Create a watch-list (names, documents, vessels, phones)', body: watchlistBody, response: { 201: watchlistResponse } },
      },
      async (req, reply) => reply.status(201).send(await watchlists.create(actorOf(req), req.body)),
    );

    app.get(
      '/api/alerts/watchlists/:id/matches',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Matches my watch-list raised (entities shown only where I may read them)',
          params: idParams,
          response: { 200: matchesResponse },
        },
      },
      async (req) => watchlists.matches(actorOf(req), req.params.id),
    );

    app.get(
      '/api/alerts/:id',
      {
        config: { access: read },
        schema: { tags, summary: 'One alert', params: idParams, response: { 200: alertSchema } },
      },
      async (req) => alerts.get(actorOf(req), req.params.id),
    );

    app.post(
      '/api/alerts/:id/acknowledge',
      {
        config: { access: write },
        schema: { tags, summary: 'Acknowledge an alert for my state', params: idParams, response: { 200: okResponse } },
      },
      async (req) => alerts.acknowledge(actorOf(req), req.params.id),
    );

    app.get(
      '/api/alerts/:id/dashboard',
      {
        config: { access: read },
        schema: { tags, summary: 'Which recipient states have acknowledged (issuing state only)', params: idParams, response: { 200: dashboardResponse } },
      },
      async (req) => alerts.dashboard(actorOf(req), req.params.id),
    );
  },
};
