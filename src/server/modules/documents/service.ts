// Document checks: states record lost, stolen, revoked, fraudulent and counterfeit documents (one, a JSON batch or a
// file, all or nothing), in clear or as keyed hashes only; officers check one document or a manifest and learn per line
// hit or no hit, the status and the recording state to contact, and nothing else of a record they may not read.

import { type Actor, recordedBy } from '../../access/actor.js';
import { checksDocuments, checksVisibleSql, keepsDocumentsOf, seesChecksOf, setsDocumentListModeOf } from '../../access/documents.js';
import { readableBy } from '../../access/records.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { sql } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import type { Text } from '../../i18n/text.js';
import { documentHash, type RegionalKey, regionalKey } from './keyed-hash.js';
import { type CheckLine, checkLines } from './manifest.js';
import { say } from './messages.js';
import { issuingStateProblem, normaliseIssuingState, normaliseNumber, numberProblem } from './number.js';
import { columnOf, type FileIssue, readRecordFile } from './record-file.js';
import type { CheckBody, CheckResult, DocumentInput, DocumentRecord, DocumentStatus, ListMode } from './schemas.js';
import { SheetError } from './sheet.js';
import { DocumentsStore, type ProbeHit, type RecordRow } from './store.js';

/** The directory as the check uses it: each recording state's contact point for document fraud. */
export interface ContactLookup {
  contactPointsFor(
    states: string[],
    topic: string,
  ): Promise<{ state: string; name: string; position: string; agency: string; email: string | null; phone: string | null; secureChannel: string | null }[]>;
}

/** Notifications as the check sends them: to a state's operational users and its webhook, with no number in the text. */
export interface StateNotifier {
  toStates(states: string[], m: { kind: string; title: string | Text; link?: string | null; reference?: string }): Promise<void>;
}

export const PAGE_SIZE = 50;

/** A line's result as the service answers it: why a line could not be checked is said in the reader's language. */
type CheckAnswer = Omit<CheckResult, 'problem'> & { problem?: Text };

/** Which hit an officer acts on first when several states recorded the same document. */
const SEVERITY: Record<DocumentStatus, number> = { counterfeit: 0, fraudulent: 1, stolen: 2, revoked: 3, lost: 4 };

function reportOf(issues: FileIssue[]): Invalid {
  const first = issues[0];
  const problem = first.message;
  const reason =
    issues.length > 1 ? say('lineProblems', { line: first.line, problem, more: issues.length - 1 }) : say('lineProblem', { line: first.line, problem });
  return new Invalid(first.field, reason, { report: issues });
}

export class DocumentsService {
  readonly store: DocumentsStore;
  readonly key: RegionalKey | null;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    keyText: string | null,
    private readonly contacts: ContactLookup,
    private readonly notifications: StateNotifier,
  ) {
    this.store = new DocumentsStore(db);
    this.key = keyText ? regionalKey(keyText) : null;
  }

  private requireKeeper(actor: Actor): asserts actor is Actor & { state: string } {
    if (!actor.state || !keepsDocumentsOf(actor, actor.state)) throw new Forbidden(say('keepersOnly'));
  }

  /** One document as it will be stored; throws Invalid naming the field (prefixed for a batch). */
  private prepare(input: DocumentInput, mode: ListMode, at = ''): RecordRow {
    const issuingState = normaliseIssuingState(input.issuingState);
    const stateProblem = issuingStateProblem(issuingState);
    if (stateProblem) throw new Invalid(`${at}issuingState`, stateProblem);
    if (input.number !== undefined && input.numberHash !== undefined) throw new Invalid(`${at}numberHash`, say('numberOrHash'));
    if (input.number === undefined && input.numberHash === undefined) throw new Invalid(`${at}number`, say('numberRequired'));
    if (input.issuedOn && input.expiresOn && input.expiresOn < input.issuedOn) throw new Invalid(`${at}expiresOn`, say('expiresBeforeIssued'));
    let number: string | null = null;
    let hash: string | null = null;
    if (input.numberHash !== undefined) {
      if (!this.key) throw new Invalid(`${at}numberHash`, say('noKeyForHash'));
      hash = input.numberHash;
    } else {
      const normalised = normaliseNumber(input.number!);
      const problem = numberProblem(normalised);
      if (problem) throw new Invalid(`${at}number`, problem);
      if (mode === 'hashed') {
        if (!this.key) throw new Invalid(`${at}number`, say('noKeyForHashedList'));
        hash = documentHash(this.key, issuingState, normalised).toString('hex');
      } else number = normalised;
    }
    return {
      issuingState,
      type: input.type,
      number,
      hash,
      keyId: hash ? this.key!.id : null,
      status: input.status,
      issuedOn: input.issuedOn ?? null,
      expiresOn: input.expiresOn ?? null,
      reportedOn: input.reportedOn ?? null,
      notes: input.notes ?? '',
      classification: input.classification ?? 'restricted',
    };
  }

  /** Records or updates many documents of the actor's state, all or nothing. */
  async importMany(actor: Actor, documents: DocumentInput[], opts: { demo?: boolean; lines?: number[] } = {}) {
    this.requireKeeper(actor);
    const mode = await this.store.mode(actor.state);
    const rows: RecordRow[] = [];
    const issues: FileIssue[] = [];
    const seen = new Map<string, number>();
    documents.forEach((d, i) => {
      const line = opts.lines?.[i];
      try {
        const row = this.prepare(d, mode, line === undefined ? `documents.${i}.` : '');
        const key = row.hash ?? `${row.issuingState}|${row.number}`;
        const earlier = seen.get(key);
        if (earlier !== undefined)
          throw new Invalid(
            line === undefined ? `documents.${i}.number` : 'number',
            line === undefined ? say('sameAsEntry', { entry: earlier + 1 }) : say('sameAsLine', { line: opts.lines![earlier] }),
          );
        seen.set(key, i);
        rows.push(row);
      } catch (error) {
        if (!(error instanceof Invalid) || line === undefined) throw error;
        issues.push({ line, field: columnOf(error.field), message: error.text ?? error.message.slice(error.field.length + 2) });
      }
    });
    if (issues.length) throw reportOf(issues);
    const { ids: _ids, ...result } = await this.write(actor, rows, opts.demo ?? false);
    return result;
  }

  private write(actor: Actor & { state: string }, rows: RecordRow[], demo: boolean) {
    return this.db.transaction(async () => {
      const result = await this.store.upsert(actor.state, rows, recordedBy(actor), demo);
      const hashed = rows.filter((r) => r.hash).length;
      // The audit names how many, never the numbers: a hashed list must leave no clear number anywhere.
      await this.audit.record(actor, {
        action: 'documents.record',
        outcome: 'ok',
        targetType: 'document_list',
        targetId: actor.state,
        detail: { created: result.created, updated: result.updated, hashed, ...(rows.length === 1 ? { recordId: result.ids[0] } : {}) },
      });
      return { created: result.created, updated: result.updated, hashed, ids: result.ids };
    });
  }

  async record(actor: Actor, input: DocumentInput, opts: { demo?: boolean } = {}): Promise<DocumentRecord & { created: boolean }> {
    this.requireKeeper(actor);
    const row = this.prepare(input, await this.store.mode(actor.state));
    const { ids, created } = await this.write(actor, [row], opts.demo ?? false);
    return { ...(await this.store.record(ids[0], sql`TRUE`, this.key?.id ?? null))!, created: created === 1 };
  }

  async upload(actor: Actor, body: { format: 'csv' | 'xlsx'; contentBase64: string }) {
    this.requireKeeper(actor);
    let parsed: Awaited<ReturnType<typeof readRecordFile>>;
    try {
      parsed = await readRecordFile(body.format, Buffer.from(body.contentBase64, 'base64'));
    } catch (error) {
      if (error instanceof SheetError) throw new Invalid('file', error.text);
      throw error;
    }
    if (parsed.issues.length) throw reportOf(parsed.issues);
    return this.importMany(actor, parsed.documents, { lines: parsed.lines });
  }

  /** The actor's own state's list (what they may read of it), newest first. */
  async list(actor: Actor, q: { q?: string; status?: string; includeWithdrawn?: string; page?: number }) {
    if (!actor.state || !checksDocuments(actor)) throw new Forbidden(say('listOfficersOnly'));
    const page = q.page ?? 1;
    const number = q.q ? normaliseNumber(q.q) : '';
    const where = sql.and([
      sql`d.owner_state = ${actor.state}`,
      readableBy(actor, 'd'),
      ...(q.includeWithdrawn === 'true' ? [] : [sql`d.withdrawn_at IS NULL`]),
      ...(q.status ? [sql`d.status = ${q.status}`] : []),
      ...(number ? [sql`d.number_norm LIKE ${`${number.replace(/[%_]/g, '')}%`}`] : []),
    ]);
    const rows = await this.store.page(where, this.key?.id ?? null, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    return { records: rows.slice(0, PAGE_SIZE), page, hasMore: rows.length > PAGE_SIZE };
  }

  /** One record, whole, if the actor may read it (else 404: its existence is not theirs to know); the read is audited. */
  async get(actor: Actor, id: string): Promise<DocumentRecord> {
    const record = await this.store.record(id, readableBy(actor, 'd'), this.key?.id ?? null);
    if (!record) {
      await this.audit.record(actor, { action: 'documents.read', outcome: 'not_found', targetType: 'document_record', targetId: id });
      throw new NotFound(`document record ${id}`);
    }
    await this.audit.record(actor, {
      action: 'documents.read',
      outcome: 'ok',
      targetType: 'document_record',
      targetId: id,
      detail: { ownerState: record.ownerState, classification: record.classification },
    });
    return record;
  }

  async withdraw(actor: Actor, id: string): Promise<DocumentRecord> {
    const record = await this.get(actor, id);
    if (!keepsDocumentsOf(actor, record.ownerState)) throw new Forbidden(say('withdrawsOwnOnly', { state: stateName(record.ownerState) }));
    if (record.withdrawnAt) throw new Conflict(say('alreadyWithdrawn'));
    return this.db.transaction(async () => {
      await this.store.withdraw(id, recordedBy(actor));
      await this.audit.record(actor, {
        action: 'documents.withdraw',
        outcome: 'ok',
        targetType: 'document_record',
        targetId: id,
        detail: { ownerState: record.ownerState },
      });
      return (await this.store.record(id, sql`TRUE`, this.key?.id ?? null))!;
    });
  }

  /**
   * Checks every line at once: one probe of the clear numbers and one of the keyed hashes, joined on their indexes.
   * The check, its hits and the audit entry are written in one transaction with the answer.
   */
  async check(actor: Actor, body: CheckBody) {
    if (!checksDocuments(actor)) throw new Forbidden(say('checkersOnly'));
    const { source, lines } = await checkLines(body);
    const probe = lines
      .filter((l) => !l.problem)
      .map((l) => ({
        index: l.index,
        number: l.number,
        issuingState: l.issuingState,
        hash: this.key ? documentHash(this.key, l.issuingState, l.number).toString('hex') : null,
      }));
    const found = probe.length ? await this.store.probe(probe, this.key?.id ?? null, readableBy(actor, 'd')) : [];
    const readableIds = [...new Set(found.filter((h) => h.readable).map((h) => h.id))];
    const [records, contacts] = await Promise.all([
      this.store.records(readableIds, this.key?.id ?? null),
      this.contacts.contactPointsFor([...new Set(found.map((h) => h.ownerState))], 'document_fraud'),
    ]);
    const recordById = new Map(records.map((r) => [r.id, r]));
    const contactOf = new Map<string, (typeof contacts)[number]>();
    for (const c of contacts) if (!contactOf.has(c.state)) contactOf.set(c.state, c);
    const hitsByLine = new Map<number, ProbeHit[]>();
    for (const h of found) hitsByLine.set(h.index, [...(hitsByLine.get(h.index) ?? []), h]);

    const results = lines.map((l) => this.resultOf(l, hitsByLine.get(l.index) ?? [], recordById, contactOf));
    return this.db.transaction(async () => {
      const check = await this.store.logCheck({ checkerId: actor.userId, checkerState: actor.state!, source, lines: lines.length, hits: found });
      const hitLines = results.filter((r) => r.hit).length;
      await this.audit.record(actor, {
        action: 'documents.check',
        outcome: 'ok',
        targetType: 'document_check',
        targetId: check.id,
        detail: { source, lines: lines.length, hits: hitLines, records: found.map((h) => h.id), recordedBy: [...new Set(found.map((h) => h.ownerState))] },
      });
      // As INTERPOL tells the owner country of an SLTD hit: each recording state learns that its records were hit, and by whom.
      const byOwner = new Map<string, number>();
      for (const h of found) if (h.ownerState !== actor.state) byOwner.set(h.ownerState, (byOwner.get(h.ownerState) ?? 0) + 1);
      for (const [owner, n] of byOwner)
        await this.notifications.toStates([owner], {
          kind: 'documents.hit',
          title: say('hit', { count: n, owner: stateName(owner), checker: stateName(actor.state!) }),
          link: '/documents/ours',
          reference: check.id,
        });
      return { checkId: check.id, checkedAt: check.at, lines: lines.length, hits: hitLines, results };
    });
  }

  private resultOf(
    l: CheckLine,
    hits: ProbeHit[],
    records: Map<string, DocumentRecord>,
    contacts: Map<string, { name: string; position: string; agency: string; email: string | null; phone: string | null; secureChannel: string | null }>,
  ): CheckAnswer {
    const base: CheckAnswer = { index: l.index, ...(l.line !== undefined ? { line: l.line } : {}), hit: false };
    if (l.mrz) {
      const m = l.mrz;
      base.mrz = {
        format: m.format,
        valid: m.valid,
        checkDigits: m.checkDigits,
        surname: m.surname,
        givenNames: m.givenNames,
        nationality: m.nationality,
        birthDate: m.birthDate,
        expiryDate: m.expiryDate,
      };
    }
    if (l.problem) return { ...base, problem: l.problem };
    const sorted = [...hits].sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.ownerState.localeCompare(b.ownerState));
    const result: CheckAnswer = { ...base, number: l.number, issuingState: l.issuingState, ...(l.type ? { type: l.type } : {}) };
    if (!sorted.length) return result;
    return {
      ...result,
      hit: true,
      status: sorted[0].status,
      recordedBy: sorted[0].ownerState,
      hits: sorted.map((h) => {
        // readable is readableBy() evaluated on the row: the twin of canRead(), tested equal in access/records.test.ts.
        const record = h.readable ? (records.get(h.id) ?? null) : null;
        const c = contacts.get(h.ownerState);
        return {
          status: h.status,
          recordedBy: h.ownerState,
          recordedByName: h.ownerName,
          type: h.type,
          contact: c ? { name: c.name, position: c.position, agency: c.agency, email: c.email, phone: c.phone, secureChannel: c.secureChannel } : null,
          record,
        };
      }),
    };
  }

  /** Who checked the actor's state's records, and when (as the intelligence read log shows an originator). */
  async checksOfOurs(actor: Actor, q: { page?: number; recordId?: string }) {
    if (!actor.state || !seesChecksOf(actor, actor.state)) throw new Forbidden(say('seesChecksOnly'));
    const page = q.page ?? 1;
    const rows = await this.store.checksOf(checksVisibleSql(actor, sql.raw('h.owner_state')), q.recordId ?? null, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    return { hits: rows.slice(0, PAGE_SIZE), page, hasMore: rows.length > PAGE_SIZE };
  }

  async myChecks(actor: Actor) {
    return { checks: await this.store.checksBy(actor.userId, 50) };
  }

  async settings(actor: Actor) {
    if (!actor.state || !checksDocuments(actor)) throw new Forbidden(say('listOfficersOnly'));
    return {
      state: actor.state,
      mode: await this.store.mode(actor.state),
      keyConfigured: this.key !== null,
      keyId: this.key?.id ?? null,
      staleRecords: await this.store.staleCount(actor.state, this.key?.id ?? null),
    };
  }

  /**
   * Switching to a hashed list replaces every clear number the state recorded by its keyed hash, in the same
   * transaction: afterwards the portal holds no clear number of that state's list. There is no way back for those records.
   */
  async setMode(actor: Actor, mode: ListMode) {
    if (!actor.state || !setsDocumentListModeOf(actor, actor.state)) throw new Forbidden(say('modeFocalOnly'));
    const state = actor.state;
    if (mode === 'hashed' && !this.key) throw new Invalid('mode', say('modeNeedsKey'));
    let converted = 0;
    await this.db.transaction(async () => {
      await this.store.setMode(state, mode, recordedBy(actor));
      if (mode === 'hashed') {
        for (;;) {
          const batch = await this.store.clearRecords(state, 5_000);
          if (!batch.length) break;
          await this.store.hashRecords(
            state,
            batch.map((r) => ({ id: r.id, hash: documentHash(this.key!, r.issuingState, r.number).toString('hex') })),
            this.key!.id,
          );
          converted += batch.length;
        }
      }
      await this.audit.record(actor, {
        action: 'documents.list_mode',
        outcome: 'ok',
        targetType: 'document_list',
        targetId: state,
        detail: { mode, converted },
      });
    });
    return this.settings(actor);
  }
}
