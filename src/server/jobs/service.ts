// The admin view of the job runner: each duty with its schedule, counts and last failure; recent runs; run now; re-run.

import type { Actor } from '../access/actor.js';
import type { AuditLog } from '../audit/log.js';
import type { Db } from '../db/index.js';
import { Conflict, NotFound } from '../errors.js';
import { say } from './messages.js';
import type { JobRunner } from './runner.js';
import { JobsStore, type RunRow } from './store.js';

function messageOf(output: Record<string, unknown> | null): string | null {
  const m = output?.message ?? (output?.value as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' ? m : null;
}

export class JobsService {
  readonly store: JobsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly runner: JobRunner,
  ) {
    this.store = new JobsStore(db);
  }

  async overview() {
    const [counts, schedules, failures, definitions] = await Promise.all([
      this.store.counts(),
      this.store.schedules(),
      this.store.lastFailures(),
      this.runner.definitions(),
    ]);
    const health = this.runner.health();
    return {
      runner: { running: health.running, lastPassAt: health.lastPassAt, problem: health.reason },
      jobs: definitions.map((d) => {
        const s = schedules.find((x) => x.name === d.name);
        const f = failures.find((x) => x.name === d.name);
        return {
          name: d.name,
          description: d.description,
          schedule: d.schedule ?? null,
          nextRunAt: d.schedule ? (s?.nextRunAt ?? null) : null,
          lastRunAt: s?.lastRunAt ?? null,
          counts: counts.get(d.name) ?? { waiting: 0, active: 0, failed: 0, completed: 0 },
          lastFailure: f ? { id: f.id, at: f.at, message: messageOf(f.output) ?? 'failed' } : null,
        };
      }),
    };
  }

  private present(r: RunRow) {
    const failed = r.state === 'failed' || r.state === 'retry';
    return { ...r, output: undefined, message: failed ? messageOf(r.output) : null, summary: failed ? null : r.output };
  }

  async runs(filter: { name?: string; state?: string }) {
    return { runs: (await this.store.runs(filter, 200)).map((r) => this.present(r)) };
  }

  /** Queues a duty to run now (as well as on its schedule). */
  async runNow(actor: Actor, name: string) {
    if (!(await this.runner.definition(name))) throw new NotFound(`job ${name}`);
    return this.db.transaction(async () => {
      const jobId = await this.runner.enqueue(name, { requestedBy: actor.userId });
      await this.audit.record(actor, { action: 'jobs.run', outcome: 'ok', targetType: 'job', targetId: jobId, detail: { name } });
      return { jobId };
    });
  }

  /** Runs a failed job again, with its own data. */
  async retry(actor: Actor, id: string) {
    const run = await this.store.run(id);
    if (!run) throw new NotFound(`job run ${id}`);
    if (run.state !== 'failed') throw new Conflict(say('notFailed'), { id, state: run.state });
    await this.db.transaction(async () => {
      if (!(await this.runner.retry(run.name, id))) throw new Conflict(say('noLongerFailed'), { id });
      await this.audit.record(actor, { action: 'jobs.retry', outcome: 'ok', targetType: 'job', targetId: id, detail: { name: run.name } });
    });
    return { ok: true as const };
  }
}
