// Starting and stopping the bench's server processes (bench/lib/http-target.ts), and a throwaway PostgreSQL database.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import type { TargetReady } from './http-target';

export interface RunningTarget extends TargetReady {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const benchSecretKey = randomBytes(32).toString('base64');

/** Starts one server process and waits for the line saying it listens. */
export async function startTarget(kind: 'portal' | 'bare', databaseUrl: string | null, options: { pgliteOnFiles?: boolean } = {}): Promise<RunningTarget> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'http-target.ts'), kind, ...(databaseUrl ? [databaseUrl] : [])],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      // The portal seals secrets (TOTP seeds, webhook secrets) and will not start without a key: a throwaway one per run.
      env: {
        ...process.env,
        PORTAL_LOG: '0',
        PORTAL_SECRET_KEY: process.env.PORTAL_SECRET_KEY ?? benchSecretKey,
        ...(options.pgliteOnFiles ? { BENCH_PGLITE_FOLDER: '1' } : {}),
      },
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<TargetReady>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code} before listening`)));
    lines.once('line', (line) => resolve(JSON.parse(line) as TargetReady));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { ...ready, url: `http://127.0.0.1:${ready.port}`, pid: child.pid!, stop };
}

/** A database of its own on the given server, dropped by the returned function. */
export async function scratchDatabase(serverUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/**
 * CPU time of a process so far, in ms (Linux: utime + stime of /proc/<pid>/stat, in ticks of 10 ms; NaN elsewhere).
 * What a request costs the server moves much less with the machine's load than how many requests it answers in a second.
 */
export function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
