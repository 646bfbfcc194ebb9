// A whole portal in-process for API tests, with factories for accounts and signed-in clients.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { SYSTEM_ACTOR } from '../access/actor.js';
import { type Clearance, type Role, requiresMfa } from '../access/subject.js';
import { buildApp } from '../app.js';
import { currentTotp, newTotpSecret } from '../auth/totp.js';
import { type Config, loadConfig } from '../config.js';
import type { Db } from '../db/index.js';
import type { DeclaredRoute } from '../http/access-hook.js';
import type { Services } from '../services.js';
import { createTestDb } from './db.js';

export interface TestPortal {
  app: FastifyInstance;
  routes: DeclaredRoute[];
  databaseUrl: string | null;
  services: Services;
  /** The portal's database, for tests that set up or inspect rows no service writes (expired sessions, row counts). */
  db: Db;
  config: Config;
  close(): Promise<void>;
}

export async function createTestPortal(overrides: Partial<Config> = {}, options: Parameters<typeof createTestDb>[0] = {}): Promise<TestPortal> {
  const { db, drop, url } = await createTestDb(options);
  // Quiet unless asked (PORTAL_LOG_LEVEL=info npx vitest ...); a test that reads the logs passes its own stream.
  const config = loadConfig({ webDir: '/nonexistent', logLevel: process.env.PORTAL_LOG_LEVEL ?? 'silent', ...overrides });
  const { app, services, routes } = await buildApp({ db, config });
  return {
    app,
    services,
    db,
    routes,
    config,
    databaseUrl: url,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  totpSecret: string | null;
  state: string | null;
}

let counter = 0;

/** Creates an account directly through the accounts service (as the system), with MFA enrolled when required. */
export async function makeUser(
  services: Services,
  opts: { role?: Role; roles?: Role[]; state?: string | null; clearance?: Clearance; clearanceExpires?: string | null; email?: string; agency?: string } = {},
): Promise<TestUser> {
  const roles = opts.roles ?? [opts.role ?? 'officer'];
  const state = opts.state === undefined ? 'IDN' : opts.state;
  const clearance = opts.clearance ?? 'none';
  let organisationId: string;
  if (state === null) organisationId = (await services.accounts.secretariat()).id;
  else {
    const agency = opts.agency ?? `Test agency of ${state}`;
    const existing = await services.accounts.store.organisationByName(agency, state);
    const kind = (await services.accounts.store.memberKind(state))?.kind === 'organisation' ? 'international_org' : 'state_agency';
    organisationId = existing?.id ?? (await services.accounts.createOrganisation(SYSTEM_ACTOR, { name: agency, kind, memberCode: state })).id;
  }
  const email = opts.email ?? `user${++counter}.${process.pid}@test.example`;
  const password = `Test-password-${counter}-Xy9!`;
  const totpSecret = requiresMfa({ clearance, roles }) ? newTotpSecret() : null;
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const grantable = clearance === 'none' ? null : inAYear;
  const { user } = await services.accounts.create(SYSTEM_ACTOR, {
    email,
    name: `Test ${roles.join('/')} ${state ?? 'RSO'}`,
    organisationId,
    roles,
    clearance,
    clearanceExpires: grantable,
    password,
    totpSecret,
  });
  // Tests may need an expired clearance, which the service rightly refuses to grant.
  if (opts.clearanceExpires !== undefined && clearance !== 'none')
    await services.accounts.store.updateUser(user.id, { clearanceExpires: opts.clearanceExpires });
  return { id: user.id, email, password, totpSecret, state };
}

export interface Client {
  csrfToken: string;
  cookie: string;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

const lastStepUsed = new Map<string, number>();
/** A TOTP code for a step this secret has not used yet in this process (the portal refuses replays). */
export function freshTotp(secret: string): string {
  let now = Date.now();
  const used = lastStepUsed.get(secret) ?? 0;
  if (Math.floor(now / 30_000) <= used) now = (used + 1) * 30_000 + 1000; // the next step is within the accepted drift window
  lastStepUsed.set(secret, Math.floor(now / 30_000));
  return currentTotp(secret, now);
}

export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method, url, payload: body === undefined ? undefined : (body as object), headers: { cookie, 'x-csrf-token': csrfToken, ...headers } });
  return {
    csrfToken,
    cookie,
    get: (url, headers) => send('GET', url, undefined, headers),
    post: (url, body, headers) => send('POST', url, body ?? {}, headers),
    put: (url, body, headers) => send('PUT', url, body ?? {}, headers),
    patch: (url, body, headers) => send('PATCH', url, body ?? {}, headers),
    delete: (url, headers) => send('DELETE', url, undefined, headers),
  };
}

/** Signs in through the real login route (with a TOTP code when the account has one). */
export async function signIn(app: FastifyInstance, user: TestUser): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: user.password, ...(user.totpSecret ? { totp: freshTotp(user.totpSecret) } : {}) },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${user.email}: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  return clientFor(app, cookie, res.json().csrfToken);
}

/** Shortcut: a new account of this kind, signed in. */
export async function signedIn(portal: TestPortal, opts: Parameters<typeof makeUser>[1] = {}): Promise<Client & { user: TestUser }> {
  const user = await makeUser(portal.services, opts);
  return Object.assign(await signIn(portal.app, user), { user });
}
