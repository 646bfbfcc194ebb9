// Capacity-building API: HTTP only (shapes in, service call, shapes out).
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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
    const tags = ['capacity'];
    const read = { permission: Permission.CapacityRead };
    const write = { permission: Permission.CapacityWrite };
    const capacity = services.capacity;

    app.get(
      '/api/capacity/help-kinds',
      { config: { access: read }, schema: { tags, summary: 'Kinds of capacity help (data/taxonomies.json)', response: { 200: helpKindsResponse } } },
      async () => capacity.helpKinds(),
    );
    app.get(
      '/api/capacity/needs',
      { config: { access: read }, schema: { tags, summary: "States' capacity needs", querystring: needsQuery, response: { 200: needsResponse } } },
      async (req) => capacity.needs(actorOf(req), req.query),
    );
    app.post(
      '/api/capacity/needs',
      { config: { access: write }, schema: { tags, summary: 'Record a need of your state', body: needBody, response: { 201: needSchema } } },
      async (req, reply) => reply.status(201).send(await capacity.recordNeed(actorOf(req), req.body)),
    );
    app.patch(
      '/api/capacity/needs/:id',
      {
        config: { access: write },
        schema: { tags, summary: "Change a need's priority, status or description", params: idParams, body: needUpdateBody, response: { 200: needSchema } },
      },
      async (req) => capacity.updateNeed(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/capacity/suggestions',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Needs suggested from unmet standards and survey answers',
          querystring: suggestionsQuery,
          response: { 200: suggestionsResponse },
        },
      },
      async (req) => {
        const { state, suggestions } = await capacity.suggestions(actorOf(req), req.query.state);
        const lang = langOf(req);
        return { state, suggestions: suggestions.map((s) => ({ ...s, title: s.title.render(lang), reason: s.reason.render(lang) })) };
      },
    );
    app.get(
      '/api/capacity/needs/:id/matches',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Offers ranked for a need (kind of help, topic, region, language, timing)',
          params: idParams,
          response: { 200: matchesResponse },
        },
      },
      async (req) => {
        const found = await capacity.matches(actorOf(req), req.params.id);
        const lang = langOf(req);
        return { ...found, matches: found.matches.map((m) => ({ ...m, reasons: m.reasons.map((r) => ({ ...r, note: r.note.render(lang) })) })) };
      },
    );
    app.get(
      '/api/capacity/offers',
      { config: { access: read }, schema: { tags, summary: 'Offers of assistance', response: { 200: offersResponse } } },
      async (req) => capacity.offers(actorOf(req)),
    );
    app.post(
      '/api/capacity/offers',
      { config: { access: write }, schema: { tags, summary: 'Record an offer of assistance', body: offerBody, response: { 201: offerSchema } } },
      async (req, reply) => reply.status(201).send(await capacity.recordOffer(actorOf(req), req.body)),
    );
    app.get(
      '/api/capacity/assistance',
      { config: { access: read }, schema: { tags, summary: 'Agreed assistance and its progress', response: { 200: assistanceResponse } } },
      async (req) => capacity.assistance(actorOf(req)),
    );
    app.post(
      '/api/capacity/assistance',
      {
        config: { access: write },
        schema: { tags, summary: 'Record assistance agreed between a need and an offer', body: assistanceBody, response: { 201: assistanceSchema } },
      },
      async (req, reply) => reply.status(201).send(await capacity.agree(actorOf(req), req.body)),
    );
    app.post(
      '/api/capacity/assistance/:id/progress',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Record progress (or completion) of agreed assistance',
          params: idParams,
          body: progressBody,
          response: { 200: assistanceSchema },
        },
      },
      async (req) => capacity.progress(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/capacity/analysis',
      { config: { access: read }, schema: { tags, summary: 'Regional needs analysis (seed 001)', response: { 200: analysisSchema } } },
      async () => capacity.analysis(),
    );
  },
};
