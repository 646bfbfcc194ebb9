// Networks API: catalogue, import/export, cross-matching, link analysis, routes and timeline. HTTP only.

import { Readable } from 'node:stream';
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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

const read = { access: { permission: Permission.NetworksRead } };
const write = { access: { permission: Permission.NetworksWrite } };
const idParam = z.strictObject({ id: z.string().min(1).max(200) });
const splitList = (s?: string) =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const passStream = (_req: unknown, payload: unknown, done: (err: Error | null, body?: unknown) => void) => done(null, payload);

export const networksRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['networks'];
    const networks = services.networks;
    // Imports are streamed: the body reaches the service as the raw request stream, never read whole.
    if (!app.hasContentTypeParser('application/x-ndjson')) app.addContentTypeParser('application/x-ndjson', passStream);
    if (!app.hasContentTypeParser('text/csv')) app.addContentTypeParser('text/csv', passStream);

    app.post(
      '/api/networks/import',
      {
        config: write,
        bodyLimit: 8 * 1024 ** 3,
        schema: {
          tags,
          querystring: importQuery,
          response: { 200: importResponse },
          summary: 'Import FollowTheMoney JSON Lines (application/x-ndjson) of any FtM schema, streamed, as one all-or-nothing job; idempotent on FtM ids',
        },
      },
      async (req) => {
        const q = req.query;
        return networks.importFtm(actorOf(req), req.body as Readable, {
          ...q,
          releasableStates: splitList(q.releasableStates),
          releasableGroups: splitList(q.releasableGroups),
        });
      },
    );

    app.post(
      '/api/networks/import/csv',
      {
        config: write,
        bodyLimit: 8 * 1024 ** 3,
        schema: {
          tags,
          summary: 'Import CSV (text/csv) with a column mapping to FtM properties, streamed, as one all-or-nothing job',
          querystring: csvImportQuery,
          response: { 200: importResponse },
        },
      },
      async (req) => {
        const q = req.query;
        return networks.importCsv(actorOf(req), req.body as Readable, {
          ...q,
          releasableStates: splitList(q.releasableStates),
          releasableGroups: splitList(q.releasableGroups),
        });
      },
    );

    app.get(
      '/api/networks/imports',
      {
        config: read,
        schema: {
          tags,
          summary: 'The network imports you started, newest first, with their status and counts',
          response: { 200: z.object({ imports: z.array(importResponse) }) },
        },
      },
      async (req) => ({ imports: await networks.imports.list(actorOf(req)) }),
    );

    app.get(
      '/api/networks/imports/:importId',
      {
        config: read,
        schema: {
          tags,
          summary: 'One network import you started: status (running, completed, failed, interrupted), progress, counts, per-line errors and notices',
          params: z.strictObject({ importId: z.uuid() }),
          response: { 200: importResponse },
        },
      },
      async (req) => networks.imports.get(actorOf(req), req.params.importId),
    );

    app.get(
      '/api/networks/export',
      {
        config: read,
        schema: { tags, summary: 'Export what you may read (or a selection) as FtM JSON Lines, CSV or GraphML, streamed', querystring: exportQuery },
      },
      async (req, reply) => {
        const { format, ids, what } = req.query;
        const type = { ftm: 'application/x-ndjson', csv: 'text/csv; charset=utf-8', graphml: 'application/graphml+xml' }[format];
        const ext = { ftm: 'ftm.jsonl', csv: 'csv', graphml: 'graphml' }[format];
        reply.type(type).header('content-disposition', `attachment; filename="network.${ext}"`);
        return reply.send(Readable.from(networks.exportStream(actorOf(req), format, ids, what)));
      },
    );

    app.get(
      '/api/networks/entities',
      {
        config: read,
        schema: {
          tags,
          summary: 'Search entities you may read: every word of q in a name, alias, identifier or id, in any order; by kind or FtM schema',
          querystring: entitiesQuery,
          response: { 200: z.object({ entities: z.array(entityOut.extend({ sanctions: z.number() })), total: z.number() }) },
        },
      },
      async (req) => networks.search(actorOf(req), req.query),
    );

    app.post(
      '/api/networks/entities',
      {
        config: write,
        schema: { tags, summary: 'Record an entity with its source, grading and classification', body: entityInput, response: { 201: entityOut } },
      },
      async (req, reply) => reply.status(201).send(await networks.create(actorOf(req), req.body)),
    );

    app.get(
      '/api/networks/entities/:id',
      {
        config: read,
        schema: {
          tags,
          summary: 'One entity with the links, facts, sanctions and related entities you may read, and its FtM schema',
          params: idParam,
          response: { 200: entityDetailOut },
        },
      },
      async (req) => networks.entity(actorOf(req), req.params.id),
    );

    app.post(
      '/api/networks/entities/:id/facts',
      {
        config: write,
        schema: {
          tags,
          summary: 'Add a fact (property value) about an entity, with its own source and protection',
          params: idParam,
          body: factInput,
          response: { 201: z.object({ id: z.number() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await networks.addFact(actorOf(req), req.params.id, req.body)),
    );

    app.get(
      '/api/networks/entities/:id/neighbourhood',
      {
        config: read,
        schema: {
          tags,
          summary: 'Everything within N links of an entity, in the graph you may see',
          params: idParam,
          querystring: z.strictObject({ hops: z.coerce.number().int().min(1).max(4).default(1) }),
          response: { 200: z.object({ centre: z.string(), nodes: z.array(graphNodeOut.extend({ hops: z.number() })), edges: z.array(graphEdgeOut) }) },
        },
      },
      async (req) => networks.analysis.neighbourhoodOf(actorOf(req), req.params.id, req.query.hops),
    );

    app.post(
      '/api/networks/links',
      {
        config: write,
        schema: {
          tags,
          summary: 'Record a link (leads, recruits, transports ...) between two entities you may read',
          body: linkInput,
          response: { 201: linkOut },
        },
      },
      async (req, reply) => reply.status(201).send(await networks.link(actorOf(req), req.body)),
    );

    app.get(
      '/api/networks/graph',
      {
        config: read,
        schema: {
          tags,
          summary: 'The graph you may see, filtered, with centrality and community per node',
          querystring: graphQuery,
          response: {
            200: z.object({
              nodes: z.array(graphNodeOut.extend({ degree: z.number(), betweenness: z.number(), pageRank: z.number(), community: z.number() })),
              edges: z.array(graphEdgeOut),
              communityCount: z.number(),
              modularity: z.number(),
              brokers: z.array(graphNodeOut.extend({ communitiesBridged: z.number(), betweenness: z.number(), score: z.number() })),
            }),
          },
        },
      },
      async (req) => networks.analysis.graph(actorOf(req), req.query),
    );

    app.get(
      '/api/networks/analysis/organisers',
      {
        config: read,
        schema: {
          tags,
          summary: 'Likely organisers, ranked, with the reasons',
          querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
          response: {
            200: z.object({
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
        },
      },
      async (req) => ({ organisers: await networks.analysis.organisers(actorOf(req), req.query.limit) }),
    );

    app.get(
      '/api/networks/analysis/path',
      {
        config: read,
        schema: {
          tags,
          summary: 'Shortest chain of links between two entities',
          querystring: z.strictObject({ from: z.string().min(1), to: z.string().min(1) }),
          response: { 200: z.object({ found: z.boolean(), nodes: z.array(graphNodeOut), edges: z.array(graphEdgeOut) }) },
        },
      },
      async (req) => networks.analysis.path(actorOf(req), req.query.from, req.query.to),
    );

    app.get(
      '/api/networks/analysis/changes',
      {
        config: read,
        schema: {
          tags,
          summary: 'Entities and links recorded or changed since a date',
          querystring: z.strictObject({ since: isoDate }),
          response: { 200: z.object({ entities: z.array(entityOut), links: z.array(linkOut) }) },
        },
      },
      async (req) => networks.changesSince(actorOf(req), req.query.since),
    );

    app.get(
      '/api/networks/routes',
      {
        config: read,
        schema: { tags, summary: 'Routes and their legs with places and volumes, for the route map' },
      },
      async (req) => networks.routes(actorOf(req)),
    );

    app.get(
      '/api/networks/timeline',
      {
        config: read,
        schema: { tags, summary: 'Events and legs in date order' },
      },
      async (req) => networks.timeline(actorOf(req)),
    );

    registerMatchingRoutes(app, networks.matches);
  },
};
