// One parameterised query on PGlite in one call into its WebAssembly backend: Parse, Bind, Describe, Execute and Sync
// go in one protocol message, as node-postgres sends them to a server; a named prepared statement skips the Parse.
//
// Why not PGlite's query(): it sends those five messages plus a Describe of the statement one call at a time (six
// calls), because it asks the server for the parameter types before it serialises the values. Each call crosses into
// WebAssembly, runs the backend's main loop and parses what comes back: measured on the portal's health query, 125-180 us
// of CPU per query against 45-55 us in one call, and every request runs several queries (docs/benchmarks-http.md).
// Values are prepared exactly as node-postgres prepares them for a PostgreSQL server (pg/lib/utils prepareValue: arrays
// as array literals, objects as JSON, dates with their offset), so one parameter means the same on both databases.
// It uses PGlite's execProtocol() and the two locks its own query() takes (_runExclusiveQuery/_runExclusiveTransaction,
// public for PGlite's socket server); src/server/db/db.test.ts pins what the portal relies on.
import type { PGlite } from '@electric-sql/pglite';
import { types } from '@electric-sql/pglite';
import pgUtils from 'pg/lib/utils.js';
import { serialize } from 'pg-protocol';

interface Field {
  name: string;
  dataTypeID: number;
}
type Message = { name: string; fields?: Field[] | (string | null)[] };

/** Bind, Describe, Execute, Sync of the unnamed portal, parameter types left to the server. */
function execution(statement: string | undefined, values: readonly unknown[]): Buffer[] {
  return [
    serialize.bind({ statement, values: values.map((v) => pgUtils.prepareValue(v)) }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ];
}

/** Rows as objects keyed by column name, each value through PGlite's parsers (ours for dates and numbers included). */
function rowsOf(messages: readonly Message[], parsers: PGlite['parsers']): Record<string, unknown>[] {
  let fields: Field[] = [];
  const rows: Record<string, unknown>[] = [];
  for (const m of messages) {
    if (m.name === 'rowDescription') fields = m.fields as Field[];
    else if (m.name === 'dataRow') {
      const values = m.fields as (string | null)[];
      const row: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i++) row[fields[i].name] = types.parseType(values[i], fields[i].dataTypeID, parsers);
      rows.push(row);
    }
  }
  return rows;
}

export class PgliteWire {
  /** Named statements this PGlite session has parsed, with their text. */
  private readonly prepared = new Map<string, string>();

  constructor(private readonly pg: PGlite) {}

  /**
   * Runs one statement. Outside a transaction it waits, as PGlite's query() does, for any open transaction to end
   * (PGlite is one session: a query sent in between would join it) and syncs the file system after; inside one it only
   * takes the query lock. Errors are PGlite's (a DatabaseError with the SQLSTATE in `code`).
   */
  async query(text: string, values: readonly unknown[], inTransaction: boolean, statement?: string): Promise<{ rows: unknown[] }> {
    const run = async () => {
      if (statement) await this.prepare(statement, text);
      const bytes = Buffer.concat(statement ? execution(statement, values) : [serialize.parse({ text, types: [] }), ...execution(undefined, values)]);
      return this.pg.execProtocol(bytes, { syncToFs: !inTransaction });
    };
    const { messages } = await (inTransaction ? this.pg._runExclusiveQuery(run) : this.pg._runExclusiveTransaction(() => this.pg._runExclusiveQuery(run)));
    return { rows: rowsOf(messages as unknown as Message[], this.pg.parsers) };
  }

  /** Parses a named statement once per session (called under the query lock). */
  private async prepare(name: string, text: string): Promise<void> {
    const known = this.prepared.get(name);
    if (known === text) return;
    if (known !== undefined) throw new Error(`prepared statement ${name} already has another text`);
    await this.pg.execProtocol(Buffer.concat([serialize.parse({ name, text, types: [] }), serialize.sync()]), { syncToFs: false });
    this.prepared.set(name, text);
  }
}
