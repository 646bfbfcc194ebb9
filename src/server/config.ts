// Every setting of the portal, read once from the environment and typed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSealed, KEY_VARIABLES, Keyring } from './secrets/keyring.js';

/** The project folder (holding data/ and dist/), wherever the process was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Serve cookies with the Secure flag (behind TLS). */
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  bodyLimitBytes: number;
  webDir: string;
  smtpUrl: string | null;
  mailFrom: string;
  /** The regional key for keyed-hash document lists (hex or base64, 32+ bytes); without it no list can be kept hashed. */
  documentKey: string | null;
  /**
   * Secret keys as written in the environment, the current one first (PORTAL_SECRET_KEY, then PORTAL_SECRET_KEYS_OLD);
   * empty when none is set (the demo then makes its own in $PORTAL_DATA; `portal serve` refuses to start).
   */
  secretKeys: string[];
  /** Where secretKeys came from: the environment, or the demo's own file in $PORTAL_DATA. */
  secretKeySource: 'environment' | 'demo' | 'none';
  /** JSON log level (pino): fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Bearer token that GET /api/metrics requires; without one, metrics are refused. */
  metricsToken: string | null;
  /** How often a running server looks for due duties and queued jobs. */
  jobsIntervalMs: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
function logLevel(): string {
  const raw = process.env.PORTAL_LOG_LEVEL || (process.env.PORTAL_LOG === '0' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(raw)) throw new Error(`PORTAL_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function secretKeysFromEnvironment(): string[] {
  const current = process.env[KEY_VARIABLES.current]?.trim();
  const previous = (process.env[KEY_VARIABLES.previous] ?? '').split(/[\s,]+/).filter(Boolean);
  if (!current && previous.length)
    throw new Error(`${KEY_VARIABLES.previous} is set but ${KEY_VARIABLES.current} is not: the current key seals, the old ones only open`);
  const keys = current ? [current, ...previous] : [];
  new Keyring(keys); // refuses a malformed key now, naming the variable, rather than at the first sign-in
  return keys;
}

/** A setting that may be given sealed (`npx portal keys seal NAME`), so that the file holding the environment holds no password. */
function openedSetting(name: string, keys: string[]): string | null {
  const value = process.env[name];
  if (!value) return null;
  return isSealed(value) ? new Keyring(keys).open(value, `env:${name}`) : value;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(process.env.PORTAL_DATA ?? './var');
  const secretKeys = secretKeysFromEnvironment();
  return {
    port: int('PORT', 8080),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: process.env.DATABASE_URL || null,
    secureCookies: process.env.PORTAL_SECURE_COOKIES === '1',
    sessionIdleMinutes: int('PORTAL_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: int('PORTAL_SESSION_ABSOLUTE_HOURS', 12),
    loginMaxFailures: int('PORTAL_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int('PORTAL_LOGIN_LOCK_MINUTES', 15),
    bodyLimitBytes: int('PORTAL_BODY_LIMIT_BYTES', 1024 * 1024),
    webDir: path.resolve(projectRoot, process.env.PORTAL_WEB_DIR ?? 'dist/web'),
    smtpUrl: openedSetting('SMTP_URL', secretKeys),
    mailFrom: process.env.MAIL_FROM ?? 'portal@localhost',
    documentKey: process.env.PORTAL_DOCUMENT_KEY || null,
    logLevel: logLevel(),
    metricsToken: process.env.PORTAL_METRICS_TOKEN || null,
    jobsIntervalMs: int('PORTAL_JOBS_INTERVAL_MS', 2000),
    secretKeys,
    secretKeySource: secretKeys.length ? 'environment' : 'none',
    ...overrides,
  };
}
