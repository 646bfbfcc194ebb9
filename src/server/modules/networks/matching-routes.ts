// Matching API: the one scorer, cross-matching proposals ranked with both records, decisions one by one or in bulk.
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import type { Router } from '../../http/context.js';
import { endpoints } from '../../http/endpoint.js';
import type { NetworkMatches } from './matches.js';
import { scoreRecords } from './matching/scorer.js';
import { decideInput, matchesQuery, matchOut, scoreInput, scoreOut } from './matching-schemas.js';

const read = { permission: Permission.NetworksRead };
const match = { permission: Permission.NetworksMatch };
const matchParam = z.strictObject({ id: z.coerce.number().int().positive() });

export function registerMatchingRoutes(app: Router, matches: NetworkMatches): void {
  const api = endpoints(app, ['networks']);

  api.post(
    '/api/networks/matching/score',
    {
      access: read,
      summary: 'Score two records (FtM schema, names in any script, birth date, nationality, documents): score, decision at the threshold, coded reasons',
      body: scoreInput,
      response: scoreOut,
    },
    ({ body }) => scoreRecords(body.a, body.b),
  );

  api.get(
    '/api/networks/matches',
    {
      access: read,
      summary: 'Cross-matching proposals and decisions about records you may read, best first, both records side by side',
      query: matchesQuery,
      response: z.object({ matches: z.array(matchOut) }),
    },
    async ({ actor, query }) => ({ matches: await matches.list(actor, query) }),
  );

  api.post(
    '/api/networks/matches/run',
    {
      access: match,
      summary: 'Run cross-matching over the records you may read and store new proposals',
      response: z.object({ proposed: z.number() }),
    },
    ({ actor }) => matches.propose(actor),
  );

  api.post(
    '/api/networks/matches/decide',
    {
      access: match,
      summary: 'Confirm or reject several proposals at once: all recorded (each audited) or none',
      body: decideInput,
      response: z.object({ matches: z.array(matchOut) }),
    },
    async ({ actor, body }) => ({ matches: await matches.decide(actor, body.ids, body.decision) }),
  );

  for (const verb of ['confirm', 'reject', 'unmerge'] as const)
    api.post(
      `/api/networks/matches/:id/${verb}`,
      {
        access: match,
        summary: `${verb[0]!.toUpperCase()}${verb.slice(1)} a match (audited; a merge can be undone)`,
        params: matchParam,
        response: matchOut,
      },
      ({ actor, params }) => matches[verb](actor, params.id),
    );
}
