#!/usr/bin/env node
// `npm run bench -- NAME [args]` runs bench/NAME.ts; without a name it lists the workloads.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const workloads = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const [name, ...args] = process.argv.slice(2);
if (!name || !workloads.includes(name)) {
  console.log(`usage: npm run bench -- NAME [args]\nworkloads: ${workloads.join(', ')}\nfigures: docs/benchmarks.md`);
  process.exit(name ? 1 : 0);
}
// Benchmarks build portals that seal TOTP secrets; a throwaway key does, unless the environment gives one.
const env = { ...process.env, PORTAL_SECRET_KEY: process.env.PORTAL_SECRET_KEY || randomBytes(32).toString('base64') };
const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, `${name}.ts`), ...args], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
