// What a backup covers, read from the database's own catalog so that a table added tomorrow is covered without a change
// here: every table of the portal's schemas in foreign-key order, the columns to copy, sequences, and content checksums.
import { type Db, type Sql, sql } from '../db/index.js';
import { dropQueues, type QueueRow, recreateQueues } from '../jobs/queue.js';

/** Schemas the portal owns: its own tables, and the job runner's (pg-boss keeps its queues in `pgboss`). */
export const BACKUP_SCHEMAS = ['public', 'pgboss'];

/**
 * Tables whose rows a restore hands to the code that owns them instead of inserting them, because writing a row has
 * to do more than insert it. Keyed by schema.table: `clear` empties the table before anything is loaded, `load` gets
 * the table's rows as objects and must leave exactly those rows in it.
 */
export const OWNED_RESTORES: Record<string, { clear(db: Db): Promise<void>; load(db: Db, rows: Record<string, unknown>[]): Promise<void> }> = {
  // pg-boss keeps each queue's jobs in a partition of pgboss.job that only creating the queue creates (jobs/queue.ts).
  'pgboss.queue': { clear: dropQueues, load: (db, rows) => recreateQueues(db, rows as unknown as QueueRow[]) },
};

export interface TableInfo {
  /** schema.table */
  name: string;
  /** Columns copied, in order; generated columns are left out (the database computes them again). */
  columns: string[];
  generated: string[];
  /** A foreign key to itself: its rows must arrive in one statement, whatever their order. */
  selfReferencing: boolean;
  partitioned: boolean;
  primaryKey: string[];
}

export interface SequenceValue {
  name: string;
  last: number | null;
  called: boolean;
}

export const ident = (name: string): Sql =>
  sql.raw(
    name
      .split('.')
      .map((part) => `"${part.replace(/"/g, '""')}"`)
      .join('.'),
  );

/** Tables in an order where every table comes after the tables it references (ties by name, so the order is stable). */
export async function backupTables(db: Db): Promise<TableInfo[]> {
  const tables = await db.query<{ name: string; partitioned: boolean }>(sql`
    SELECT n.nspname || '.' || c.relname AS name, c.relkind = 'p' AS partitioned
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY(${BACKUP_SCHEMAS}::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relpersistence <> 't'
    ORDER BY 1`);
  const columns = await db.query<{ table: string; column: string; generated: boolean }>(sql`
    SELECT n.nspname || '.' || c.relname AS table, a.attname AS column, a.attgenerated <> '' AS generated
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY(${BACKUP_SCHEMAS}::text[]) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attrelid, a.attnum`);
  // A partition's foreign keys count as its partitioned table's (pg-boss declares them on each partition).
  const keys = await db.query<{ table: string; column: string }>(sql`
    SELECT n.nspname || '.' || c.relname AS table, a.attname AS column
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE i.indisprimary AND n.nspname = ANY(${BACKUP_SCHEMAS}::text[]) ORDER BY 1, k.ord`);
  const references = await db.query<{ child: string; parent: string }>(sql`
    SELECT DISTINCT cn.nspname || '.' || cc.relname AS child, pn.nspname || '.' || pc.relname AS parent
    FROM pg_constraint k
    JOIN pg_class cc ON cc.oid = coalesce(pg_partition_root(k.conrelid), k.conrelid) JOIN pg_namespace cn ON cn.oid = cc.relnamespace
    JOIN pg_class pc ON pc.oid = coalesce(pg_partition_root(k.confrelid), k.confrelid) JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    WHERE k.contype = 'f' AND cn.nspname = ANY(${BACKUP_SCHEMAS}::text[])`);

  const info = new Map<string, TableInfo>();
  for (const t of tables) info.set(t.name, { name: t.name, columns: [], generated: [], selfReferencing: false, partitioned: t.partitioned, primaryKey: [] });
  for (const c of columns) info.get(c.table)?.[c.generated ? 'generated' : 'columns'].push(c.column);
  for (const k of keys) info.get(k.table)?.primaryKey.push(k.column);
  const parents = new Map<string, Set<string>>();
  for (const r of references) {
    if (!info.has(r.child)) continue;
    if (r.child === r.parent) info.get(r.child)!.selfReferencing = true;
    else if (info.has(r.parent)) parents.set(r.child, (parents.get(r.child) ?? new Set()).add(r.parent));
  }

  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`foreign keys form a cycle (${[...path, name].join(' -> ')}); backup cannot order these tables`);
    state.set(name, 'visiting');
    for (const parent of [...(parents.get(name) ?? [])].sort()) visit(parent, [...path, name]);
    state.set(name, 'done');
    ordered.push(info.get(name)!);
  };
  for (const name of [...info.keys()].sort()) visit(name, []);
  return ordered;
}

/** One row as canonical text: the jsonb of its copied columns, with time stamps in UTC so both engines write the same text. */
export const rowText = (t: TableInfo): Sql => (t.generated.length ? sql`(to_jsonb(t) - ${t.generated}::text[])::text` : sql`to_jsonb(t)::text`);

/** 52 bits of the row's md5: a JavaScript number holds it exactly, and the sum over a table does not depend on row order. */
export const rowHash = (t: TableInfo): Sql => sql`('x' || substr(md5(${rowText(t)}), 1, 13))::bit(52)::bigint`;

/**
 * A table's content checksum: row count and the sum of row hashes. Order-free, so PGlite and a PostgreSQL server
 * with another collation agree. It detects accidental differences; the backup file's own integrity is the GCM tag's job.
 */
export async function tableChecksum(db: Db, t: TableInfo): Promise<{ rows: number; checksum: string }> {
  const row = await db.one<{ rows: number; total: string }>(sql`
    SELECT count(*)::int AS rows, coalesce(sum(${rowHash(t)}), 0)::text AS total FROM ${ident(t.name)} t`);
  return { rows: row!.rows, checksum: formatChecksum(row!.rows, BigInt(row!.total)) };
}

export const formatChecksum = (rows: number, total: bigint) => `${rows}:${total.toString(16)}`;

/** Times written as text in UTC, and nothing else in the session that changes how a value prints. */
export async function canonicalSession(db: Db): Promise<void> {
  await db.query(sql`SET LOCAL TimeZone = 'UTC'`);
  await db.query(sql`SET LOCAL extra_float_digits = 1`);
}

export async function sequenceValues(db: Db): Promise<SequenceValue[]> {
  const rows = await db.query<{ name: string; last: number | null; called: boolean }>(sql`
    SELECT schemaname || '.' || sequencename AS name, last_value AS last, last_value IS NOT NULL AS called
    FROM pg_sequences WHERE schemaname = ANY(${BACKUP_SCHEMAS}::text[]) ORDER BY 1`);
  return rows;
}

export async function applySequences(db: Db, values: SequenceValue[]): Promise<void> {
  for (const s of values) {
    if (s.last === null) await db.query(sql`SELECT setval(${s.name}::regclass, 1, false)`);
    else await db.query(sql`SELECT setval(${s.name}::regclass, ${s.last}::bigint, ${s.called})`);
  }
}

/** Applied migrations: the schema version a backup is written at and a restore must match. */
export async function schemaVersion(db: Db): Promise<string[]> {
  return (await db.query<{ name: string }>(sql`SELECT name FROM schema_migrations ORDER BY name`)).map((r) => r.name);
}
