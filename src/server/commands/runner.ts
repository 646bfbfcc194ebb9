// Runs a `portal` operation where it may run: in this process when it can open the database, or through the running
// server when that server holds the embedded database's folder (never a second process on one PGlite folder).
import type { Config } from '../config.js';
import { FolderInUse, folderHolder, type LockHolder } from '../db/folder-lock.js';
import { openDb } from '../db/index.js';
import { databaseFolder, openPortalDb } from '../main.js';
import { createFoundation, createServices } from '../services.js';
import { runThroughServer } from './control.js';
import { type OperationArgs, type OperationContext, type OperationIo, type OperationName, operations } from './operations.js';

/** How each command reaches the database, for `--help` and the README. */
export const HOW_IT_RUNS =
  'On PGlite, when a portal server holds $PORTAL_DATA/db, the command runs inside that server (through ' +
  'its control socket $PORTAL_DATA/portal.sock); otherwise it opens the database itself and holds it while it works. ' +
  'With DATABASE_URL it connects to the PostgreSQL server directly.';

function viaServer(folder: string, holder: LockHolder, name: OperationName, args: unknown, io: OperationIo): Promise<number> {
  if (!holder.control) throw new FolderInUse(folder, holder);
  io.note(`(running inside the portal that holds ${folder}: pid ${holder.pid}${holder.url ? `, ${holder.url}` : ''})`);
  return runThroughServer(holder.control, name, args, io, io.signal);
}

export async function runOperation<N extends OperationName>(name: N, args: OperationArgs<N>, config: Config, io: OperationIo): Promise<number> {
  const operation = operations[name] as { needs: 'database' | 'services'; run(ctx: OperationContext, a: unknown): Promise<number> };
  const folder = databaseFolder(config);
  if (!config.databaseUrl) {
    const holder = folderHolder(folder);
    if (holder) return viaServer(folder, holder, name, args, io);
  }
  let db: Awaited<ReturnType<typeof openDb>>;
  try {
    const holder = `portal ${name.replace('.', ' ')}`;
    db =
      operation.needs === 'services'
        ? await openPortalDb(config, holder)
        : await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? null : folder, holder });
  } catch (error) {
    // A server that started a moment ago, between the look and the open.
    if (error instanceof FolderInUse) return viaServer(folder, error.holder, name, args, io);
    throw error;
  }
  try {
    const services = operation.needs === 'services' ? createServices(createFoundation(db, config)) : null;
    return await operation.run({ config, db, services, io }, args);
  } finally {
    await db.close();
  }
}
