// Process entry: open the database, migrate, load reference data, build the app and listen.
import { loadConfig, type Config } from './config.js';
import { openDb, type Db } from './db/index.js';
import { migrate } from './db/migrate.js';
import { buildApp, type Portal } from './app.js';
import { loadReferenceData } from './reference.js';

export async function openPortalDb(config: Config): Promise<Db> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? null : `${config.dataDir}/db` });
  await migrate(db);
  await loadReferenceData(db);
  return db;
}

export async function serve(config: Config = loadConfig(), prepared?: { db: Db }): Promise<Portal & { db: Db; url: string }> {
  const db = prepared?.db ?? (await openPortalDb(config));
  const portal = await buildApp({ db, config });
  const address = await portal.app.listen({ port: config.port, host: config.host });
  const shutdown = async () => {
    await portal.app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { ...portal, db, url: address };
}
