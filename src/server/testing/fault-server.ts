// A real portal server in a process of its own, for fault tests that kill it with `kill -9` in the middle of a write and
// start it again on the same data (PGlite in $PORTAL_DATA, or the server in $DATABASE_URL). The first start creates a
// signed-in analyst; later starts reuse that session (FAULT_SESSION), as a person's browser would after a restart.
// Prints one line when it listens: `FAULT-SERVER {url, cookie, csrfToken}` (its logs may go to stdout too).

import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openPortalDb } from '../main.js';
import { makeUser, signIn } from './portal.js';

const config = loadConfig({ webDir: '/nonexistent', port: 0, host: '127.0.0.1' });
const db = await openPortalDb(config);
const { app, services } = await buildApp({ db, config });
await services.imports.sweep();
let session = process.env.FAULT_SESSION ? (JSON.parse(process.env.FAULT_SESSION) as { cookie: string; csrfToken: string }) : null;
if (!session) {
  const user = await makeUser(services, { role: 'analyst', state: 'AUS', clearance: 'secret' });
  const client = await signIn(app, user);
  session = { cookie: client.cookie, csrfToken: client.csrfToken };
}
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`FAULT-SERVER ${JSON.stringify({ url, ...session })}\n`);
