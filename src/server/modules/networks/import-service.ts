// Network imports as all-or-nothing jobs: the file is read line by line into staging (COPY), then merged in one
// transaction that also completes the job and writes the audit entry. A dropped upload, a refused file or a server that
// dies leaves nothing of the import in the network tables, and the job says why.
import type { Readable } from 'node:stream';
import type { Actor } from '../../access/actor.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Invalid } from '../../errors.js';
import { type StoredText, stored } from '../../i18n/stored.js';
import type { ImportJobs, ImportView } from '../../imports/jobs.js';
import { say as importSay } from '../../imports/messages.js';
import type { LineContext } from './ftm-line.js';
import { type CsvMapping, ImportStaging, importInput, readCsvRows } from './import.js';
import { ImportMerge } from './import-merge.js';
import { type LineReading, readingThreads, readJsonLineBatches } from './import-pool.js';
import { say } from './messages.js';
import type { RecordedEntity } from './service.js';

/** Watch-lists are checked before the answer for imports up to this many entities; larger ones are checked just after. */
const hooksInlineUpTo = 20_000;
const progressEveryMs = 1_000;

export interface ImportHooks {
  /** The importing user's line context (provenance, allowed classifications, country codes). */
  lineContext(): Promise<LineContext>;
  /** Called with the recorded entities, a page at a time, once the import has committed (watch-lists). */
  recorded: ((entities: RecordedEntity[]) => void | Promise<void>)[];
}

/** How a file is read: where its staged rows go, and a tick to call now and then (it reports progress). */
type Reader = (input: Readable, ctx: LineContext, staging: ImportStaging, tick: () => Promise<void>) => Promise<StoredText | null>;

export class NetworkImports {
  private readonly merger: ImportMerge;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    readonly jobs: ImportJobs,
    /** How FtM lines are read (worker threads, batch size): the database's default, but for benchmarks and tests. */
    private readonly reading: LineReading = { threads: readingThreads(db.kind) },
  ) {
    this.merger = new ImportMerge(db);
    jobs.onSweep((ids) => this.merger.discard(ids));
  }

  async ftm(actor: Actor, body: Readable, hooks: ImportHooks, options: Record<string, unknown>): Promise<ImportView> {
    return this.run(actor, 'ftm', body, hooks, options, async (input, ctx, staging, tick) => {
      await readJsonLineBatches(
        input,
        ctx,
        staging.importId,
        async (batch) => {
          await staging.addBatch(batch);
          await tick();
        },
        this.reading,
      );
      return null;
    });
  }

  async csv(actor: Actor, body: Readable, hooks: ImportHooks, options: Record<string, unknown> & { schema: string; mapping: string }): Promise<ImportView> {
    let columns: unknown;
    try {
      columns = JSON.parse(options.mapping);
    } catch {
      throw new Invalid('mapping', say('mapping'));
    }
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns) || Object.values(columns).some((v) => typeof v !== 'string'))
      throw new Invalid('mapping', say('mapping'));
    const mapping: CsvMapping = { schema: options.schema, columns: columns as Record<string, string> };
    return this.run(actor, 'csv', body, hooks, options, (input, ctx, staging, tick) =>
      readCsvRows(input, mapping, ctx, async (line, parsed) => {
        await staging.add(line, parsed);
        await tick();
      }),
    );
  }

  private async run(
    actor: Actor,
    format: 'ftm' | 'csv',
    body: Readable,
    hooks: ImportHooks,
    options: Record<string, unknown>,
    read: Reader,
  ): Promise<ImportView> {
    const ctx = await hooks.lineContext();
    const input = importInput(body);
    const job = await this.jobs.start(actor, 'networks', format, options);
    const staging = new ImportStaging(this.db, job);
    let lastProgress = Date.now();
    let hooksPending = false;
    try {
      let fatal: StoredText | null;
      try {
        fatal = await read(input.stream, ctx, staging, async () => {
          if (Date.now() - lastProgress < progressEveryMs) return;
          lastProgress = Date.now();
          await job.progress(staging.lines, input.bytes());
        });
      } catch (error) {
        if (!input.complete()) fatal = null;
        else throw error;
      }
      if (!input.complete()) {
        await job.end('interrupted', stored(importSay('uploadStopped')), staging.lines, input.bytes());
        return this.jobs.get(actor, job.id);
      }
      if (fatal) {
        await job.end('failed', fatal, staging.lines, input.bytes());
        return this.jobs.get(actor, job.id);
      }
      await staging.flush();
      await staging.settle();
      await job.progress(staging.lines, input.bytes(), 'merging');
      const outcome = await this.db.transaction(async () => {
        const merged = await this.merger.merge(job.id, actor, staging.repeated);
        for (const r of merged.refused) job.error(r.line, r.message);
        for (const d of merged.danglingLines) job.notice(`dangling:${d.line}:${JSON.stringify(d.message.params)}`, d.line, d.message);
        job.addUnlisted(merged.refusedCount - merged.refused.length, merged.dangling - merged.danglingLines.length);
        await job.complete(staging.lines, input.bytes(), {
          imported: merged.entities + merged.links,
          entities: merged.entities,
          links: merged.links,
          dangling: merged.dangling,
        });
        await this.audit.record(actor, {
          action: 'networks.import',
          outcome: 'ok',
          targetType: 'import',
          targetId: job.id,
          detail: { format, entities: merged.entities, links: merged.links, dangling: merged.dangling, errors: job.errorCount },
        });
        return merged;
      });
      if (hooks.recorded.length && outcome.entities) {
        hooksPending = true;
        const checks = this.runHooks(job.id, hooks).finally(() => this.merger.discard([job.id]));
        if (outcome.entities <= hooksInlineUpTo) await checks;
        else void checks.catch(() => undefined);
      }
      return await this.jobs.get(actor, job.id);
    } catch (error) {
      await job
        .end('failed', stored(importSay('notCompleted', { reason: (error as Error).message.slice(0, 300) })), staging.lines, input.bytes())
        .catch(() => undefined);
      throw error;
    } finally {
      // A chunk may still be on its way into staging (a refused or cut-off file): it lands before staging is removed.
      await staging.settle().catch(() => undefined);
      if (!hooksPending) await this.merger.discard([job.id]).catch(() => undefined);
    }
  }

  /** Tells the hooks (watch-lists) of every entity the import wrote, a page at a time. */
  private async runHooks(importId: string, hooks: ImportHooks): Promise<void> {
    let after = 0;
    for (;;) {
      const page = await this.merger.stagedPage(importId, after, 1000);
      if (!page.length) return;
      after = page[page.length - 1].line;
      const entities: RecordedEntity[] = page
        .filter((row) => row.written)
        .map((row) => ({
          id: row.id,
          kind: row.kind,
          names: row.names,
          identifiers: row.identifiers,
          birthDate: row.birthDate,
          nationality: row.nationality,
          ownerState: row.ownerState,
        }));
      if (entities.length) for (const hook of hooks.recorded) await hook(entities);
    }
  }

  get(actor: Actor, id: string) {
    return this.jobs.get(actor, id, 'networks');
  }

  list(actor: Actor) {
    return this.jobs.list(actor, 'networks');
  }
}
