// The control socket: how a `portal` command reaches the server that holds the embedded database, instead of opening
// the folder a second time. A Unix socket in $PORTAL_DATA (mode 0600: only the account that runs the portal, who can
// read the database files anyway) plus a random token kept in the folder's lock file. It is never on the network;
// where the socket path would be too long for the kernel, it listens on 127.0.0.1 with the same token.
// Each request runs one operation (operations.ts) and streams its output back as JSON lines.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { LockHolder } from '../db/folder-lock.js';
import { type OperationContext, type OperationIo, type OperationName, operations } from './operations.js';

type Address = NonNullable<LockHolder['control']>;

/** What travels back to the CLI, one JSON object per line. */
type Message = { out: string } | { note: string } | { progress: string } | { exit: number } | { error: string };

const MAX_UNIX_PATH = 100;

export interface ControlServer {
  address: Address;
  close(): Promise<void>;
}

export async function startControlServer(dataDir: string, context: () => Omit<OperationContext, 'io'>): Promise<ControlServer> {
  const token = randomBytes(32).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  const server = http.createServer((req, res) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    const name = decodeURIComponent((req.url ?? '').replace(/^\/operations\//, '')) as OperationName;
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void res.writeHead(401).end();
    if (req.method !== 'POST' || !Object.hasOwn(operations, name)) return void res.writeHead(404).end();
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 1 << 20) req.destroy();
    });
    req.on('end', () => {
      const aborter = new AbortController();
      res.on('close', () => aborter.abort(new Error('the command was interrupted; nothing was changed by the part not done')));
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const send = (m: Message) => {
        if (!res.writableEnded) res.write(`${JSON.stringify(m)}\n`);
      };
      let lastProgress = 0;
      const io: OperationIo = {
        out: (line) => send({ out: line }),
        note: (line) => send({ note: line }),
        progress: (text) => {
          if (Date.now() - lastProgress < 250) return;
          lastProgress = Date.now();
          send({ progress: text });
        },
        signal: aborter.signal,
      };
      const run = operations[name].run as (ctx: OperationContext, args: unknown) => Promise<number>;
      Promise.resolve()
        .then(() => run({ ...context(), io }, JSON.parse(body || '{}')))
        .then(
          (code) => send({ exit: code }),
          (error: unknown) => send({ error: error instanceof Error ? error.message : String(error) }),
        )
        .finally(() => res.end());
    });
  });

  const socketPath = path.join(dataDir, 'portal.sock');
  let address: Address;
  if (socketPath.length <= MAX_UNIX_PATH) {
    // Whoever holds the folder lock owns the socket name; one left by a killed server is removed.
    fs.rmSync(socketPath, { force: true });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socketPath, resolve));
    fs.chmodSync(socketPath, 0o600);
    address = { socketPath, token };
  } else {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    address = { port: (server.address() as { port: number }).port, token };
  }
  return {
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        if (address.socketPath) fs.rmSync(address.socketPath, { force: true });
      }),
  };
}

/** Runs an operation in the server at `address`, relaying its output; resolves with its exit code. */
export function runThroughServer(address: Address, name: OperationName, args: unknown, io: Omit<OperationIo, 'signal'>, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        ...(address.socketPath ? { socketPath: address.socketPath } : { host: '127.0.0.1', port: address.port }),
        method: 'POST',
        path: `/operations/${encodeURIComponent(name)}`,
        headers: { authorization: `Bearer ${address.token}`, 'content-type': 'application/json' },
        signal,
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`the running portal refused the command (HTTP ${res.statusCode})`));
        let carry = '';
        let finished = false;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const lines = (carry + chunk).split('\n');
          carry = lines.pop()!;
          for (const line of lines) {
            if (!line) continue;
            const m = JSON.parse(line) as Message;
            if ('out' in m) io.out(m.out);
            else if ('note' in m) io.note(m.note);
            else if ('progress' in m) io.progress(m.progress);
            else if ('exit' in m) {
              finished = true;
              resolve(m.exit);
            } else if ('error' in m) {
              finished = true;
              reject(new Error(m.error));
            }
          }
        });
        const stopped = () => {
          if (!finished) reject(new Error('the running portal stopped before the command finished'));
        };
        res.on('end', stopped);
        res.on('error', stopped);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(['ECONNREFUSED', 'ENOENT'].includes(error.code ?? '') ? new Error('the running portal does not answer on its control socket') : error),
    );
    req.end(JSON.stringify(args));
  });
}
