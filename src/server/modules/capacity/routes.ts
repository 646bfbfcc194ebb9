// Capacity-building API: HTTP only (shapes in, service call, shapes out).
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import { langOf } from '../../i18n/request.js';
import type { ModuleRoutes } from '../module.js';
import {
  analysisSchema,
  assistanceBody,
  assistanceResponse,
  assistanceSchema,
  helpKindsResponse,
  idParams,
  matchesResponse,
  needBody,
  needSchema,
  needsQuery,
  needsResponse,
  needUpdateBody,
  offerBody,
  offerSchema,
  offersResponse,
  progressBody,
  suggestionsQuery,
  suggestionsResponse,
} from './schemas.js';

export const capacityRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['capacity']);
    const read = { permission: Permission.CapacityRead };
    const write = { permission: Permission.CapacityWrite };
    const capacity = services.capacity;

    api.get('/api/capacity/help-kinds', { access: read, summary: 'Kinds of capacity help (data/taxonomies.json)', response: helpKindsResponse }, () =>
      capacity.helpKinds(),
    );
    api.get('/api/capacity/needs', { access: read, summary: "States' capacity needs", query: needsQuery, response: needsResponse }, ({ actor, query }) =>
      capacity.needs(actor, query),
    );
    api.post(
      '/api/capacity/needs',
      { access: write, summary: 'Record a need of your state', body: needBody, response: needSchema, status: 201 },
      ({ actor, body }) => capacity.recordNeed(actor, body),
    );
    api.patch(
      '/api/capacity/needs/:id',
      { access: write, summary: "Change a need's priority, status or description", params: idParams, body: needUpdateBody, response: needSchema },
      ({ actor, params, body }) => capacity.updateNeed(actor, params.id, body),
    );
    api.get(
      '/api/capacity/suggestions',
      { access: write, summary: 'Needs suggested from unmet standards and survey answers', query: suggestionsQuery, response: suggestionsResponse },
      async ({ actor, query, req }) => {
        const { state, suggestions } = await capacity.suggestions(actor, query.state);
        const lang = langOf(req);
        return { state, suggestions: suggestions.map((s) => ({ ...s, title: s.title.render(lang), reason: s.reason.render(lang) })) };
      },
    );
    api.get(
      '/api/capacity/needs/:id/matches',
      { access: read, summary: 'Offers ranked for a need (kind of help, topic, region, language, timing)', params: idParams, response: matchesResponse },
      async ({ actor, params, req }) => {
        const found = await capacity.matches(actor, params.id);
        const lang = langOf(req);
        return { ...found, matches: found.matches.map((m) => ({ ...m, reasons: m.reasons.map((r) => ({ ...r, note: r.note.render(lang) })) })) };
      },
    );
    api.get('/api/capacity/offers', { access: read, summary: 'Offers of assistance', response: offersResponse }, ({ actor }) => capacity.offers(actor));
    api.post(
      '/api/capacity/offers',
      { access: write, summary: 'Record an offer of assistance', body: offerBody, response: offerSchema, status: 201 },
      ({ actor, body }) => capacity.recordOffer(actor, body),
    );
    api.get('/api/capacity/assistance', { access: read, summary: 'Agreed assistance and its progress', response: assistanceResponse }, ({ actor }) =>
      capacity.assistance(actor),
    );
    api.post(
      '/api/capacity/assistance',
      { access: write, summary: 'Record assistance agreed between a need and an offer', body: assistanceBody, response: assistanceSchema, status: 201 },
      ({ actor, body }) => capacity.agree(actor, body),
    );
    api.post(
      '/api/capacity/assistance/:id/progress',
      { access: write, summary: 'Record progress (or completion) of agreed assistance', params: idParams, body: progressBody, response: assistanceSchema },
      ({ actor, params, body }) => capacity.progress(actor, params.id, body),
    );
    api.get('/api/capacity/analysis', { access: read, summary: 'Regional needs analysis (seed 001)', response: analysisSchema }, () => capacity.analysis());
  },
};
