// The `portal` command as separate processes, for tests of what only separate processes show: one process per
// database folder, commands run through a server, and kills in the middle of a command.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { projectRoot } from '../config.js';

export interface PortalProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first output line (stdout or stderr) matching, or rejects when the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

export function portal(args: string[], env: Record<string, string | undefined>): PortalProcess {
  const child = spawn(process.execPath, ['bin/portal.mjs', ...args], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const watchers: { pattern: RegExp; resolve(line: string): void }[] = [];
  const carry = { out: '', err: '' };
  const scan = (stream: 'out' | 'err', text: string) => {
    const lines = (carry[stream] + text).split('\n');
    carry[stream] = lines.pop()!;
    for (const line of lines)
      for (const w of [...watchers])
        if (w.pattern.test(line)) {
          watchers.splice(watchers.indexOf(w), 1);
          w.resolve(line);
        }
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    scan('out', d);
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    scan('err', d);
  });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    child,
    exited,
    stdout: () => out,
    stderr: () => err,
    waitFor(pattern, timeoutMs = 240_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${out}\n${err}`)), timeoutMs);
        const done = (line: string) => {
          clearTimeout(timer);
          resolve(line);
        };
        watchers.push({ pattern, resolve: done });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`portal ${args.join(' ')} exited (${code}) before printing ${pattern}:\n${out}\n${err}`));
        });
      });
    },
  };
}

/** Runs a command to its end. */
export async function portalRun(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const p = portal(args, env);
  const code = await p.exited;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** `portal serve` on a free port, answering its health check. */
export async function startServer(env: Record<string, string | undefined>): Promise<PortalProcess & { url: string }> {
  const port = await freePort();
  const server = portal(['serve'], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  await server.waitFor(/listening on/);
  return Object.assign(server, { url: `http://127.0.0.1:${port}` });
}
