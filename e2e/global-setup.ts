// Starts one portal with the demo data set on a free port for all browser tests, and stops it after: at the end of the
// run, and when the run is interrupted (Ctrl-C, SIGTERM), which runs no teardown.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

let child: ChildProcess | null = null;
let dataDirOfRun: string | null = null;

/** Whether the process `pid` has ended. A child that ended stays a zombie until Node reaps it, which a blocked event
 * loop cannot do, so on Linux its state in /proc says it; elsewhere, whether a signal can still reach it. */
function ended(pid: number): boolean {
  if (fs.existsSync('/proc/self')) {
    try {
      return /^\d+ \(.*\) [ZX]/s.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return true;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/** Waits, blocking, up to `ms` for the process to end; whether it did. */
function waitForEnd(pid: number, ms: number): boolean {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + ms;
  while (!ended(pid)) {
    if (Date.now() > deadline) return false;
    Atomics.wait(pause, 0, 0, 50);
  }
  return true;
}

/**
 * Stops the portal and removes its folder without the event loop: on Ctrl-C or SIGTERM vitest exits a millisecond
 * later and runs no teardown, so an asynchronous stop would never finish and the portal would keep running.
 */
function stopNow(): void {
  const running = child;
  child = null;
  if (running?.pid && running.exitCode === null) {
    // SIGTERM lets the portal close its database (or ends the demo seeding); one that does not stop is killed.
    running.kill('SIGTERM');
    if (!waitForEnd(running.pid, 10_000)) {
      running.kill('SIGKILL');
      waitForEnd(running.pid, 5_000);
    }
  }
  if (dataDirOfRun) fs.rmSync(dataDirOfRun, { recursive: true, force: true });
  dataDirOfRun = null;
}

function interrupted(signal: NodeJS.Signals): void {
  stopNow();
  // Vitest listens too and exits; if nothing else listens any more, end as the signal would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

export async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
  dataDirOfRun = dataDir;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const portal = spawn(process.execPath, ['bin/portal.mjs', 'demo', '--serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PORTAL_DATA: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = portal;
  // From here on an interrupted run stops the portal too, even while it is still seeding the demo.
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  process.once('exit', stopNow);
  let output = '';
  portal.stdout!.on('data', (d) => {
    output += d;
  });
  portal.stderr!.on('data', (d) => {
    output += d;
  });
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (portal.exitCode !== null) throw new Error(`portal exited early:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`portal did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
}

export async function teardown() {
  process.off('SIGINT', interrupted);
  process.off('SIGTERM', interrupted);
  process.off('exit', stopNow);
  const running = child;
  child = null;
  if (running && running.exitCode === null) {
    // Wait for the portal to close its database before its folder goes: each run makes a fresh one (about 50 MB).
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  if (dataDirOfRun) fs.rmSync(dataDirOfRun, { recursive: true, force: true });
  dataDirOfRun = null;
}
