// Imports a version of a reference file (shipped in data/, or uploaded by an administrator): checks every row, shows
// what it adds, removes and changes against what is loaded, and applies it in one transaction without losing what
// focal points recorded (their treaty records are separate; laws they confirmed or corrected keep their version).

import { type Actor, recordedBy, SYSTEM_ACTOR } from '../../access/actor.js';
import { today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Invalid } from '../../errors.js';
import { isStoredText, stored, textOf } from '../../i18n/stored.js';
import type { Text } from '../../i18n/text.js';
import { say } from './messages.js';
import {
  type Diff,
  diffRows,
  ImportError,
  type LawRow,
  lawKey,
  parseLaws,
  parseTreaties,
  parseTreatyReports,
  type ReferenceFile,
  reportKey,
  sha256,
  treatyKey,
} from './reference-files.js';
import { referenceSay } from './reference-messages.js';
import { type KeptRow, ReferenceStore } from './reference-store.js';
import type { ReferenceImportOut } from './treaty-schemas.js';

export interface SnapshotInput {
  date?: string;
  label?: string;
  source?: string;
}
/** An import as the service answers it: each "why kept" a Text (or the English of an older import), rendered by the route. */
export type ReferenceImportView = Omit<ReferenceImportOut, 'kept'> & { kept: (Omit<KeptRow, 'why'> & { why: string | Text })[] };

const keptView = (kept: KeptRow[]): ReferenceImportView['kept'] => kept.map((k) => ({ ...k, why: isStoredText(k.why) ? textOf(k.why) : k.why }));

interface Plan {
  rows: number;
  diff: Diff;
  kept: KeptRow[];
  snapshot: { date: string; label: string; source: string } | null;
  write: () => Promise<void>;
}

export class ReferenceImporter {
  readonly store: ReferenceStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {
    this.store = new ReferenceStore(db);
  }

  /** What importing `body` as `file` would change; nothing is written. */
  async preview(file: ReferenceFile, body: string, snapshot: SnapshotInput = {}): Promise<ReferenceImportView> {
    const plan = await this.plan(file, body, snapshot);
    return {
      id: null,
      file,
      origin: 'admin',
      rows: plan.rows,
      snapshot: plan.snapshot?.date ?? null,
      ...plan.diff,
      kept: keptView(plan.kept),
      importedBy: null,
      importedAt: null,
      applied: false,
    };
  }

  /** Applies `body` as the new version of `file` in one transaction with its audit entry; a file identical to the loaded one changes nothing. */
  async apply(actor: Actor, file: ReferenceFile, body: string, snapshot: SnapshotInput, origin: 'shipped' | 'admin'): Promise<ReferenceImportView> {
    return this.db.transaction(async () => {
      // One import at a time, across app instances starting together.
      await this.db.query(sql`SELECT pg_advisory_xact_lock(hashtext('legislation_reference_import'))`);
      const plan = await this.plan(file, body, snapshot);
      const sha = sha256(body);
      await plan.write();
      await this.store.saveLoad(file, plan.rows, sha, origin === 'shipped', plan.snapshot ?? undefined);
      const id = await this.store.recordImport(file, origin, sha, plan.rows, plan.snapshot?.date ?? null, plan.diff, plan.kept, recordedBy(actor));
      await this.audit.record(actor, {
        action: 'legislation.reference.import',
        outcome: 'ok',
        targetType: 'reference_file',
        targetId: file,
        detail: {
          origin,
          rows: plan.rows,
          sha256: sha,
          snapshot: plan.snapshot?.date ?? null,
          added: plan.diff.added.length,
          removed: plan.diff.removed.length,
          changed: plan.diff.changed.length,
          kept: plan.kept.length,
        },
      });
      const [row] = await this.store.imports(1);
      return { ...toImportView(row), id, applied: true };
    });
  }

  /** At start: reads a file of data/ when the portal ships a version not loaded before (a newer upload is never undone by a restart). */
  async loadShipped(file: ReferenceFile, body: string, snapshot: SnapshotInput = {}): Promise<boolean> {
    const loaded = await this.store.load(file);
    if (loaded?.shipped_sha256 === sha256(body)) return false;
    await this.db.transaction(async () => {
      await this.db.query(sql`SELECT pg_advisory_xact_lock(hashtext('legislation_reference_import'))`);
      if ((await this.store.load(file))?.shipped_sha256 === sha256(body)) return; // another instance was first
      await this.apply(SYSTEM_ACTOR, file, body, snapshot, 'shipped');
    });
    return true;
  }

  async history(limit = 50) {
    const [files, imports] = await Promise.all([this.store.loads(), this.store.imports(limit)]);
    return {
      files: files.map((f) => ({ file: f.file, rows: f.rows, sha256: f.sha256, loadedAt: f.loaded_at, snapshot: f.snapshot })),
      imports: imports.map((i) => ({ ...toImportView(i), applied: true })),
    };
  }

  private async plan(file: ReferenceFile, body: string, snapshotInput: SnapshotInput): Promise<Plan> {
    const members = await this.store.memberCodes();
    try {
      if (file === 'treaties.csv') {
        const rows = parseTreaties(body, members);
        const snapshot = await this.snapshotFor(snapshotInput);
        const diff = diffRows(await this.store.treaties(), rows, treatyKey, ['date', 'source']);
        const kept = (await this.store.recordsMatching(rows)).map((r) => ({
          key: `${r.state} ${r.instrument} ${r.action}`,
          state: r.state,
          title: `${r.instrument} ${r.action} ${r.period}`,
          change: 'now_in_file' as const,
          why: stored(referenceSay('kept.nowInFile')),
        }));
        return { rows: rows.length, diff, kept, snapshot, write: () => this.store.replaceTreaties(rows) };
      }
      if (file === 'treaties-later.csv') {
        const rows = parseTreatyReports(body, members);
        const diff = diffRows(await this.store.reports(), rows, reportKey, ['period', 'precision', 'what', 'source']);
        return { rows: rows.length, diff, kept: [], snapshot: null, write: () => this.store.replaceReports(rows) };
      }
      return await this.planLaws(parseLaws(body, members));
    } catch (e) {
      if (e instanceof ImportError) throw new Invalid('csv', say('fileLine', { line: e.line, reason: e.reason }), { file, line: e.line });
      throw e;
    }
  }

  private async snapshotFor(input: SnapshotInput) {
    const previous = await this.db.one<{ snapshot_label: string | null; snapshot_source: string | null }>(
      sql`SELECT snapshot_label, snapshot_source FROM legislation_reference_loads WHERE file = 'treaties.csv'`,
    );
    if (!input.date) throw new Invalid('snapshot', say('snapshotDate'));
    if (input.date > today()) throw new Invalid('snapshot', say('notInFuture'));
    const label = input.label ?? previous?.snapshot_label;
    const source = input.source ?? previous?.snapshot_source;
    if (!label) throw new Invalid('snapshotLabel', say('snapshotLabel'));
    if (!source) throw new Invalid('snapshotSource', say('snapshotSource'));
    return { date: input.date, label, source };
  }

  /** Laws are matched by state, title and citation; a law the state has confirmed, corrected or built on is never overwritten or deleted. */
  private async planLaws(rows: LawRow[]): Promise<Plan> {
    const existing = await this.store.referenceLaws();
    const byKey = new Map(existing.map((l) => [l.reference_key, l]));
    const asFiled = (l: (typeof existing)[number]): LawRow =>
      l.reference_values ?? { state: l.state, title: l.title, year: l.year, citation: l.citation, topic: l.topic as LawRow['topic'], source: l.source ?? '' };
    const diff = diffRows(existing.filter((l) => !l.removed).map(asFiled), rows, lawKey, ['year', 'topic', 'source']);
    const touched = (l: (typeof existing)[number]) => (l.confirmed_at ? ('Confirmed' as const) : l.edited_at ? ('Corrected' as const) : null);
    const kept: KeptRow[] = [];
    for (const c of diff.changed) {
      const why = touched(byKey.get(c.key)!);
      if (why)
        kept.push({
          key: c.key,
          state: c.state,
          title: byKey.get(c.key)!.title,
          change: 'changed',
          why: stored(referenceSay(`kept.changed${why}`)),
        });
    }
    const removals = diff.removed.map((r) => {
      const law = byKey.get(r.key)!;
      const why = touched(law) ?? (law.provisions ? ('Provisions' as const) : law.amended_by ? ('Amended' as const) : null);
      if (why) kept.push({ key: r.key, state: r.state, title: law.title, change: 'removed', why: stored(referenceSay(`kept.removed${why}`)) });
      return { id: law.id, keep: !!why };
    });
    const write = async () => {
      for (const row of rows) {
        const key = lawKey(row);
        const law = byKey.get(key);
        if (!law) await this.store.insertLaw(key, row);
        else await this.store.refreshLaw(law.id, row, !touched(law));
      }
      for (const r of removals) await (r.keep ? this.store.markLawRemoved(r.id) : this.store.deleteLaw(r.id));
    };
    return { rows: rows.length, diff, kept, snapshot: null, write };
  }
}

function toImportView(i: Awaited<ReturnType<ReferenceStore['imports']>>[number]): Omit<ReferenceImportView, 'applied'> {
  return {
    id: i.id,
    file: i.file,
    origin: i.origin,
    rows: i.rows,
    snapshot: i.snapshot,
    added: i.added,
    removed: i.removed,
    changed: i.changed,
    unchanged: i.unchanged,
    kept: keptView(i.kept),
    importedBy: i.imported_by ? { id: i.imported_by, name: i.imported_by_name ?? '' } : null,
    importedAt: i.imported_at,
  };
}
