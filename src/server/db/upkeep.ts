// What autovacuum does on a PostgreSQL server, done on PGlite by a duty (system.upkeep): PGlite is one backend with no
// background workers, so without this its tables never lose their dead rows, the planner's statistics never follow
// the data, and a GIN index's pending list (new entries not yet in the tree, migration 0857) only grows. The planner
// costs a long pending list as a slow index and falls back to reading the whole table (measured: docs/benchmarks-http.md).
import { type Db, sql } from './index.js';

/**
 * autovacuum's default thresholds (PostgreSQL 15-17): vacuum after 50 + 20 % of the rows died or 1,000 + 20 % were
 * inserted since the last vacuum; analyze after 50 + 10 % changed since the last analyze.
 */
const THRESHOLDS = { vacuum: 50, vacuumScale: 0.2, insert: 1000, insertScale: 0.2, analyze: 50, analyzeScale: 0.1 };

export interface UpkeepResult {
  database: Db['kind'];
  vacuumed: string[];
  analyzed: string[];
  /** Why nothing was done, when nothing was ("the server's autovacuum does this"). */
  skipped?: string;
}

/** Tables past autovacuum's thresholds, read from the database's own statistics. */
export async function tablesDue(db: Db): Promise<{ name: string; vacuum: boolean; analyze: boolean }[]> {
  const t = THRESHOLDS;
  return db.query(sql`
    SELECT format('%I.%I', s.schemaname, s.relname) AS name,
      (s.n_dead_tup > ${t.vacuum} + ${t.vacuumScale} * greatest(c.reltuples, 0)
        OR s.n_ins_since_vacuum > ${t.insert} + ${t.insertScale} * greatest(c.reltuples, 0)) AS vacuum,
      s.n_mod_since_analyze > ${t.analyze} + ${t.analyzeScale} * greatest(c.reltuples, 0) AS analyze
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE c.relpersistence = 'p'
      AND (s.n_dead_tup > ${t.vacuum} + ${t.vacuumScale} * greatest(c.reltuples, 0)
        OR s.n_ins_since_vacuum > ${t.insert} + ${t.insertScale} * greatest(c.reltuples, 0)
        OR s.n_mod_since_analyze > ${t.analyze} + ${t.analyzeScale} * greatest(c.reltuples, 0))
    ORDER BY 1`);
}

/**
 * Vacuums and analyzes the tables that need it, one statement per table (VACUUM cannot run in a transaction, and one
 * table at a time keeps each pause of PGlite's single connection short). On PostgreSQL the server's autovacuum does
 * this and the duty does nothing.
 */
export async function upkeep(db: Db): Promise<UpkeepResult> {
  if (db.kind !== 'pglite') return { database: db.kind, vacuumed: [], analyzed: [], skipped: 'autovacuum' };
  const result: UpkeepResult = { database: db.kind, vacuumed: [], analyzed: [] };
  // A backend hands its row counts to the statistics at most once a second, when idle; PGlite's one backend has counts
  // of the last second still pending. Forcing the next hand-over (after this statement) makes tablesDue see them all.
  await db.query(sql`SELECT pg_stat_force_next_flush()`);
  for (const table of await tablesDue(db)) {
    if (table.vacuum) {
      await db.exec(`VACUUM (ANALYZE) ${table.name}`);
      result.vacuumed.push(table.name);
    } else {
      await db.exec(`ANALYZE ${table.name}`);
      result.analyzed.push(table.name);
    }
  }
  return result;
}
