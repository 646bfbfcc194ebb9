// Writes a backup: every table of the portal (rows as JSON, generated columns left for the database to compute again),
// every sequence, and a manifest of per-table row counts and content checksums, all from one consistent snapshot.
import { type Db, sql } from '../db/index.js';
import { backupTables, canonicalSession, formatChecksum, ident, rowHash, rowText, schemaVersion, sequenceValues } from './catalog.js';
import { type BackupContent, type Progress, rowsLine } from './content.js';
import { type BackupKeys, BackupWriter } from './file.js';

const ROWS_PER_FETCH = 1000;
const LINE_BYTES = 4 << 20;

export interface BackupOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export async function backup(db: Db, file: string, keys: BackupKeys, options: BackupOptions = {}): Promise<{ rows: number; tables: number; bytes: number }> {
  const writer = await BackupWriter.create(file, keys);
  try {
    const result = await db.transaction(async () => {
      // One snapshot for every table, so the foreign keys between them hold in the copy.
      await db.query(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      await canonicalSession(db);
      const tables = await backupTables(db);
      const counts = new Map<string, number>();
      for (const t of tables) counts.set(t.name, (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${ident(t.name)}`))!.n);
      const totalRows = [...counts.values()].reduce((a, b) => a + b, 0);
      const header: BackupContent['header'] = {
        type: 'backup',
        version: 2,
        createdAt: new Date().toISOString(),
        engine: db.kind,
        schema: await schemaVersion(db),
        tables: tables.map((t) => ({ name: t.name, rows: counts.get(t.name)! })),
      };
      await writer.line(JSON.stringify(header));

      const manifest: BackupContent['manifest'] = { type: 'manifest', tables: {}, rows: 0 };
      let done = 0;
      for (const [i, t] of tables.entries()) {
        await writer.line(JSON.stringify({ type: 'table', name: t.name, columns: t.columns } satisfies BackupContent['table']));
        await db.query(sql`DECLARE portal_backup NO SCROLL CURSOR FOR SELECT ${rowText(t)} AS r, ${rowHash(t)} AS h FROM ${ident(t.name)} t`);
        let rows = 0;
        let sum = 0n;
        let batch: string[] = [];
        let batchBytes = 0;
        const flush = async () => {
          if (!batch.length) return;
          await writer.line(rowsLine(batch));
          batch = [];
          batchBytes = 0;
        };
        for (;;) {
          options.signal?.throwIfAborted();
          const fetched = await db.query<{ r: string; h: number }>(sql`FETCH ${sql.raw(String(ROWS_PER_FETCH))} FROM portal_backup`);
          for (const row of fetched) {
            batch.push(row.r);
            batchBytes += row.r.length;
            sum += BigInt(row.h);
            if (batchBytes >= LINE_BYTES) await flush();
          }
          rows += fetched.length;
          if (fetched.length) options.onProgress?.({ table: t.name, tableIndex: i, tables: tables.length, rows: done + rows, totalRows });
          if (fetched.length < ROWS_PER_FETCH) break;
        }
        await flush();
        await db.query(sql`CLOSE portal_backup`);
        done += rows;
        manifest.tables[t.name] = { rows, checksum: formatChecksum(rows, sum) };
        manifest.rows += rows;
        options.onProgress?.({ table: t.name, tableIndex: i + 1, tables: tables.length, rows: done, totalRows });
      }
      await writer.line(JSON.stringify({ type: 'sequences', values: await sequenceValues(db) } satisfies BackupContent['sequences']));
      await writer.line(JSON.stringify(manifest));
      return { rows: manifest.rows, tables: tables.length };
    });
    await writer.finish();
    return { ...result, bytes: writer.bytes };
  } catch (error) {
    await writer.discard();
    throw error;
  }
}
