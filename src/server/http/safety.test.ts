// Safe by default: every route declares access, anonymous callers are refused, bad input gets a precise 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, signedIn, type TestPortal } from '../testing/portal.js';
import { securityHeaders } from './security-headers.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(() => portal.close());

const concrete = (url: string) => url.replace(/:(\w+)/g, (_m, name: string) => (/id$/i.test(name) ? '00000000-0000-4000-8000-000000000000' : 'IDN'));

describe('the router', () => {
  it('has routes, and every non-public API route refuses an anonymous caller with 401', async () => {
    const guarded = portal.routes.filter((r) => r.access !== 'public');
    expect(guarded.length).toBeGreaterThan(10);
    for (const route of guarded) {
      const res = await portal.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: ['GET', 'DELETE'].includes(route.method) ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('marks public operations with security: [] and the others with the session scheme in OpenAPI 3.1', async () => {
    const doc = (await portal.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of portal.routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      if (!op) continue; // hidden operations
      expect(op.security, `${route.method} ${route.url}`).toEqual(route.access === 'public' ? [] : [{ session: [] }]);
    }
    expect(doc.paths['/api/health'].get.security).toEqual([]);
  });

  it('serves browsable API docs without any outside resource', async () => {
    const res = await portal.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\/[^"']*\.(js|css)/i);
  });
});

describe('every response', () => {
  it('carries a strict Content-Security-Policy and the usual security headers', async () => {
    const res = await portal.app.inject({ url: '/api/health' });
    expect(res.json()).toMatchObject({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('carries every header helmet sets, computed once, on answers, refusals and unknown paths alike', async () => {
    const expected = securityHeaders();
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['content-security-policy', 'cross-origin-opener-policy', 'x-frame-options', 'origin-agent-cluster', 'x-xss-protection']),
    );
    for (const url of ['/api/health', '/api/auth/session', '/api/no-such-route']) {
      const res = await portal.app.inject({ url });
      for (const [name, value] of Object.entries(expected)) expect(res.headers[name], `${name} on ${url}`).toBe(value);
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });
});

describe('bad input', () => {
  it('malformed JSON gets 400 naming the body', async () => {
    const res = await portal.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{"email": ', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_json', field: 'body' });
  });

  it('a 10 MB body gets 413 and changes nothing', async () => {
    const client = await signedIn(portal, { role: 'admin', state: null });
    const before = (await client.get('/api/users?includeDisabled=true')).json().total;
    const res = await client.post('/api/users', {
      email: 'big@test.example',
      name: 'x'.repeat(10 * 1024 * 1024),
      organisationId: '00000000-0000-4000-8000-000000000000',
      roles: ['officer'],
    });
    expect(res.statusCode).toBe(413);
    expect((await client.get('/api/users?includeDisabled=true')).json().total).toBe(before);
  });

  it('wrong types get 400 naming the field', async () => {
    const client = await signedIn(portal, { role: 'admin', state: null });
    const res = await client.post('/api/users', { email: 'a@test.example', name: 'A', organisationId: 'x', roles: 'officer' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('body.organisationId');
    expect(fields).toContain('body.roles');
  });

  it('an unknown API path is a 404, not the app', async () => {
    const res = await portal.app.inject({ url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
  });
});
