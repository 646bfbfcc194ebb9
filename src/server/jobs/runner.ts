// The job runner: runs each capability's duties on their schedules and the work its services enqueue, once across
// every instance sharing the database. pg-boss holds the queue (claims with SKIP LOCKED, retries with back-off,
// expiry of jobs whose process died); job_schedules holds the next run of each duty, claimed by one instance per tick.
import { Cron } from 'croner';
import type PgBoss from 'pg-boss';
import { SYSTEM_ACTOR } from '../access/actor.js';
import { type Db, sql } from '../db/index.js';
import { defaultRetry, type JobDefinition, type JobLog } from './definition.js';
import { createQueue } from './queue.js';

export type JobOutcome = 'completed' | 'failed';

export interface JobRunnerOptions {
  /** Every module's duties, read on first use (they close over services that are built lazily). */
  definitions?: () => Promise<readonly JobDefinition[]>;
  /** The runner's clock; tests inject one so that no test waits on a schedule. */
  clock?: () => Date;
  /** How often a running server looks for due ticks and jobs. */
  intervalMs?: number;
}

export interface PassSummary {
  ticked: string[];
  completed: number;
  failed: number;
}

const silentLog: JobLog = { info() {}, warn() {}, error() {} };
const MAX_JOBS_PER_PASS = 200;

/** The next time a cron expression fires after `after` (UTC). */
export function nextRunOf(cron: string, after: Date): Date {
  const next = new Cron(cron, { timezone: 'Etc/UTC', paused: true }).nextRun(after);
  if (!next) throw new Error(`schedule "${cron}" never fires`);
  return next;
}

/** An error message fit for logs and the admin page: no e-mail addresses, bounded length. */
export function publicMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+/g, '<address>').slice(0, 500);
}

export class JobRunner {
  readonly boss: PgBoss;
  private readonly defs = new Map<string, JobDefinition>();
  private readonly queues = new Set<string>();
  private readonly clock: () => Date;
  private readonly intervalMs: number;
  private log: JobLog = silentLog;
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<unknown> | null = null;
  private startedAt: Date | null = null;
  private lastPass: { at: Date; error: string | null } | null = null;
  private readonly observers: ((name: string, outcome: JobOutcome, seconds: number) => void)[] = [];
  private readonly loadDefinitions: () => Promise<readonly JobDefinition[]>;
  private loaded: Promise<void> | null = null;

  /** Loads the modules' duties once; every public method that needs them awaits this. */
  private load(): Promise<void> {
    this.loaded ??= this.loadDefinitions().then((defs) => this.define(defs));
    return this.loaded;
  }

  constructor(
    private readonly db: Db,
    options: JobRunnerOptions = {},
  ) {
    this.boss = createQueue(db);
    this.boss.on('error', (error: unknown) => this.log.error({ error: publicMessage(error) }, 'job queue maintenance failed'));
    this.clock = options.clock ?? (() => new Date());
    this.loadDefinitions = options.definitions ?? (async () => []);
    this.intervalMs = options.intervalMs ?? 2000;
  }

  setLog(log: JobLog) {
    this.log = log;
  }

  /** Called once per finished job (metrics). */
  onJob(observer: (name: string, outcome: JobOutcome, seconds: number) => void) {
    this.observers.push(observer);
  }

  define(definitions: readonly JobDefinition[]) {
    for (const def of definitions) {
      if (!/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*$/.test(def.name)) throw new Error(`job name "${def.name}" must read module.duty`);
      if (this.defs.has(def.name)) throw new Error(`job ${def.name} defined twice`);
      if (def.schedule) nextRunOf(def.schedule, new Date());
      this.defs.set(def.name, def);
    }
  }

  async definitions(): Promise<JobDefinition[]> {
    await this.load();
    return [...this.defs.values()];
  }

  async definition(name: string): Promise<JobDefinition | undefined> {
    await this.load();
    return this.defs.get(name);
  }

  private async ensureQueue(def: JobDefinition) {
    if (this.queues.has(def.name)) return;
    const retry = def.retry ?? defaultRetry;
    await this.boss.createQueue(def.name, {
      name: def.name,
      policy: 'standard',
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: retry.backoff,
      expireInSeconds: def.timeoutSeconds ?? 900,
    });
    // Inside a caller's transaction the queue exists only if it commits: remember it only when created on its own.
    if (!this.db.inTransaction()) this.queues.add(def.name);
  }

  /** Creates every queue and schedule row (a new duty's first run is its next cron time from now). */
  async ready(): Promise<void> {
    await this.load();
    const now = this.clock();
    for (const def of this.defs.values()) {
      await this.ensureQueue(def);
      if (!def.schedule) continue;
      await this.db.query(sql`
        INSERT INTO job_schedules (name, cron, next_run_at) VALUES (${def.name}, ${def.schedule}, ${nextRunOf(def.schedule, now)})
        ON CONFLICT (name) DO UPDATE SET cron = EXCLUDED.cron, updated_at = now(),
          next_run_at = CASE WHEN job_schedules.cron = EXCLUDED.cron THEN job_schedules.next_run_at ELSE EXCLUDED.next_run_at END`);
    }
  }

  /** Queues work for a duty; inside a transaction it is queued only if the transaction commits. Answers the job id. */
  async enqueue(name: string, data: Record<string, unknown> = {}): Promise<string> {
    await this.load();
    const def = this.defs.get(name);
    if (!def) throw new Error(`no job named ${name}`);
    await this.ensureQueue(def);
    const id = await this.boss.send(name, data);
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  /** Re-runs a failed job (an admin's decision); false when there is no failed job with that id. */
  async retry(name: string, id: string): Promise<boolean> {
    const before = await this.boss.getJobById(name, id);
    if (before?.state !== 'failed') return false;
    await this.boss.retry(name, id);
    return true;
  }

  /**
   * One pass: claims every due tick of a schedule (one instance per tick), then runs every due job.
   * The entry point for the server's loop and for tests ("run due jobs now", as of `now`).
   */
  async runDue(now: Date = this.clock()): Promise<PassSummary> {
    await this.load();
    const ticked = await this.tick(now);
    const { completed, failed } = await this.drain(now);
    return { ticked, completed, failed };
  }

  private async tick(now: Date): Promise<string[]> {
    const scheduled = [...this.defs.values()].filter((d) => d.schedule).map((d) => d.name);
    if (!scheduled.length) return [];
    return this.db.transaction(async () => {
      const due = await this.db.query<{ name: string; cron: string; next_run_at: Date }>(sql`
        SELECT name, cron, next_run_at FROM job_schedules WHERE next_run_at <= ${now} AND name = ANY(${scheduled}::text[])
        ORDER BY name FOR UPDATE SKIP LOCKED`);
      for (const row of due) {
        const def = this.defs.get(row.name)!;
        await this.ensureQueue(def);
        const jobId = await this.boss.send(row.name, { scheduledFor: row.next_run_at.toISOString() });
        // A missed run (the portal was down) fires once, then the schedule continues from now.
        await this.db.query(sql`
          UPDATE job_schedules SET last_run_at = ${now}, next_run_at = ${nextRunOf(def.schedule!, now)}, last_job_id = ${jobId}, updated_at = now()
          WHERE name = ${row.name}`);
      }
      return due.map((r) => r.name);
    });
  }

  private async drain(now: Date): Promise<{ completed: number; failed: number }> {
    let completed = 0;
    let failed = 0;
    const names = [...this.defs.keys()];
    // One look for the queues holding due work, instead of one fetch per queue per pass.
    const waiting = await this.db.query<{ name: string }>(sql`
      SELECT DISTINCT name FROM pgboss.job WHERE state < 'active' AND start_after < now() AND name = ANY(${names}::text[])`);
    for (const { name } of waiting) {
      const def = this.defs.get(name)!;
      while (completed + failed < MAX_JOBS_PER_PASS) {
        const jobs = await this.boss.fetch<Record<string, unknown>>(name, { batchSize: 10, includeMetadata: true });
        if (!jobs.length) break;
        for (const job of jobs) {
          if ((await this.execute(def, job, now)) === 'completed') completed++;
          else failed++;
        }
      }
    }
    return { completed, failed };
  }

  private async execute(def: JobDefinition, job: PgBoss.JobWithMetadata<Record<string, unknown>>, now: Date): Promise<JobOutcome> {
    const started = performance.now();
    const log = {
      info: (o: object, m?: string) => this.log.info({ job: def.name, jobId: job.id, ...o }, m),
      warn: (o: object, m?: string) => this.log.warn({ job: def.name, jobId: job.id, ...o }, m),
      error: (o: object, m?: string) => this.log.error({ job: def.name, jobId: job.id, ...o }, m),
    };
    let outcome: JobOutcome;
    try {
      const output = await def.run({ now, data: job.data ?? {}, jobId: job.id, retryCount: job.retryCount, actor: SYSTEM_ACTOR, log });
      await this.boss.complete(def.name, job.id, output ?? {});
      outcome = 'completed';
      this.log.info({ job: def.name, jobId: job.id, ms: Math.round(performance.now() - started) }, 'job completed');
    } catch (error) {
      const message = publicMessage(error);
      await this.boss.fail(def.name, job.id, { message });
      outcome = 'failed';
      this.log.warn({ job: def.name, jobId: job.id, retryCount: job.retryCount, error: message }, 'job failed');
    }
    for (const observe of this.observers) observe(def.name, outcome, (performance.now() - started) / 1000);
    return outcome;
  }

  /** The loop of a listening server: a pass every intervalMs, never two at once in one process. */
  async start(): Promise<void> {
    if (this.timer) return;
    await this.ready();
    await this.boss.start();
    this.startedAt = this.clock();
    const beat = () => {
      if (this.pass) return;
      this.pass = this.runDue()
        .then(() => {
          this.lastPass = { at: new Date(), error: null };
        })
        .catch((error) => {
          this.lastPass = { at: new Date(), error: publicMessage(error) };
          this.log.error({ error: publicMessage(error) }, 'job runner pass failed');
        })
        .finally(() => {
          this.pass = null;
        });
    };
    this.timer = setInterval(beat, this.intervalMs);
    this.timer.unref();
    beat();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pass;
    if (this.startedAt) await this.boss.stop({ graceful: false, close: false, wait: true, timeout: 1000 });
    this.startedAt = null;
  }

  /** For readiness: is this instance's loop running, and did its last pass succeed recently? */
  health(): { running: boolean; reason: string | null; lastPassAt: Date | null } {
    if (!this.timer) return { running: false, reason: 'the job runner is not started', lastPassAt: null };
    const last = this.lastPass;
    if (last?.error) return { running: true, reason: `the last job pass failed: ${last.error}`, lastPassAt: last.at };
    // A pass still running (a long import, say) is work, not a stall.
    const late = !this.pass && Date.now() - (last?.at ?? this.startedAt!).getTime() > Math.max(60_000, this.intervalMs * 10);
    return { running: true, reason: late ? 'the job runner has not completed a pass for over a minute' : null, lastPassAt: last?.at ?? null };
  }
}
