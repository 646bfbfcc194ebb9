// SQL over the queue (pg-boss 10's tables in schema pgboss, live and archived) and our schedules, for the admin view.
import { type Db, sql } from '../db/index.js';

export interface JobCounts {
  waiting: number;
  active: number;
  failed: number;
  completed: number;
}

export interface RunRow {
  id: string;
  name: string;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  retryCount: number;
  retryLimit: number;
  createdAt: Date;
  startAfter: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  output: Record<string, unknown> | null;
}

const runColumns = sql`id::text, name, state::text AS state, retry_count AS "retryCount", retry_limit AS "retryLimit", created_on AS "createdAt",
  start_after AS "startAfter", started_on AS "startedAt", completed_on AS "completedAt", output`;

export class JobsStore {
  constructor(private readonly db: Db) {}

  async counts(): Promise<Map<string, JobCounts>> {
    const rows = await this.db.query<{ name: string; state: string; n: number }>(sql`
      SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job GROUP BY name, state
      UNION ALL SELECT name, 'completed', count(*)::int FROM pgboss.archive WHERE state = 'completed' GROUP BY name`);
    const counts = new Map<string, JobCounts>();
    for (const r of rows) {
      const c = counts.get(r.name) ?? { waiting: 0, active: 0, failed: 0, completed: 0 };
      if (r.state === 'created' || r.state === 'retry') c.waiting += r.n;
      else if (r.state === 'active') c.active += r.n;
      else if (r.state === 'failed') c.failed += r.n;
      else if (r.state === 'completed') c.completed += r.n;
      counts.set(r.name, c);
    }
    return counts;
  }

  schedules() {
    return this.db.query<{ name: string; nextRunAt: Date; lastRunAt: Date | null }>(
      sql`SELECT name, next_run_at AS "nextRunAt", last_run_at AS "lastRunAt" FROM job_schedules`,
    );
  }

  /** The newest failure of each job still in the live table (failures stay there 30 days). */
  lastFailures() {
    return this.db.query<{ name: string; id: string; at: Date; output: Record<string, unknown> | null }>(sql`
      SELECT DISTINCT ON (name) name, id::text, completed_on AS at, output FROM pgboss.job WHERE state = 'failed' ORDER BY name, completed_on DESC`);
  }

  /** Recent runs, newest first, live and archived. */
  runs(filter: { name?: string; state?: string }, limit: number): Promise<RunRow[]> {
    const where = sql.and([...(filter.name ? [sql`name = ${filter.name}`] : []), ...(filter.state ? [sql`state::text = ${filter.state}`] : [])]);
    return this.db.query<RunRow>(sql`
      SELECT * FROM (SELECT ${runColumns} FROM pgboss.job WHERE ${where} UNION ALL SELECT ${runColumns} FROM pgboss.archive WHERE ${where}) r
      ORDER BY "createdAt" DESC, id LIMIT ${limit}`);
  }

  run(id: string) {
    return this.db.one<RunRow>(sql`SELECT ${runColumns} FROM pgboss.job WHERE id = ${id}`);
  }
}
