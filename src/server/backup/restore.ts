// Restores a backup into an empty portal, in one transaction: the portal ends up whole or, after any failure or a
// kill, exactly as empty as before. Refuses a file that is damaged, foreign, for another schema version, or whose
// sealed secrets this portal has no key for; with `verify`, recomputes every table's checksum before committing.
import { type Db, sql } from '../db/index.js';
import { sealClearSecrets, sealedCounts } from '../secrets/sealed-columns.js';
import { applySequences, backupTables, canonicalSession, ident, OWNED_RESTORES, schemaVersion, type TableInfo, tableChecksum } from './catalog.js';
import { type BackupContent, type BackupRecord, type Progress, parseRecord } from './content.js';
import { type BackupKeys, BackupRefused, openBackupFile } from './file.js';

export interface RestoreOptions {
  /** Recompute every table's content checksum after loading and compare it with the manifest. */
  verify?: boolean;
  onProgress?: (p: Progress & { bytes: number; size: number }) => void;
  signal?: AbortSignal;
}

export interface RestoreResult {
  rows: number;
  tables: number;
  /** True when every table's checksum was recomputed and matched. */
  verified: boolean;
}

/** The first table whose restored content differs from what the backup's manifest says was backed up. */
export class RestoreMismatch extends BackupRefused {
  constructor(
    readonly table: string,
    readonly expected: { rows: number; checksum: string },
    readonly found: { rows: number; checksum: string },
  ) {
    super(
      `table ${table} differs: the backup holds ${expected.rows} rows (checksum ${expected.checksum}), the restored table ${found.rows} (checksum ${found.checksum}); nothing was restored`,
    );
  }
}

function difference(label: string, theirs: string[], ours: string[]): string | null {
  const missing = theirs.filter((m) => !ours.includes(m));
  const extra = ours.filter((m) => !theirs.includes(m));
  if (!missing.length && !extra.length) return null;
  return [missing.length ? `${label} unknown here: ${missing.join(', ')}` : '', extra.length ? `${label} the backup does not have: ${extra.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
}

export async function restore(db: Db, file: string, keys: BackupKeys, options: RestoreOptions = {}): Promise<RestoreResult> {
  const reader = await openBackupFile(file, keys);
  try {
    const records = reader.lines();
    const next = async (): Promise<BackupRecord | null> => {
      const { value, done } = await records.next();
      if (done) return null;
      try {
        return parseRecord(value);
      } catch {
        throw new BackupRefused(`${file} is damaged: a record is not readable`);
      }
    };
    const header = await next();
    if (header?.type !== 'backup' || header.version !== 2) throw new BackupRefused(`${file} is not a Bali Portal backup`);

    return await db.transaction(async () => {
      await canonicalSession(db);
      const schemaGap = difference('migrations', header.schema, await schemaVersion(db));
      if (schemaGap)
        throw new BackupRefused(`${file} was written at another schema version (${schemaGap}); restore it with the portal version that wrote it, then upgrade`);
      const accounts = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`))!.n;
      if (accounts > 0) throw new BackupRefused(`restore needs an empty portal: this one has ${accounts} accounts`);

      const tables = new Map((await backupTables(db)).map((t) => [t.name, t]));
      const tableGap = difference(
        'tables',
        header.tables.map((t) => t.name),
        [...tables.keys()],
      );
      if (tableGap) throw new BackupRefused(`${file} does not fit this portal's tables (${tableGap})`);
      const expected = new Map(header.tables.map((t) => [t.name, t.rows]));
      const totalRows = header.tables.reduce((a, t) => a + t.rows, 0);

      // The copy is loaded as it was: no append-only guard, no derived-row trigger fires; foreign keys stay checked.
      for (const t of tables.values()) await db.query(sql`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
      for (const [name, owner] of Object.entries(OWNED_RESTORES)) if (tables.has(name)) await owner.clear(db);
      await db.query(sql`TRUNCATE ${sql.join([...tables.values()].map((t) => ident(t.name)))}`);

      const loaded = new Map<string, number>();
      let current: { table: TableInfo; columns: string[]; target: string; owned: string[] | null } | null = null;
      let rows = 0;
      const finishTable = async () => {
        if (!current) return;
        const { table, columns, owned } = current;
        if (owned) {
          const rowsText = `[${owned
            .map((chunk) => chunk.slice(1, -1))
            .filter(Boolean)
            .join(',')}]`;
          await OWNED_RESTORES[table.name]!.load(db, JSON.parse(rowsText) as Record<string, unknown>[]);
          // The owner writes rows its own way (time stamps of now): every column is then set back to the backed-up value.
          const key = sql.and(table.primaryKey.map((c) => sql`t.${ident(c)} = r.${ident(c)}`));
          const others = columns.filter((c) => !table.primaryKey.includes(c));
          if (others.length)
            await db.query(sql`UPDATE ${ident(table.name)} t SET (${sql.join(others.map((c) => ident(c)))}) = (${sql.join(others.map((c) => sql`r.${ident(c)}`))})
              FROM jsonb_populate_recordset(NULL::${ident(table.name)}, ${rowsText}::jsonb) r WHERE ${key}`);
          loaded.set(table.name, (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${ident(table.name)}`))!.n);
        } else if (current.target !== table.name) {
          // A table that references itself gets its rows in one statement, so a row may point at one loaded after it.
          const list = sql.join(columns.map((c) => ident(c)));
          await db.query(sql`INSERT INTO ${ident(table.name)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM portal_restore_stage`);
          await db.query(sql`DROP TABLE portal_restore_stage`);
        }
        if ((loaded.get(table.name) ?? 0) !== expected.get(table.name))
          throw new BackupRefused(
            `${file} is damaged: table ${table.name} should hold ${expected.get(table.name)} rows, the file has ${loaded.get(table.name) ?? 0}`,
          );
        current = null;
      };

      let record: BackupRecord | null;
      let sequences: BackupContent['sequences'] | null = null;
      let manifest: BackupContent['manifest'] | null = null;
      while ((record = await next())) {
        options.signal?.throwIfAborted();
        if (record.type === 'table') {
          await finishTable();
          const table = tables.get(record.name);
          if (!table || loaded.has(record.name)) throw new BackupRefused(`${file} is damaged: unexpected table ${record.name}`);
          const columnGap = difference(`columns of ${record.name}`, record.columns, table.columns);
          if (columnGap) throw new BackupRefused(`${file} does not fit this portal's tables (${columnGap})`);
          let target = table.name;
          if (table.selfReferencing && !OWNED_RESTORES[table.name]) {
            await db.query(sql`CREATE TEMP TABLE portal_restore_stage ON COMMIT DROP AS SELECT * FROM ${ident(table.name)} WITH NO DATA`);
            target = 'portal_restore_stage';
          }
          current = { table, columns: record.columns, target, owned: OWNED_RESTORES[table.name] ? [] : null };
          loaded.set(table.name, 0);
        } else if (record.type === 'rows') {
          if (!current) throw new BackupRefused(`${file} is damaged: rows before their table`);
          const { table, columns, target, owned } = current;
          if (owned) {
            owned.push(record.rows);
            rows += record.count;
            continue;
          }
          const list = sql.join(columns.map((c) => ident(c)));
          const inserted = await db.one<{ n: number }>(sql`
            WITH inserted AS (
              INSERT INTO ${ident(target)} (${list}) ${target === table.name ? sql`OVERRIDING SYSTEM VALUE` : sql``}
              SELECT ${list} FROM jsonb_populate_recordset(NULL::${ident(table.name)}, ${record.rows}::jsonb) RETURNING 1)
            SELECT count(*)::int AS n FROM inserted`);
          if (inserted!.n !== record.count)
            throw new BackupRefused(`${file} is damaged: a chunk of ${table.name} should hold ${record.count} rows, it holds ${inserted!.n}`);
          loaded.set(table.name, loaded.get(table.name)! + inserted!.n);
          rows += inserted!.n;
          options.onProgress?.({
            table: table.name,
            tableIndex: loaded.size - 1,
            tables: tables.size,
            rows,
            totalRows,
            bytes: reader.position,
            size: reader.size,
          });
        } else if (record.type === 'sequences') {
          await finishTable();
          sequences = record;
        } else if (record.type === 'manifest') {
          await finishTable();
          manifest = record;
        } else {
          throw new BackupRefused(`${file} is damaged: unknown record ${(record as { type?: string }).type}`);
        }
      }
      if (!manifest || !sequences) throw new BackupRefused(`${file} is damaged: its manifest is missing`);
      for (const [name, count] of expected)
        if ((loaded.get(name) ?? 0) !== count || manifest.tables[name]?.rows !== count)
          throw new BackupRefused(`${file} is damaged: table ${name} should hold ${count} rows, the file has ${loaded.get(name) ?? 0}`);

      await applySequences(db, sequences.values);
      for (const t of tables.values()) await db.query(sql`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);

      const unknownKeys = Object.keys(await sealedCounts(db)).filter((id) => id !== 'clear' && !keys.keyring.has(id));
      if (unknownKeys.length)
        throw new BackupRefused(
          `${file} holds secrets sealed with key ${unknownKeys.join(', ')}, which this portal does not have: set PORTAL_SECRET_KEY (or PORTAL_SECRET_KEYS_OLD) to the key of the portal that wrote it, or its TOTP and webhook secrets could not be opened`,
        );

      if (options.verify) {
        for (const t of tables.values()) {
          options.signal?.throwIfAborted();
          const found = await tableChecksum(db, t);
          const wanted = manifest.tables[t.name]!;
          if (found.checksum !== wanted.checksum) throw new RestoreMismatch(t.name, wanted, found);
        }
      }
      // A backup of a portal that never ran with a key holds secrets in clear: they are sealed now, after the checksums.
      await sealClearSecrets(db, keys.keyring);
      return { rows, tables: tables.size, verified: Boolean(options.verify) };
    });
  } finally {
    await reader.close();
  }
}
