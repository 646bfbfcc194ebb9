// While `portal serve` holds an embedded database, the administration commands run inside it (never a second
// process on the folder), a second server or the demo is refused naming its pid and port, and once it has stopped
// the same commands open the folder themselves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalProcess, portalRun, startServer } from '../testing/processes.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-ops-'));
const env = { PORTAL_DATA: path.join(dir, 'data'), DATABASE_URL: '' };
let server: PortalProcess & { url: string };
const inside = () => new RegExp(`running inside the portal that holds ${env.PORTAL_DATA}/db: pid ${server.child.pid}, ${server.url}`);

beforeAll(async () => {
  server = await startServer(env);
}, 300_000);

afterAll(async () => {
  if (server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('commands while a server holds the embedded database', () => {
  it('run inside the server: user create, audit verify, migrate, backup, keys status', { timeout: 300_000 }, async () => {
    const created = await portalRun(['user', 'create', '--email', 'rso.ops@test.example', '--name', 'RSO Ops', '--role', 'admin'], env);
    expect(created.stderr).toMatch(inside());
    expect(created.stdout).toMatch(/^created rso\.ops@test\.example \(/);
    expect(created.code).toBe(0);

    const verified = await portalRun(['audit', 'verify'], env);
    expect(verified.stdout).toMatch(/^audit log intact: \d+ entries$/m);
    expect((await portalRun(['migrate'], env)).stdout).toMatch(/database is up to date/);

    const file = path.join(dir, 'running.backup');
    const backedUp = await portalRun(['backup', file], env);
    expect(backedUp.stderr).toMatch(inside());
    expect(backedUp.stdout).toMatch(
      /^backup written to .*running\.backup: [\d,]+ rows in \d+ tables, [\d,]+ bytes, encrypted with the portal key k[0-9a-f]+$/m,
    );
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    const status = await portalRun(['keys', 'status'], env);
    expect(status.stdout).toMatch(/^current key: k[0-9a-f]+$/m);
    // The server is still serving.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('refuses a second server and the demo on the same folder, naming the running one', { timeout: 120_000 }, async () => {
    for (const args of [['serve'], ['demo']]) {
      const refused = await portalRun(args, { ...env, PORT: '0' });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `error: the embedded database in ${env.PORTAL_DATA}/db is in use by \`portal serve\` (pid ${server.child.pid}, serving ${server.url})`,
      );
    }
  });

  it('once the server has stopped, the commands open the folder themselves', { timeout: 300_000 }, async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(`${env.PORTAL_DATA}/db.lock`)).toBe(false);
    expect(fs.existsSync(`${env.PORTAL_DATA}/portal.sock`)).toBe(false);
    const verified = await portalRun(['audit', 'verify'], env);
    expect(verified.stderr).not.toMatch(/running inside/);
    expect(verified.stdout).toMatch(/^audit log intact/m);
  });
});
