// The public site's API: answers without a session and returns only published items.
import { z } from 'zod';
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
    const tags = ['public'];
    const site = services.publicSite;
    const cache = (reply: { header(k: string, v: string): unknown }) => reply.header('cache-control', 'public, max-age=60');

    app.get(
      '/api/public/statements',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Published statements of the working groups', response: { 200: z.object({ statements: z.array(statementSchema) }) } },
      },
      async (_req, reply) => {
        cache(reply);
        return site.statements();
      },
    );

    app.get(
      '/api/public/surveys',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Published survey results (states that withheld consent are listed as not published)',
          response: { 200: z.object({ surveys: z.array(resultsSchema) }) },
        },
      },
      async (_req, reply) => {
        cache(reply);
        return site.surveys();
      },
    );

    app.get(
      '/api/public/coverage',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Regional legislation coverage: indicator counts only',
          querystring: z.strictObject({ asOf: isoDate.optional() }),
          response: { 200: coverageSchema },
        },
      },
      async (req, reply) => {
        cache(reply);
        return site.coverage(req.query.asOf);
      },
    );

    app.get(
      '/api/public/committees',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'National committees (names only)',
          response: { 200: z.object({ committees: z.array(z.object({ state: z.string(), stateName: z.string(), name: z.string(), demo: z.boolean() })) }) },
        },
      },
      async (_req, reply) => {
        cache(reply);
        return site.committees();
      },
    );
  },
};
