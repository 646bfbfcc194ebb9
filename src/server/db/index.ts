// The database: embedded PGlite (file-backed or in memory) or a PostgreSQL server, behind one interface.
// A transaction is carried by AsyncLocalStorage, so every query inside `transaction()` joins it.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import { FolderLock } from './folder-lock.js';
import { PgliteWire } from './pglite-wire.js';
import { compile, type Sql } from './sql.js';

export { Sql, sql } from './sql.js';

export type DbKind = 'pglite' | 'postgres';

interface Runner {
  /** `statement`: the name of a prepared statement (sql.prepared) for this text. */
  query(text: string, values: unknown[], statement?: string): Promise<{ rows: unknown[] }>;
}

export interface Db {
  readonly kind: DbKind;
  query<T = Record<string, unknown>>(q: Sql): Promise<T[]>;
  one<T = Record<string, unknown>>(q: Sql): Promise<T | undefined>;
  /** Runs several statements of trusted text (migrations). */
  exec(text: string): Promise<void>;
  /**
   * Trusted SQL text written by a library (the job queue), with $n placeholders; joins the current transaction.
   * Without values the text may hold several statements: the rows of the last one are answered.
   */
  queryText(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Runs fn in one transaction; nested calls join the outer one. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  inTransaction(): boolean;
  /** Calls fn after every query with its duration (metrics). */
  observe(fn: (seconds: number, ok: boolean) => void): void;
  /** Connections of the pool (PGlite: one, in process). */
  poolStats(): { total: number; idle: number; waiting: number };
  /**
   * Bulk-loads rows given in PostgreSQL's COPY text format (tab-separated, \\N for null) into a table: COPY FROM a blob on
   * PGlite, pg-copy-streams on PostgreSQL. Joins the current transaction when there is one. `table` and `columns` are
   * trusted names, never user input.
   */
  copyFrom(table: string, columns: readonly string[], data: string | Uint8Array): Promise<void>;
  /** PGlite only: the whole data folder as a tarball. */
  dump?(): Promise<Blob>;
  /** PGlite on a folder: this process's claim on it (the only process that may open it). */
  readonly folderLock?: FolderLock;
  close(): Promise<void>;
}

// Dates stay 'YYYY-MM-DD' strings (no time-zone drift); int8 and numeric come back as numbers.
const passDate = (v: string) => v;
const toNumber = (v: string | null) => (v === null ? null : Number(v));

abstract class BaseDb implements Db {
  abstract readonly kind: DbKind;
  protected readonly als = new AsyncLocalStorage<Runner>();
  protected abstract root(): Runner;
  protected abstract begin<T>(fn: (runner: Runner) => Promise<T>): Promise<T>;
  abstract exec(text: string): Promise<void>;
  abstract close(): Promise<void>;
  abstract copyFrom(table: string, columns: readonly string[], data: string | Uint8Array): Promise<void>;

  private observers: ((seconds: number, ok: boolean) => void)[] = [];

  observe(fn: (seconds: number, ok: boolean) => void): void {
    this.observers.push(fn);
  }

  poolStats(): { total: number; idle: number; waiting: number } {
    return { total: 1, idle: 0, waiting: 0 };
  }

  async query<T>(q: Sql): Promise<T[]> {
    const { text, values, statement } = compile(q);
    const runner = this.als.getStore() ?? this.root();
    if (!this.observers.length) return (await runner.query(text, values, statement)).rows as T[];
    const started = performance.now();
    let ok = false;
    try {
      const result = await runner.query(text, values, statement);
      ok = true;
      return result.rows as T[];
    } finally {
      const seconds = (performance.now() - started) / 1000;
      for (const fn of this.observers) fn(seconds, ok);
    }
  }

  async one<T>(q: Sql): Promise<T | undefined> {
    const rows = await this.query<T>(q);
    return rows[0];
  }

  inTransaction(): boolean {
    return this.als.getStore() !== undefined;
  }

  abstract queryText(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction()) return fn();
    return this.begin((runner) => this.als.run(runner, fn));
  }
}

/** Inside a PGlite transaction: its queries take only the query lock (the transaction holds the other). */
interface PgliteRunner extends Runner {
  tx: import('@electric-sql/pglite').Transaction;
}

class PgliteDb extends BaseDb {
  readonly kind = 'pglite' as const;
  private readonly wire: PgliteWire;
  private readonly rootRunner: Runner;
  constructor(
    private readonly pg: import('@electric-sql/pglite').PGlite,
    readonly folderLock?: FolderLock,
  ) {
    super();
    this.wire = new PgliteWire(pg);
    this.rootRunner = { query: (text, values, statement) => this.wire.query(text, values, false, statement) };
  }
  protected root(): Runner {
    return this.rootRunner;
  }
  protected begin<T>(fn: (runner: Runner) => Promise<T>): Promise<T> {
    return this.pg.transaction((tx) => {
      const runner: PgliteRunner = { tx, query: (text, values, statement) => this.wire.query(text, values, true, statement) };
      return fn(runner);
    });
  }
  private tx() {
    return (this.als.getStore() as PgliteRunner | undefined)?.tx;
  }
  async exec(text: string): Promise<void> {
    await (this.tx() ?? this.pg).exec(text);
  }
  async queryText(text: string, values: unknown[] = []): Promise<{ rows: unknown[] }> {
    if (values.length) return (this.als.getStore() ?? this.rootRunner).query(text, values);
    const results = await (this.tx() ?? this.pg).exec(text);
    return { rows: results.at(-1)?.rows ?? [] };
  }
  async close(): Promise<void> {
    try {
      await this.pg.close();
    } finally {
      this.folderLock?.release();
    }
  }
  async copyFrom(table: string, columns: readonly string[], data: string | Uint8Array): Promise<void> {
    const runner = (this.als.getStore() ?? this.pg) as unknown as import('@electric-sql/pglite').PGliteInterface;
    await runner.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob: new Blob([data as string | Uint8Array<ArrayBuffer>]) });
  }
  async dump(): Promise<Blob> {
    return this.pg.dumpDataDir('none');
  }
}

/** node-postgres runs a named statement ({ name, text, values }) prepared once per connection. */
function withStatements(runner: import('pg').Pool | import('pg').PoolClient): Runner {
  return { query: (text, values, statement) => (statement ? runner.query({ name: statement, text, values }) : runner.query(text, values)) };
}

class PostgresDb extends BaseDb {
  readonly kind = 'postgres' as const;
  constructor(private readonly pool: import('pg').Pool) {
    super();
  }
  protected root(): Runner {
    return withStatements(this.pool);
  }
  protected async begin<T>(fn: (runner: Runner) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(withStatements(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  async exec(text: string): Promise<void> {
    const runner = (this.als.getStore() ?? this.pool) as unknown as import('pg').Pool;
    await runner.query(text);
  }
  override poolStats() {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }
  async queryText(text: string, values: unknown[] = []): Promise<{ rows: unknown[] }> {
    const runner = (this.als.getStore() ?? this.pool) as unknown as import('pg').Pool;
    const result = (await runner.query(text, values.length ? values : undefined)) as unknown as { rows: unknown[] } | { rows: unknown[] }[];
    return Array.isArray(result) ? { rows: result.at(-1)?.rows ?? [] } : result;
  }
  async close(): Promise<void> {
    await this.pool.end();
  }
  async copyFrom(table: string, columns: readonly string[], data: string | Uint8Array): Promise<void> {
    const { from } = await import('pg-copy-streams');
    const { pipeline } = await import('node:stream/promises');
    const { Readable } = await import('node:stream');
    const joined = this.als.getStore() as import('pg').PoolClient | undefined;
    const client = joined ?? (await this.pool.connect());
    try {
      const chunk = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      await pipeline(Readable.from([chunk]), client.query(from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
    } finally {
      if (!joined) client.release();
    }
  }
}

export interface OpenOptions {
  /** postgres:// URL of a server; when absent, PGlite. */
  databaseUrl?: string | null;
  /** Folder for PGlite's files; absent means in memory. */
  dataDir?: string | null;
  /** A PGlite data folder dumped as a tarball to start from (tests start from a migrated template). */
  loadDataDir?: Blob | null;
  /** Who opens a PGlite folder, written in its lock for a second process to read (e.g. "portal serve"). */
  holder?: string;
}

export async function openDb(options: OpenOptions): Promise<Db> {
  if (options.databaseUrl) {
    const pg = await import('pg');
    const types = pg.default.types;
    const pool = new pg.default.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === 1082) return passDate;
          if (oid === 20 || oid === 1700) return toNumber;
          return format === 'binary' ? types.getTypeParser(oid, 'binary') : types.getTypeParser(oid, 'text');
        }) as typeof types.getTypeParser,
      },
    });
    // An idle connection the server ends (restart, failover, a dropped database) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (error) => {
      if ((error as { code?: string }).code !== '57P01') console.error('PostgreSQL idle connection error:', error.message);
    });
    return new PostgresDb(pool);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  // pg_trgm backs entity search (migration 0857); a folder whose schema uses it must be opened with it loaded.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  // Never two processes on one folder: refused here, before PGlite touches a file.
  const lock = options.dataDir ? FolderLock.acquire(options.dataDir, options.holder ?? `portal (${process.argv.slice(2).join(' ') || 'node'})`) : undefined;
  try {
    if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
    const pg = await PGlite.create(options.dataDir ?? undefined, {
      parsers: { 1082: passDate, 20: toNumber, 1700: toNumber },
      extensions: { pg_trgm },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    return new PgliteDb(pg, lock);
  } catch (error) {
    lock?.release();
    throw error;
  }
}
