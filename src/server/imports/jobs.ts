// Imports as jobs: each has an id, a status (running, completed, failed, interrupted), progress, counts and per-line
// errors and notices. A module stages what it reads and merges it in one transaction that also marks the job completed,
// so "completed" and "its rows are there" are one fact; a server that dies mid-import leaves a job that the next start
// (or any later read) marks interrupted, and its staging is removed. Running the same file again is idempotent.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { canSeeImport, importsVisibleTo } from '../access/imports.js';
import type { Subject } from '../access/subject.js';
import { type Db, sql } from '../db/index.js';
import { NotFound } from '../errors.js';
import { isStoredText, type StoredText, stored, textOf } from '../i18n/stored.js';
import type { Text } from '../i18n/text.js';
import { say } from './messages.js';

export const IMPORT_STATUSES = ['running', 'completed', 'failed', 'interrupted'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What is said about a line or an import: a coded text (said in each reader's language) or, from older code, English. */
export type ImportWords = string | StoredText;

/** A line's error or notice as the import's page reads it. */
export interface LineMessage {
  line: number;
  message: string | Text;
}

export interface ImportCounts {
  imported: number;
  entities?: number;
  links?: number;
  dangling?: number;
}

export interface ImportView {
  importId: string;
  module: string;
  format: string;
  status: ImportStatus;
  phase: 'reading' | 'merging' | 'done';
  lines: number;
  bytes: number;
  imported: number;
  entities: number;
  links: number;
  dangling: number;
  errorCount: number;
  errors: LineMessage[];
  noticeCount: number;
  notices: LineMessage[];
  message: string | Text | null;
  options: Record<string, unknown>;
  startedAt: Date;
  finishedAt: Date | null;
}

/** At most this many errors and notices are kept and listed per import; the counts cover all of them. */
export const LISTED_LIMIT = 1000;
/** A running import whose process has not been heard from for this long is taken as dead. */
const STALE_SECONDS = 60;
const HEARTBEAT_MS = 5_000;

/** One running import: collects its line errors and notices and reports progress. */
export class ImportJob {
  readonly errors: { line: number; message: ImportWords }[] = [];
  errorCount = 0;
  private readonly notices = new Map<string, { line: number; message: ImportWords; more: number }>();
  private noticeCount = 0;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    readonly id: string,
  ) {}

  error(line: number, message: ImportWords): void {
    this.errorCount++;
    if (this.errors.length < LISTED_LIMIT) this.errors.push({ line, message });
  }

  /** A remark on a kept line; the same `key` over many lines is listed once, with how many more lines it concerns. */
  notice(key: string, line: number, message: ImportWords): void {
    this.noticeCount++;
    const seen = this.notices.get(key);
    if (seen) seen.more++;
    else if (this.notices.size < LISTED_LIMIT) this.notices.set(key, { line, message, more: 0 });
  }

  /** Errors and notices found in SQL beyond the ones listed (they count, but only the first are listed). */
  addUnlisted(errors: number, notices: number): void {
    this.errorCount += errors;
    this.noticeCount += notices;
  }

  startHeartbeat(): void {
    this.heartbeat = setInterval(() => {
      void this.db.query(sql`UPDATE imports SET heartbeat_at = now() WHERE id = ${this.id} AND status = 'running'`).catch(() => undefined);
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  async progress(lines: number, bytes: number, phase: 'reading' | 'merging' = 'reading'): Promise<void> {
    await this.db.query(sql`UPDATE imports SET lines = ${lines}, bytes = ${bytes}, phase = ${phase}, heartbeat_at = now() WHERE id = ${this.id}`);
  }

  private async writeMessages(): Promise<void> {
    const rows = [
      ...this.errors.map((e) => ({ level: 'error', line: e.line, message: e.message, more: 0 })),
      ...[...this.notices.values()].map((n) => ({ level: 'notice', ...n })),
    ];
    if (!rows.length) return;
    // The English is kept beside the code: what the audit, logs and older readers see.
    await this.db.query(sql`
      INSERT INTO import_errors (import_id, level, line, message, text, more)
      SELECT ${this.id}::uuid, u.level, u.line, u.message, u.text::jsonb, u.more
      FROM unnest(${rows.map((r) => r.level)}::text[], ${rows.map((r) => r.line)}::int[], ${rows.map((r) => english(r.message))}::text[],
        ${rows.map((r) => coded(r.message))}::text[], ${rows.map((r) => r.more)}::int[]) AS u(level, line, message, text, more)`);
  }

  /** Marks the job completed with its counts. Call it inside the transaction that merges the data. */
  async complete(lines: number, bytes: number, counts: ImportCounts): Promise<void> {
    this.stopHeartbeat();
    await this.writeMessages();
    await this.db.query(sql`
      UPDATE imports SET status = 'completed', phase = 'done', lines = ${lines}, bytes = ${bytes}, imported = ${counts.imported},
        entities = ${counts.entities ?? 0}, links = ${counts.links ?? 0}, dangling = ${counts.dangling ?? 0},
        error_count = ${this.errorCount}, notice_count = ${this.noticeCount}, finished_at = now(), heartbeat_at = now()
      WHERE id = ${this.id}`);
  }

  /** Ends the job without data: failed (the file or a rule refused it) or interrupted (the upload or the server stopped). */
  async end(status: 'failed' | 'interrupted', message: ImportWords, lines: number, bytes: number): Promise<void> {
    this.stopHeartbeat();
    await this.db.transaction(async () => {
      await this.writeMessages();
      await this.db.query(sql`
        UPDATE imports SET status = ${status}, phase = 'done', message = ${english(message).slice(0, 1000)}, message_text = ${coded(message)}::jsonb,
          lines = ${lines}, bytes = ${bytes},
          error_count = ${this.errorCount}, notice_count = ${this.noticeCount}, finished_at = now()
        WHERE id = ${this.id} AND status = 'running'`);
    });
  }
}

interface ImportRow {
  id: string;
  module: string;
  format: string;
  userId: string | null;
  status: ImportStatus;
  phase: ImportView['phase'];
  lines: number;
  bytes: number;
  imported: number;
  entities: number;
  links: number;
  dangling: number;
  errorCount: number;
  noticeCount: number;
  message: string | null;
  messageText: StoredText | null;
  options: Record<string, unknown>;
  heartbeatAt: Date;
  startedAt: Date;
  finishedAt: Date | null;
}

const rowColumns = sql.raw(`id, module, format, user_id AS "userId", status, phase, lines, bytes::float8 AS bytes, imported, entities, links, dangling,
  error_count AS "errorCount", notice_count AS "noticeCount", message, message_text AS "messageText", options, heartbeat_at AS "heartbeatAt", started_at AS "startedAt", finished_at AS "finishedAt"`);

/** Starts, reads and sweeps import jobs for every module. */
export class ImportJobs {
  /** This server process: a running import of another instance that stops beating is dead. */
  readonly instance = randomUUID();
  private readonly stagingCleanups: ((ids: string[]) => Promise<void>)[] = [];

  constructor(private readonly db: Db) {}

  /** A module's staging tables: rows of imports that did not complete are removed when they are swept. */
  onSweep(cleanup: (ids: string[]) => Promise<void>): void {
    this.stagingCleanups.push(cleanup);
  }

  /** Records a new running import (committed at once, outside any transaction, so progress is visible while it runs). */
  async start(subject: Subject, module: string, format: string, options: Record<string, unknown>): Promise<ImportJob> {
    const id = randomUUID();
    await this.db.query(sql`
      INSERT INTO imports (id, module, format, user_id, state, options, instance, host, pid)
      VALUES (${id}, ${module}, ${format}, ${subject.userId}, ${subject.state}, ${JSON.stringify(options)}::jsonb, ${this.instance}, ${os.hostname()}, ${process.pid})`);
    const job = new ImportJob(this.db, id);
    job.startHeartbeat();
    return job;
  }

  /**
   * Marks as interrupted every running import whose process is gone: on PGlite (one process per data folder) any of
   * another instance; on a server, one whose process on this host no longer exists or that stopped beating.
   */
  async sweep(): Promise<string[]> {
    const running = await this.db.query<{ id: string; instance: string | null; host: string | null; pid: number | null; stale: boolean }>(sql`
      SELECT id, instance, host, pid, heartbeat_at < now() - make_interval(secs => ${STALE_SECONDS}) AS stale
      FROM imports WHERE status = 'running' AND instance IS DISTINCT FROM ${this.instance}`);
    const host = os.hostname();
    const dead = running
      .filter((r) => this.db.kind === 'pglite' || r.stale || (r.host === host && (r.pid === process.pid || !processAlive(r.pid))))
      .map((r) => r.id);
    if (dead.length) {
      await this.db.query(sql`
        UPDATE imports SET status = 'interrupted', phase = 'done', finished_at = now(),
          message = ${english(serverStopped)}, message_text = ${coded(serverStopped)}::jsonb
        WHERE id = ANY(${dead}::uuid[]) AND status = 'running'`);
    }
    const leftovers = await this.db.query<{ id: string }>(sql`SELECT id FROM imports WHERE status <> 'running' AND finished_at > now() - interval '7 days'`);
    for (const cleanup of this.stagingCleanups) await cleanup(leftovers.map((r) => r.id));
    return dead;
  }

  private async row(id: string): Promise<ImportRow | undefined> {
    return this.db.one<ImportRow>(sql`SELECT ${rowColumns} FROM imports WHERE id = ${id}`);
  }

  async get(subject: Subject, id: string, module?: string): Promise<ImportView> {
    let row = await this.row(id);
    if (!row || !canSeeImport(subject, row) || (module && row.module !== module)) throw new NotFound(`import ${id}`);
    if (row.status === 'running' && Date.now() - row.heartbeatAt.getTime() > STALE_SECONDS * 1000) {
      await this.sweep();
      row = (await this.row(id))!;
    }
    const messages = await this.db.query<StoredLine>(sql`
      SELECT level, line, message, text, more FROM import_errors WHERE import_id = ${id} ORDER BY level, line LIMIT ${LISTED_LIMIT * 2}`);
    return viewOf(row, messages);
  }

  /** The imports this user started in a module, newest first. */
  async list(subject: Subject, module: string, limit = 20): Promise<ImportView[]> {
    const rows = await this.db.query<ImportRow>(sql`
      SELECT ${rowColumns} FROM imports i WHERE i.module = ${module} AND ${importsVisibleTo(subject)} ORDER BY i.started_at DESC LIMIT ${limit}`);
    return rows.map((r) => viewOf(r, []));
  }
}

const serverStopped = stored(say('serverStopped'));

/** The English of what an import says: kept in the row beside the code (and all there is for older rows). */
function english(words: ImportWords): string {
  return typeof words === 'string' ? words : textOf(words).render('en');
}

/** The code of what an import says, as JSON text for a jsonb column, or null for plain English. */
function coded(words: ImportWords): string | null {
  return isStoredText(words) ? JSON.stringify(words) : null;
}

function processAlive(pid: number | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface StoredLine {
  level: string;
  line: number;
  message: string;
  text: StoredText | null;
  more: number;
}

/** A line's words in the reader's language; a row written before they were coded keeps its English (with its count). */
function said({ line, message, text, more }: StoredLine): LineMessage {
  if (!text) return { line, message };
  const remark = textOf(text, message);
  return { line, message: more ? say('andMore', { remark, count: more }) : remark };
}

function viewOf(row: ImportRow, messages: StoredLine[]): ImportView {
  return {
    importId: row.id,
    module: row.module,
    format: row.format,
    status: row.status,
    phase: row.phase,
    lines: row.lines,
    bytes: row.bytes,
    imported: row.imported,
    entities: row.entities,
    links: row.links,
    dangling: row.dangling,
    errorCount: row.errorCount,
    errors: messages.filter((m) => m.level === 'error').map(said),
    noticeCount: row.noticeCount,
    notices: messages.filter((m) => m.level === 'notice').map(said),
    message: row.messageText ? textOf(row.messageText, row.message ?? undefined) : row.message,
    options: row.options,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
