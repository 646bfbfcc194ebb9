// kill -9 of the server in the middle of an import, as an operator's crash would: while the file is still arriving, and
// around the merge. After a restart nothing of the import is in the portal (or all of it, if it had committed), the
// import shows as interrupted, and the same file then imports whole, twice over without duplicates.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/db.js';

const childScript = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../testing/fault-server.ts');
const query = 'classification=restricted&reliability=C&credibility=3';
const lines = 20_000;
const fileLine = (i: number) =>
  i % 4 === 3
    ? `${JSON.stringify({ id: `killtest-o${i}`, schema: 'Ownership', properties: { owner: [`killtest-p${i - 1}`], asset: [`killtest-p${i - 2}`], percentage: ['25'] } })}\n`
    : `${JSON.stringify({ id: `killtest-p${i}`, schema: 'Person', properties: { name: [`Killtest Person ${i}`], nationality: ['au'] } })}\n`;
const wholeFile = () => Array.from({ length: lines }, (_, i) => fileLine(i)).join('');
const entitiesInFile = lines - lines / 4;

interface Server {
  child: ChildProcess;
  url: string;
  cookie: string;
  csrfToken: string;
}
const running: ChildProcess[] = [];
let cleanup: (() => Promise<void>) | null = null;
let env: NodeJS.ProcessEnv;

async function start(session?: { cookie: string; csrfToken: string }): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
    env: { ...env, ...(session ? { FAULT_SESSION: JSON.stringify(session) } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.push(child);
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('FAULT-SERVER ')) resolve(line.slice('FAULT-SERVER '.length));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return { child, ...JSON.parse(first) };
}

function kill9(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

async function get(server: Server, url: string) {
  const res = await fetch(`${server.url}${url}`, { headers: { cookie: server.cookie } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Starts an upload; resolves with the request (to write more) and a promise of the answer (which may never come). */
function upload(server: Server) {
  const req = http.request(`${server.url}/api/networks/import?${query}`, {
    method: 'POST',
    headers: { cookie: server.cookie, 'x-csrf-token': server.csrfToken, 'content-type': 'application/x-ndjson' },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
  });
  answer.catch(() => undefined);
  return { req, answer };
}

const stored = async (server: Server) => (await get(server, '/api/networks/entities?q=killtest&limit=1')).body.total as number;

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  await cleanup?.();
});

describe('kill -9 during an import', () => {
  it('leaves nothing partial, shows the import as interrupted after a restart, and the same file then imports whole', async () => {
    if (process.env.DATABASE_URL) {
      const test = await createTestDb();
      env = { ...process.env, DATABASE_URL: test.url! };
      cleanup = test.drop;
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-kill-'));
      env = { ...process.env, PORTAL_DATA: dir };
      delete env.DATABASE_URL;
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }

    // 1. Killed while the file is still arriving: a quarter of it sent and staged, the rest never comes.
    let server = await start();
    const session = { cookie: server.cookie, csrfToken: server.csrfToken };
    const first = upload(server);
    for (let i = 0; i < lines / 4; i++) first.req.write(fileLine(i));
    const staging = await until(
      () => get(server, '/api/networks/imports'),
      (r) => (r.body.imports[0]?.lines ?? 0) > 0,
    );
    const cut = staging.body.imports[0];
    expect(cut).toMatchObject({ status: 'running', phase: 'reading' });
    await kill9(server);

    server = await start(session);
    expect((await get(server, `/api/networks/imports/${cut.importId}`)).body).toMatchObject({
      status: 'interrupted',
      imported: 0,
      message: expect.stringMatching(/server stopped/),
    });
    expect(await stored(server)).toBe(0);

    // 2. Killed around the merge: the whole file sent, the server killed while it merges (or just after it committed).
    const second = upload(server);
    second.req.end(wholeFile());
    await until(
      () => get(server, '/api/networks/imports'),
      (r) => r.body.imports[0]?.importId !== cut.importId && r.body.imports[0]?.phase !== 'reading',
    );
    await kill9(server);
    server = await start(session);
    const [merged] = (await get(server, '/api/networks/imports')).body.imports;
    const count = await stored(server);
    if (merged.status === 'completed') expect(count).toBe(entitiesInFile);
    else expect([merged.status, count]).toEqual(['interrupted', 0]);

    // 3. Run again: the whole file, once and then once more, with the same result and no duplicates.
    for (let round = 0; round < 2; round++) {
      const again = upload(server);
      again.req.end(wholeFile());
      const answer = await again.answer;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 'completed', lines, entities: entitiesInFile, links: lines / 4, errorCount: 0 });
      expect(await stored(server)).toBe(entitiesInFile);
    }
    server.child.kill('SIGTERM');
  }, 300_000);
});
