// The demo's own secret key, kept in $PORTAL_DATA so that `npm run demo` needs no setup. A real portal takes its key
// from the environment (PORTAL_SECRET_KEY) and never from a file beside its data.
import fs from 'node:fs';
import path from 'node:path';
import { generateKey } from './keyring.js';

export const demoKeyFile = (dataDir: string) => path.join(dataDir, 'demo-secret.key');

/** The demo's keys, current first; empty when this data folder has none. */
export function readDemoKeys(dataDir: string): string[] {
  const file = demoKeyFile(dataDir);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function writeDemoKeys(dataDir: string, keys: string[]): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = demoKeyFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `# Bali Portal DEMO secret keys (current first). Not for a real portal: set PORTAL_SECRET_KEY instead.\n${keys.join('\n')}\n`, {
    mode: 0o600,
  });
  fs.renameSync(tmp, file);
}

/** The demo's keys, made on first use. */
export function ensureDemoKeys(dataDir: string): string[] {
  const keys = readDemoKeys(dataDir);
  if (keys.length) return keys;
  writeDemoKeys(dataDir, [generateKey()]);
  return readDemoKeys(dataDir);
}

/** Puts a new current key in front of the demo's keys (the old ones stay to open older backups). */
export function addDemoKey(dataDir: string): string[] {
  writeDemoKeys(dataDir, [generateKey(), ...readDemoKeys(dataDir)]);
  return readDemoKeys(dataDir);
}
