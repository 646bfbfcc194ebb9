// No string a client sends can make the portal answer 500: NUL bytes and invalid UTF-8 get a 400 naming the field,
// on every operation, found from the router and the OpenAPI document so that a new route is covered without editing this.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText, findUnstorableText, textProblem } from '../db/text.js';
import { type Client, createTestPortal, makeUser, signIn, type TestPortal } from '../testing/portal.js';

let portal: TestPortal;
let client: Client;
let admin: Client;
beforeAll(async () => {
  portal = await createTestPortal();
  // Every role of a state with the highest clearance, and an RSO administrator, so that the access hook lets
  // each request reach the input checks.
  client = await signIn(
    portal.app,
    await makeUser(portal.services, { roles: ['focal_point', 'officer', 'analyst', 'policy', 'coordinator'], state: 'IDN', clearance: 'secret' }),
  );
  admin = await signIn(portal.app, await makeUser(portal.services, { role: 'admin', state: null, clearance: 'secret' }));
}, 60_000);
afterAll(() => portal.close());

const NUL = '\u0000';
type JsonSchema = Record<string, unknown> & { type?: string | string[]; properties?: Record<string, JsonSchema> };
interface Operation {
  method: string;
  url: string;
  op:
    | { parameters?: { in: string; name: string; schema: JsonSchema; required?: boolean }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }
    | undefined;
}

// Values that satisfy the patterns our schemas use; a pattern none of them fits gets a plain string (then a 400 is expected anyway).
const patternSamples = [
  'IDN',
  '2024-01-31',
  '2024-01',
  '2024',
  '12:30',
  '123456789',
  'IMO1234567',
  'USD',
  'idn-test',
  'a1',
  'A1',
  'abc',
  '1',
  '+62 21 555 0100',
];
const formatSamples: Record<string, string> = {
  uuid: '00000000-0000-4000-8000-000000000000',
  email: 'nul.test@test.example',
  'date-time': '2024-01-31T12:00:00.000Z',
  date: '2024-01-31',
};

/** A value valid for the schema in which every free-text string carries a NUL; `carried` counts them. */
function example(schema: JsonSchema, counter: { carried: number }): unknown {
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const options = ((schema.anyOf ?? schema.oneOf) as JsonSchema[]).filter((o) => o.type !== 'null');
    return options.length ? example(options[0], counter) : null;
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string': {
      if (typeof schema.format === 'string' && formatSamples[schema.format]) return formatSamples[schema.format];
      if (typeof schema.pattern === 'string') {
        const pattern = new RegExp(schema.pattern, 'u');
        return patternSamples.find((s) => pattern.test(s)) ?? 'unmatched';
      }
      counter.carried++;
      const min = Number(schema.minLength ?? 0);
      return `a${NUL}b`.padEnd(Math.max(min, 3), 'c');
    }
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : 1;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min;
      return Math.min(Math.max(min, 1), max);
    }
    case 'boolean':
      return false;
    case 'array': {
      const items = (schema.items ?? {}) as JsonSchema;
      return Array.from({ length: Math.max(1, Number(schema.minItems ?? 1)) }, () => example(items, counter));
    }
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [name, inner] of Object.entries(schema.properties ?? {})) result[name] = example(inner, counter);
      const extra = schema.additionalProperties;
      if (extra && typeof extra === 'object' && !schema.properties) {
        const names = (schema.propertyNames ?? {}) as JsonSchema;
        const key = example({ type: 'string', ...names }, counter);
        result[String(key)] = example(extra as JsonSchema, counter);
      }
      return result;
    }
    default:
      return null;
  }
}

async function operations(): Promise<Operation[]> {
  const doc = (await portal.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Operation['op']>> };
  return portal.routes.map((r) => ({ method: r.method, url: r.url, op: doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()] }));
}

function pathWith(url: string, op: Operation['op'], nulIn?: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => {
    if (name === nulIn) return 'a%00b';
    const schema = op?.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema ?? { type: 'string' };
    return encodeURIComponent(
      String(
        example({ ...schema, ...(schema.type === 'string' && !schema.format && !schema.pattern && !schema.enum ? { enum: ['IDN'] } : {}) }, { carried: 0 }),
      ),
    );
  });
}

const sendAs = (who: Client, method: string, url: string, payload?: unknown) =>
  portal.app.inject({ method: method as 'POST', url, payload: payload as object | undefined, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken } });
/** As the state user, or as the administrator where the route's permission is an administrator's. */
async function send(method: string, url: string, payload?: unknown) {
  const res = await sendAs(client, method, url, payload);
  return res.statusCode === 403 && res.json().permission ? sendAs(admin, method, url, payload) : res;
}

describe('a NUL byte in any string', () => {
  it('in a schema-valid JSON body gets a 400 naming the field on every operation that takes one, never a 5xx', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const { method, url, op } of await operations()) {
      const schema = op?.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      const counter = { carried: 0 };
      const body = example(schema, counter);
      if (!counter.carried) continue; // nothing free-text to carry a NUL (enums, formats, numbers only)
      sent++;
      const res = await send(method, pathWith(url, op), body);
      const answer = res.statusCode === 400 ? res.json() : undefined;
      if (res.statusCode >= 500 || (res.statusCode === 400 && !(answer.problem === 'nul' && /^body\./.test(answer.field))))
        failures.push(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(40);
  }, 120_000);

  it('as %00 in every query parameter and every path parameter gets a 400 naming it, never a 5xx', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const { method, url, op } of await operations()) {
      const body = op?.requestBody?.content['application/json']?.schema
        ? example(op.requestBody.content['application/json'].schema, { carried: 0 })
        : undefined;
      for (const parameter of op?.parameters ?? []) {
        if (parameter.in !== 'query' && parameter.in !== 'path') continue;
        sent++;
        const target = parameter.in === 'path' ? pathWith(url, op, parameter.name) : `${pathWith(url, op)}?${parameter.name}=a%00b`;
        const res = await send(method, target, body);
        const expected = parameter.in === 'path' ? `params.${parameter.name}` : `querystring.${parameter.name}`;
        if (res.statusCode >= 500 || (res.statusCode === 400 && res.json().field !== expected && res.json().problem === 'nul'))
          failures.push(`${method} ${target}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode !== 400) failures.push(`${method} ${target}: expected 400 naming ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(100);
  }, 120_000);

  it('in a JSON object key is refused as well', async () => {
    const res = await send('PUT', '/api/auth/locale', { locale: 'en', [`x${NUL}`]: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: `body.x${NUL}`, problem: 'nul' });
  });
});

describe('text that is not valid UTF-8', () => {
  it('as raw bytes in a JSON body gets a 400 naming the body', async () => {
    const bytes = Buffer.concat([Buffer.from('{"locale":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const res = await portal.app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      payload: bytes,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid', field: 'body' });
  });

  it('as an unpaired surrogate escaped in JSON gets a 400 naming the field', async () => {
    const res = await portal.app.inject({
      method: 'POST',
      url: '/api/networks/entities',
      payload: '{"kind":"person","name":"x\\ud800y"}',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'body.name', problem: 'invalid_unicode' });
  });

  it('as a broken percent-encoding in a query parameter never reaches the database', async () => {
    const res = await send('GET', '/api/networks/entities?q=%ED%A0%80x');
    expect(res.statusCode).toBeLessThan(500);
  });
});

describe('the shared text check that importers use', () => {
  it('finds the first unstorable string with its path, and cleans a record reporting that it did', () => {
    expect(textProblem('fine, ñ, 中文, 🙂')).toBeNull();
    expect(findUnstorableText({ name: 'ok', aliases: ['a', `b${NUL}`] })).toEqual({ path: ['aliases', '1'], problem: 'nul' });
    expect(findUnstorableText({ note: 'x\ud800' })).toEqual({ path: ['note'], problem: 'invalid_unicode' });
    expect(cleanText({ name: `Ah${NUL}mad`, note: 'x\udc00', ok: ['🙂'] })).toEqual({ value: { name: 'Ahmad', note: 'x\ufffd', ok: ['🙂'] }, cleaned: true });
    expect(cleanText({ name: 'Ahmad' }).cleaned).toBe(false);
  });
});

describe('streamed imports', () => {
  const importAs = (url: string, type: string, payload: string) =>
    portal.app.inject({ method: 'POST', url, payload, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': type } });

  it('clean a NUL out of an FtM line, import the line and report it by number', async () => {
    const lines = [
      { id: 'nul-test-1', schema: 'Person', properties: { name: ['Budi'] } },
      { id: 'nul-test-2', schema: 'Person', properties: { name: [`Ah${NUL}mad`] } },
    ];
    const res = await importAs('/api/networks/import?classification=members', 'application/x-ndjson', lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(res.statusCode).toBe(200);
    // A cleaned line is kept, so it is reported among the import's notices (errors are lines refused).
    expect(res.json()).toMatchObject({ entities: 2, errors: [], notices: [{ line: 2, message: expect.stringMatching(/NUL/) }] });
    const found = await client.get('/api/networks/entities?q=Ahmad');
    expect(found.json().entities.map((e: { caption: string }) => e.caption)).toContain('Ahmad');
  });

  it('clean a NUL out of a CSV cell, import the row and report it by number', async () => {
    const mapping = encodeURIComponent(JSON.stringify({ name: 'name' }));
    const res = await importAs(`/api/networks/import/csv?classification=members&schema=Person&mapping=${mapping}`, 'text/csv', `name\nSiti\nRa${NUL}hmat\n`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ entities: 2, errors: [], notices: [{ line: 3, message: expect.stringMatching(/NUL/) }] });
  });
});
