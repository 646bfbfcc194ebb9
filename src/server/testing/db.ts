// A fresh, migrated database for one test file: PGlite in memory, or a new database on the server in DATABASE_URL.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../config.js';
import { type Db, openDb } from '../db/index.js';
import { migrate } from '../db/migrate.js';
import { loadReferenceData } from '../reference.js';

export interface TestDb {
  db: Db;
  /** The server database's URL, or null on PGlite. */
  url: string | null;
  drop(): Promise<void>;
}

/** Every file whose content shapes a fresh database: migrations and reference data. */
function schemaFingerprint(): string {
  const hash = createHash('sha256');
  const migrations = path.join(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  walk(migrations);
  walk(path.join(projectRoot, 'data'));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A migrated PGlite with reference data, dumped once per schema and reused by every test file:
 * starting from it skips initdb, the migrations and the reference loads.
 */
async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `portal-test-template-${schemaFingerprint()}.tar`);
  if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
  const db = await openDb({});
  await migrate(db);
  await loadReferenceData(db);
  const blob = await db.dump!();
  await db.close();
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(tmp, file);
  return blob;
}

/** On the server in DATABASE_URL when one is set, else PGlite; `engine: 'pglite'` asks for PGlite whatever is set. */
export async function createTestDb(options: { engine?: 'pglite' } = {}): Promise<TestDb> {
  const serverUrl = options.engine === 'pglite' ? undefined : process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDb({ loadDataDir: await pgliteTemplate() });
    // Loaders are idempotent; running them proves the template is current and costs little.
    await migrate(db);
    return { db, url: null, drop: () => db.close() };
  }
  const name = `portal_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openDb({ databaseUrl: serverUrl });
  await admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: url.toString() });
  await migrate(db);
  await loadReferenceData(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
