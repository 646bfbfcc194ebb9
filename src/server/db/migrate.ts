// Versioned SQL migrations: db/migrations/NNNN_name.sql, applied in order, each once, each in a transaction.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, sql } from './index.js';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function listMigrations(): string[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/** Applies pending migrations; returns the names applied. Safe when several instances start at once. */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  await db.transaction(async () => {
    // One migrator at a time across app instances sharing a server.
    await db.query(sql`SELECT pg_advisory_xact_lock(727274)`);
    const done = new Set((await db.query<{ name: string }>(sql`SELECT name FROM schema_migrations`)).map((r) => r.name));
    for (const name of listMigrations()) {
      if (done.has(name)) continue;
      await db.exec(fs.readFileSync(path.join(migrationsDir, name), 'utf8'));
      await db.query(sql`INSERT INTO schema_migrations (name) VALUES (${name})`);
      applied.push(name);
    }
  });
  return applied;
}
