// A route written with endpoints(): declares its access, validates its input, answers through its schema with its status.
import Fastify, { type FastifyError } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { Router } from './context.js';
import { endpoints } from './endpoint.js';

const app = Fastify().withTypeProvider() as unknown as Router;
const declared: { url: string; access: unknown; tags: unknown }[] = [];

beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (route) => {
    declared.push({ url: route.url, access: route.config?.access, tags: route.schema?.tags });
  });
  app.setErrorHandler(async (error: FastifyError, _req, reply) =>
    error instanceof DomainError ? reply.status(error.status).send({ code: error.code }) : reply.status(error.statusCode ?? 500).send({ code: 'bad_input' }),
  );
  const api = endpoints(app, ['notes']);
  api.post(
    '/api/notes/:id',
    {
      access: { permission: 'directory.write' as never },
      summary: 'Add a note',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({ text: z.string().min(1) }),
      response: z.object({ id: z.string(), text: z.string() }),
      status: 201,
    },
    ({ params, body }) => ({ id: params.id, text: body.text, secret: 'not in the schema' }),
  );
  api.get('/api/notes', { access: 'public', summary: 'Count notes', query: z.object({ page: z.coerce.number().int().min(1) }) }, ({ query }) => ({
    page: query.page,
  }));
  api.get('/api/notes/mine', { access: 'signed_in', summary: 'My notes' }, ({ actor }) => ({ who: actor.userId }));
  api.get('/api/notes/file', { access: 'public', summary: 'A file' }, ({ reply }) => reply.type('text/plain').send('a file'));
  await app.ready();
});
afterAll(() => app.close());

const id = '00000000-0000-4000-8000-000000000001';

describe('endpoints()', () => {
  it('declares each route with its access and tag, which the access hook and the OpenAPI document read', () => {
    expect(declared.find((r) => r.url === '/api/notes/:id')).toEqual({ url: '/api/notes/:id', access: { permission: 'directory.write' }, tags: ['notes'] });
    expect(declared.find((r) => r.url === '/api/notes')?.access).toBe('public');
  });

  it('answers a creation with 201 through the response schema, dropping what the schema does not name', async () => {
    const res = await app.inject({ method: 'POST', url: `/api/notes/${id}`, payload: { text: 'hello' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id, text: 'hello' });
  });

  it('refuses bad params, body or query with a 400 before the handler runs', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/notes/not-an-id', payload: { text: 'x' } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `/api/notes/${id}`, payload: { text: '' } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `/api/notes/${id}`, payload: { text: 'x', extra: 1 } })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/notes?page=0' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/notes?page=2' })).json()).toEqual({ page: 2 });
  });

  it('asks for the actor only when the handler reads it: without a session that is a 401, never a 500', async () => {
    const res = await app.inject({ url: '/api/notes/mine' });
    expect(res.statusCode).toBe(401);
  });

  it('lets a handler send a file itself', async () => {
    const res = await app.inject({ url: '/api/notes/file' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toBe('a file');
  });
});
