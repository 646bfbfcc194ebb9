// The public site's API: answers without a session and returns only published items.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { endpoints } from '../../http/endpoint.js';
import { isoDate } from '../accounts/schemas.js';
import type { ModuleRoutes } from '../module.js';
import { resultsSchema } from '../surveys/schemas.js';

const statementSchema = z.object({
  id: z.string(),
  groupCode: z.string(),
  groupName: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.date(),
  demo: z.boolean(),
});
const coverageSchema = z.object({
  available: z.boolean(),
  asOf: z.string().nullable(),
  catalogueVersion: z.number().nullable(),
  demo: z.boolean(),
  indicators: z.array(
    z.object({
      id: z.string(),
      count: z.number().nullable(),
      computable: z.boolean(),
      demo: z.boolean(),
      treaty: z.object({ count: z.number().nullable(), approximate: z.number(), snapshot: z.string().nullable(), complete: z.boolean() }).nullable(),
    }),
  ),
  /** Member states party to each treaty on the date: `approximate` of them on a month or year only; complete up to `snapshot`. */
  treaties: z.array(
    z.object({ instrument: z.string(), count: z.number().nullable(), approximate: z.number(), snapshot: z.string().nullable(), complete: z.boolean() }),
  ),
});

export const publicRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['public']);
    const site = services.publicSite;
    // Published items change rarely: a visitor's browser (or a proxy) may keep an answer for a minute.
    const cache = (reply: FastifyReply) => reply.header('cache-control', 'public, max-age=60');

    api.get(
      '/api/public/statements',
      { access: 'public', summary: 'Published statements of the working groups', response: z.object({ statements: z.array(statementSchema) }) },
      ({ reply }) => {
        cache(reply);
        return site.statements();
      },
    );

    api.get(
      '/api/public/surveys',
      {
        access: 'public',
        summary: 'Published survey results (states that withheld consent are listed as not published)',
        response: z.object({ surveys: z.array(resultsSchema) }),
      },
      ({ reply }) => {
        cache(reply);
        return site.surveys();
      },
    );

    api.get(
      '/api/public/coverage',
      {
        access: 'public',
        summary: 'Regional legislation coverage: indicator counts only',
        query: z.strictObject({ asOf: isoDate.optional() }),
        response: coverageSchema,
      },
      ({ query, reply }) => {
        cache(reply);
        return site.coverage(query.asOf);
      },
    );

    api.get(
      '/api/public/committees',
      {
        access: 'public',
        summary: 'National committees (names only)',
        response: z.object({ committees: z.array(z.object({ state: z.string(), stateName: z.string(), name: z.string(), demo: z.boolean() })) }),
      },
      ({ reply }) => {
        cache(reply);
        return site.committees();
      },
    );
  },
};
