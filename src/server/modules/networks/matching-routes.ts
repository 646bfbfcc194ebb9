// Matching API: the one scorer, cross-matching proposals ranked with both records, decisions one by one or in bulk.
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf, type Router } from '../../http/context.js';
import type { NetworkMatches } from './matches.js';
import { scoreRecords } from './matching/scorer.js';
import { decideInput, matchesQuery, matchOut, scoreInput, scoreOut } from './matching-schemas.js';

const read = { access: { permission: Permission.NetworksRead } };
const match = { access: { permission: Permission.NetworksMatch } };
const matchParam = z.strictObject({ id: z.coerce.number().int().positive() });

export function registerMatchingRoutes(app: Router, matches: NetworkMatches): void {
  const tags = ['networks'];

  app.post(
    '/api/networks/matching/score',
    {
      config: read,
      schema: {
        tags,
        summary: 'Score two records (FtM schema, names in any script, birth date, nationality, documents): score, decision at the threshold, coded reasons',
        body: scoreInput,
        response: { 200: scoreOut },
      },
    },
    async (req) => scoreRecords(req.body.a, req.body.b),
  );

  app.get(
    '/api/networks/matches',
    {
      config: read,
      schema: {
        tags,
        summary: 'Cross-matching proposals and decisions about records you may read, best first, both records side by side',
        querystring: matchesQuery,
        response: { 200: z.object({ matches: z.array(matchOut) }) },
      },
    },
    async (req) => ({ matches: await matches.list(actorOf(req), req.query) }),
  );

  app.post(
    '/api/networks/matches/run',
    {
      config: match,
      schema: {
        tags,
        summary: 'Run cross-matching over the records you may read and store new proposals',
        response: { 200: z.object({ proposed: z.number() }) },
      },
    },
    async (req) => matches.propose(actorOf(req)),
  );

  app.post(
    '/api/networks/matches/decide',
    {
      config: match,
      schema: {
        tags,
        summary: 'Confirm or reject several proposals at once: all recorded (each audited) or none',
        body: decideInput,
        response: { 200: z.object({ matches: z.array(matchOut) }) },
      },
    },
    async (req) => ({ matches: await matches.decide(actorOf(req), req.body.ids, req.body.decision) }),
  );

  for (const verb of ['confirm', 'reject', 'unmerge'] as const)
    app.post(
      `/api/networks/matches/:id/${verb}`,
      {
        config: match,
        schema: {
          tags,
          summary: `${verb[0]!.toUpperCase()}${verb.slice(1)} a match (audited; a merge can be undone)`,
          params: matchParam,
          response: { 200: matchOut },
        },
      },
      async (req) => matches[verb](actorOf(req), req.params.id),
    );
}
