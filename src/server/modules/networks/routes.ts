// Networks API: catalogue, import/export, cross-matching, link analysis, routes and timeline. HTTP only.

import { Readable } from 'node:stream';
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import { langOf } from '../../i18n/request.js';
import { localised } from '../../i18n/text.js';
import { isoDate } from '../accounts/schemas.js';
import type { ModuleRoutes } from '../module.js';
import { registerMatchingRoutes } from './matching-routes.js';
import {
  csvImportQuery,
  entitiesQuery,
  entityDetailOut,
  entityInput,
  entityOut,
  exportQuery,
  factInput,
  graphEdgeOut,
  graphNodeOut,
  graphQuery,
  importQuery,
  importResponse,
  linkInput,
  linkOut,
  organiserReasonOut,
} from './schemas.js';

const read = { permission: Permission.NetworksRead };
const write = { permission: Permission.NetworksWrite };
const idParam = z.strictObject({ id: z.string().min(1).max(200) });
const splitList = (s?: string) =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
/** An import's query with its comma-separated sharing lists (releasable states and groups) as arrays. */
const withSharingLists = <Q extends { releasableStates?: string; releasableGroups?: string }>(query: Q) => ({
  ...query,
  releasableStates: splitList(query.releasableStates),
  releasableGroups: splitList(query.releasableGroups),
});
const passStream = (_req: unknown, payload: unknown, done: (err: Error | null, body?: unknown) => void) => done(null, payload);

export const networksRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['networks']);
    const networks = services.networks;
    // Imports are streamed: the body reaches the service as the raw request stream, never read whole.
    if (!app.hasContentTypeParser('application/x-ndjson')) app.addContentTypeParser('application/x-ndjson', passStream);
    if (!app.hasContentTypeParser('text/csv')) app.addContentTypeParser('text/csv', passStream);

    api.post(
      '/api/networks/import',
      {
        access: write,
        summary: 'Import FollowTheMoney JSON Lines (application/x-ndjson) of any FtM schema, streamed, as one all-or-nothing job; idempotent on FtM ids',
        query: importQuery,
        response: importResponse,
        bodyLimit: 8 * 1024 ** 3,
      },
      async ({ actor, query, req }) => localised(await networks.importFtm(actor, req.body as Readable, withSharingLists(query)), langOf(req)),
    );

    api.post(
      '/api/networks/import/csv',
      {
        access: write,
        summary: 'Import CSV (text/csv) with a column mapping to FtM properties, streamed, as one all-or-nothing job',
        query: csvImportQuery,
        response: importResponse,
        bodyLimit: 8 * 1024 ** 3,
      },
      async ({ actor, query, req }) => localised(await networks.importCsv(actor, req.body as Readable, withSharingLists(query)), langOf(req)),
    );

    api.get(
      '/api/networks/imports',
      {
        access: read,
        summary: 'The network imports you started, newest first, with their status and counts',
        response: z.object({ imports: z.array(importResponse) }),
      },
      async ({ actor, req }) => ({ imports: localised(await networks.imports.list(actor), langOf(req)) }),
    );

    api.get(
      '/api/networks/imports/:importId',
      {
        access: read,
        summary: 'One network import you started: status (running, completed, failed, interrupted), progress, counts, per-line errors and notices',
        params: z.strictObject({ importId: z.uuid() }),
        response: importResponse,
      },
      async ({ actor, params, req }) => localised(await networks.imports.get(actor, params.importId), langOf(req)),
    );

    api.get(
      '/api/networks/export',
      { access: read, summary: 'Export what you may read (or a selection) as FtM JSON Lines, CSV or GraphML, streamed', query: exportQuery },
      ({ actor, query: { format, ids, what }, reply }) => {
        const type = { ftm: 'application/x-ndjson', csv: 'text/csv; charset=utf-8', graphml: 'application/graphml+xml' }[format];
        const ext = { ftm: 'ftm.jsonl', csv: 'csv', graphml: 'graphml' }[format];
        reply.type(type).header('content-disposition', `attachment; filename="network.${ext}"`);
        return reply.send(Readable.from(networks.exportStream(actor, format, ids, what)));
      },
    );

    api.get(
      '/api/networks/entities',
      {
        access: read,
        summary: 'Search entities you may read: every word of q in a name, alias, identifier or id, in any order; by kind or FtM schema',
        query: entitiesQuery,
        response: z.object({ entities: z.array(entityOut.extend({ sanctions: z.number() })), total: z.number() }),
      },
      ({ actor, query }) => networks.search(actor, query),
    );

    api.post(
      '/api/networks/entities',
      { access: write, summary: 'Record an entity with its source, grading and classification', body: entityInput, response: entityOut, status: 201 },
      ({ actor, body }) => networks.create(actor, body),
    );

    api.get(
      '/api/networks/entities/:id',
      {
        access: read,
        summary: 'One entity with the links, facts, sanctions and related entities you may read, and its FtM schema',
        params: idParam,
        response: entityDetailOut,
      },
      ({ actor, params }) => networks.entity(actor, params.id),
    );

    api.post(
      '/api/networks/entities/:id/facts',
      {
        access: write,
        summary: 'Add a fact (property value) about an entity, with its own source and protection',
        params: idParam,
        body: factInput,
        response: z.object({ id: z.number() }),
        status: 201,
      },
      ({ actor, params, body }) => networks.addFact(actor, params.id, body),
    );

    api.get(
      '/api/networks/entities/:id/neighbourhood',
      {
        access: read,
        summary: 'Everything within N links of an entity, in the graph you may see',
        params: idParam,
        query: z.strictObject({ hops: z.coerce.number().int().min(1).max(4).default(1) }),
        response: z.object({ centre: z.string(), nodes: z.array(graphNodeOut.extend({ hops: z.number() })), edges: z.array(graphEdgeOut) }),
      },
      ({ actor, params, query }) => networks.analysis.neighbourhoodOf(actor, params.id, query.hops),
    );

    api.post(
      '/api/networks/links',
      {
        access: write,
        summary: 'Record a link (leads, recruits, transports ...) between two entities you may read',
        body: linkInput,
        response: linkOut,
        status: 201,
      },
      ({ actor, body }) => networks.link(actor, body),
    );

    api.get(
      '/api/networks/graph',
      {
        access: read,
        summary: 'The graph you may see, filtered, with centrality and community per node',
        query: graphQuery,
        response: z.object({
          nodes: z.array(graphNodeOut.extend({ degree: z.number(), betweenness: z.number(), pageRank: z.number(), community: z.number() })),
          edges: z.array(graphEdgeOut),
          communityCount: z.number(),
          modularity: z.number(),
          brokers: z.array(graphNodeOut.extend({ communitiesBridged: z.number(), betweenness: z.number(), score: z.number() })),
        }),
      },
      ({ actor, query }) => networks.analysis.graph(actor, query),
    );

    api.get(
      '/api/networks/analysis/organisers',
      {
        access: read,
        summary: 'Likely organisers, ranked, with the reasons',
        query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: z.object({
          organisers: z.array(
            z.object({
              entity: graphNodeOut,
              score: z.number(),
              pageRank: z.number(),
              betweenness: z.number(),
              communitiesBridged: z.number(),
              roleCounts: z.record(z.string(), z.number()),
              reasons: z.array(organiserReasonOut),
            }),
          ),
        }),
      },
      async ({ actor, query }) => ({ organisers: await networks.analysis.organisers(actor, query.limit) }),
    );

    api.get(
      '/api/networks/analysis/path',
      {
        access: read,
        summary: 'Shortest chain of links between two entities',
        query: z.strictObject({ from: z.string().min(1), to: z.string().min(1) }),
        response: z.object({ found: z.boolean(), nodes: z.array(graphNodeOut), edges: z.array(graphEdgeOut) }),
      },
      ({ actor, query }) => networks.analysis.path(actor, query.from, query.to),
    );

    api.get(
      '/api/networks/analysis/changes',
      {
        access: read,
        summary: 'Entities and links recorded or changed since a date',
        query: z.strictObject({ since: isoDate }),
        response: z.object({ entities: z.array(entityOut), links: z.array(linkOut) }),
      },
      ({ actor, query }) => networks.changesSince(actor, query.since),
    );

    api.get('/api/networks/routes', { access: read, summary: 'Routes and their legs with places and volumes, for the route map' }, ({ actor }) =>
      networks.routes(actor),
    );

    api.get('/api/networks/timeline', { access: read, summary: 'Events and legs in date order' }, ({ actor }) => networks.timeline(actor));

    registerMatchingRoutes(app, networks.matches);
  },
};
