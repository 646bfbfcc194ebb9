// A fresh, migrated database for one test file: PGlite in memory, or a new database on the server in DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { openDb, type Db } from '../db/index.js';
import { migrate } from '../db/migrate.js';
import { loadReferenceData } from '../reference.js';

export interface TestDb {
  db: Db;
  /** The server database's URL, or null on PGlite. */
  url: string | null;
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDb({});
    await migrate(db);
    await loadReferenceData(db);
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
