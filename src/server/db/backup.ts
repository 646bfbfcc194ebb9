// Backup and restore of every table as JSON Lines, the same on PGlite and on a PostgreSQL server.
import fs from 'node:fs';
import readline from 'node:readline';
import { sql, type Db } from './index.js';

interface Header {
  format: 'bali-portal-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
}

async function tables(db: Db): Promise<string[]> {
  const rows = await db.query<{ table_name: string }>(sql`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name`);
  return rows.map((r) => r.table_name);
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** Writes a header line, then one line per table chunk: {"table": name, "rows": [...]}. Returns the row count. */
export async function backup(db: Db, file: string): Promise<number> {
  const out = fs.createWriteStream(file, { mode: 0o600 });
  const write = (line: string) => new Promise<void>((resolve, reject) => out.write(`${line}\n`, (e) => (e ? reject(e) : resolve())));
  let count = 0;
  await db.transaction(async () => {
    const migrations = (await db.query<{ name: string }>(sql`SELECT name FROM schema_migrations ORDER BY name`)).map((r) => r.name);
    const header: Header = { format: 'bali-portal-backup', version: 1, createdAt: new Date().toISOString(), migrations };
    await write(JSON.stringify(header));
    for (const table of await tables(db)) {
      const rows = await db.query<{ r: unknown }>(sql`SELECT to_jsonb(t) AS r FROM ${ident(table)} t`);
      for (let i = 0; i < rows.length; i += 1000) {
        await write(JSON.stringify({ table, rows: rows.slice(i, i + 1000).map((x) => x.r) }));
      }
      count += rows.length;
    }
  });
  await new Promise<void>((resolve) => out.end(resolve));
  return count;
}

/** Restores into a freshly migrated, empty database (apart from reference data, which the backup replaces). */
export async function restore(db: Db, file: string): Promise<number> {
  let header: Header | null = null;
  let count = 0;
  await db.transaction(async () => {
    // Foreign keys and the audit log's append-only trigger are checked as data arrives in any order.
    await db.query(sql`SET LOCAL session_replication_role = replica`);
    const cleared = new Set<string>();
    // Opened only now: a readline interface reads from the start, and lines emitted before the loop listens are lost.
    const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const parsed = JSON.parse(line);
      if (!header) {
        if (parsed.format !== 'bali-portal-backup') throw new Error('not a Bali Portal backup');
        header = parsed as Header;
        const current = (await db.query<{ name: string }>(sql`SELECT name FROM schema_migrations ORDER BY name`)).map((r) => r.name);
        const missing = header.migrations.filter((m) => !current.includes(m));
        if (missing.length) throw new Error(`backup needs migrations this version does not have: ${missing.join(', ')}`);
        const users = await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`);
        if (users && users.n > 0) throw new Error('restore needs an empty portal (this one has accounts)');
        for (const table of await tables(db)) await db.query(sql`DELETE FROM ${ident(table)}`);
        continue;
      }
      const { table, rows } = parsed as { table: string; rows: unknown[] };
      if (!cleared.has(table)) cleared.add(table);
      await db.query(sql`INSERT INTO ${ident(table)} SELECT * FROM jsonb_populate_recordset(NULL::${ident(table)}, ${JSON.stringify(rows)}::jsonb)`);
      count += rows.length;
    }
    if (!header) throw new Error('empty backup file');
    // Sequences continue after the restored ids.
    const seqs = await db.query<{ table_name: string; column_name: string }>(sql`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
    for (const s of seqs) {
      await db.query(sql`SELECT setval(pg_get_serial_sequence(${s.table_name}, ${s.column_name}),
        coalesce((SELECT max(${ident(s.column_name)}) FROM ${ident(s.table_name)}), 0) + 1, false)`);
    }
  });
  return count;
}
