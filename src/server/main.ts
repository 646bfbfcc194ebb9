// Process entry: open the database, migrate, load reference data, build the app and listen.
import fs from 'node:fs';
import { buildApp, type Portal } from './app.js';
import { startControlServer } from './commands/control.js';
import { type Config, loadConfig } from './config.js';
import { type Db, openDb } from './db/index.js';
import { migrate } from './db/migrate.js';
import { loadReferenceData } from './reference.js';
import { demoKeyFile } from './secrets/demo-key.js';
import { KEY_VARIABLES, Keyring } from './secrets/keyring.js';
import { sealClearSecrets } from './secrets/sealed-columns.js';
import { createFoundation, createServices } from './services.js';

/** The embedded database's folder (PGlite) inside the data folder. */
export const databaseFolder = (config: Config) => `${config.dataDir}/db`;

/** Opens the portal's database ready for use: migrated, reference data loaded, secrets from older versions sealed. */
export async function openPortalDb(config: Config, holder = 'portal'): Promise<Db> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? null : databaseFolder(config), holder });
  try {
    await migrate(db);
    await loadReferenceData(db);
    await sealClearSecrets(db, new Keyring(config.secretKeys));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Why a server without a key does not start, and what to do about it. */
export function missingKeyMessage(config: Config): string {
  const demo = fs.existsSync(demoKeyFile(config.dataDir))
    ? ` This data folder holds the demo's own key (${demoKeyFile(config.dataDir)}): \`npm run demo\` serves the demo again.`
    : ' (`npm run demo` makes its own key in $PORTAL_DATA.)';
  return (
    `refusing to start without a secret key: the portal seals second-factor (TOTP) and webhook secrets at rest with it. ` +
    `Set ${KEY_VARIABLES.current} to 32 random bytes in base64 (\`npx portal keys generate\` makes one) and keep it safe with your backups.${demo}`
  );
}

export async function serve(config: Config = loadConfig(), prepared?: { db: Db }): Promise<Portal & { db: Db; url: string }> {
  if (!config.secretKeys.length) throw new Error(missingKeyMessage(config));
  const db = prepared?.db ?? (await openPortalDb(config, 'portal serve'));
  const portal = await buildApp({ db, config });
  // Imports this server (or one that died) left running are now interrupted: say so, and drop their staging.
  await portal.services.imports.sweep();
  const address = await portal.app.listen({ port: config.port, host: config.host });
  // On PGlite this process alone holds the folder: `portal backup`, `restore`, `user` ... run through it.
  const control = db.folderLock ? await startControlServer(config.dataDir, () => ({ config, db, services: portal.services })) : null;
  db.folderLock?.update({ url: address, control: control?.address ?? null });
  const shutdown = async () => {
    await control?.close();
    await portal.app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { ...portal, db, url: address };
}

export { createFoundation, createServices };
