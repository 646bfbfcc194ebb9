// Identity and nationality verification between two states: state A asks, state B's designated officers answer
// (confirmed, not confirmed, more information needed, cannot determine) with evidence and a thread; files are seen by the
// two states only; reminders as the deadline nears; every read and write audited.
import { randomBytes } from 'node:crypto';
import { type Actor, recordedBy, SYSTEM_ACTOR } from '../../access/actor.js';
import { answersVerification, asksVerification, type DutySubject, seesVerification, verificationsVisibleSql } from '../../access/identity.js';
import { allows, Permission } from '../../access/permissions.js';
import { clearedClassifications, effectiveClearance, today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { sql } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { day as calendarDay, type Text } from '../../i18n/text.js';
import { term } from '../../i18n/vocabulary.js';
import { type AgreementCheck, arrangementFor } from '../identity/arrangements.js';
import type { DesignationsService } from '../identity/service.js';
import type { MembersService } from '../members/service.js';
import { notice } from '../notifications/notices.js';
import { checkFile, type FileKind } from './attachments.js';
import { timeToAnswer } from './dashboard.js';
import { refuse, requestStatus } from './refusals.js';
import { type PersonSearch, RESEMBLANCE_THRESHOLD, resemblances } from './resemblance.js';
import type { Answer, CreateInput, VerificationView } from './schemas.js';
import { type RequestRow, VerificationsStore } from './store.js';
import { FINAL, facts, LIVE, personOf, requestSummary, requestView } from './view.js';

/** Notifications as this module sends them: to named users, with no personal data in the text. */
export interface Notifier {
  toUsers(userIds: string[], m: { kind: string; title: string | Text; body?: string; link?: string | null; reference?: string }): Promise<void>;
}

export const PAGE_SIZE = 50;

export class VerificationsService {
  readonly store: VerificationsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly designations: DesignationsService,
    private readonly agreements: AgreementCheck,
    private readonly members: MembersService,
    private readonly notifications: Notifier,
    private readonly networks: PersonSearch,
  ) {
    this.store = new VerificationsStore(db);
  }

  private async requireState(field: string, code: string) {
    const found = await this.members.detail(code).catch(() => null);
    if (!found) throw new Invalid(field, refuse('notAMember', { code }));
    if (found.member.kind === 'organisation') throw new Invalid(field, refuse('organisationNotState', { member: stateName(code) }));
  }

  /** Designated officers of a state for verification, or its operational focal points when none is designated yet. */
  private async answerersOf(state: string): Promise<string[]> {
    return this.designations.designatedOrFocal(state, 'verification');
  }

  private async notify(userIds: string[], r: RequestRow, kind: string, title: Text) {
    await this.notifications.toUsers(userIds, { kind, title, link: `/verifications/${r.id}`, reference: r.reference });
  }

  async create(actor: Actor, input: CreateInput, opts: { demo?: boolean; now?: Date; backdate?: boolean } = {}): Promise<VerificationView> {
    if (!actor.state || actor.organisationKind !== 'state_agency') throw new Forbidden(refuse('madeByOfficers'));
    const from = actor.state;
    if (input.toState === from) throw new Invalid('toState', refuse('notItself'));
    await this.requireState('toState', input.toState);
    const now = opts.now ?? new Date();
    if (input.dueOn < today(now)) throw new Invalid('dueOn', refuse('deadlinePassed'));
    if (input.dueOn > today(new Date(now.getTime() + 366 * 86_400_000))) throw new Invalid('dueOn', refuse('deadlineWithinYear'));
    if (!(clearedClassifications(effectiveClearance(actor, now)) as string[]).includes(input.classification))
      throw new Invalid('classification', refuse('aboveClearance', { classification: term('classification', input.classification) }));
    const person = personOf(input.person, input.toState);
    const arrangement = await arrangementFor(this.agreements, from, input.toState, 'verification', today(now));
    const reference = `VER-${from}-${now.getUTCFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
    const id = await this.db.transaction(async () => {
      const id = await this.store.insert({
        reference,
        fromState: from,
        toState: input.toState,
        person,
        reason: input.reason,
        urgency: input.urgency,
        dueOn: input.dueOn,
        classification: input.classification,
        agreementId: arrangement?.agreementId ?? null,
        createdBy: recordedBy(actor),
        demo: opts.demo ?? false,
        ...(opts.backdate ? { createdAt: now } : {}),
      });
      // The audit says who asked whom, never who the person is.
      await this.audit.record(actor, {
        action: 'verifications.create',
        outcome: 'ok',
        targetType: 'verification_request',
        targetId: id,
        detail: { reference, toState: input.toState, urgency: input.urgency, dueOn: input.dueOn, arrangement: arrangement?.agreementId ?? null },
      });
      const row = (await this.store.request(id, sql`TRUE`))!;
      await this.notify(
        await this.answerersOf(input.toState),
        row,
        'verification.requested',
        notice(input.urgency === 'routine' ? 'verificationRequested' : 'verificationRequestedUrgent', {
          reference,
          state: stateName(from),
          day: calendarDay(input.dueOn),
        }),
      );
      return id;
    });
    return this.get(actor, id);
  }

  /** The request if the actor may see it, else NotFound (audited: a refusal is a fact an auditor wants). */
  private async visible(actor: Actor & DutySubject, id: string, action: string): Promise<RequestRow> {
    const row = await this.store.request(id, verificationsVisibleSql(actor, 'v'));
    if (!row || !seesVerification(actor, facts(row))) {
      await this.audit.record(actor, { action, outcome: 'not_found', targetType: 'verification_request', targetId: id });
      throw new NotFound(`verification request ${id}`);
    }
    return row;
  }

  async list(actor: Actor, q: { direction?: 'incoming' | 'outgoing'; status?: string; page?: number }) {
    const ds = await this.designations.dutySubject(actor);
    const page = q.page ?? 1;
    const where = sql.and([
      verificationsVisibleSql(ds, 'v'),
      ...(q.direction === 'incoming' ? [sql`v.to_state = ${ds.state}`] : q.direction === 'outgoing' ? [sql`v.from_state = ${ds.state}`] : []),
      ...(q.status ? [sql`v.status = ${q.status}`] : []),
    ]);
    const rows = await this.store.page(where, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    return { requests: rows.slice(0, PAGE_SIZE).map((r) => requestSummary(r)), page, hasMore: rows.length > PAGE_SIZE };
  }

  async get(actor: Actor, id: string): Promise<VerificationView> {
    const ds = await this.designations.dutySubject(actor);
    const r = await this.visible(ds, id, 'verifications.read');
    await this.audit.record(actor, {
      action: 'verifications.read',
      outcome: 'ok',
      targetType: 'verification_request',
      targetId: id,
      detail: { reference: r.reference, classification: r.classification },
    });
    return this.view(ds, r);
  }

  private async view(ds: DutySubject, r: RequestRow): Promise<VerificationView> {
    const [messages, files, arrangement] = await Promise.all([
      this.store.messages(r.id),
      this.store.files(r.id),
      // The arrangement in force when the request was made is the one it relies on.
      arrangementFor(this.agreements, r.fromState, r.toState, 'verification', today(r.createdAt)),
    ]);
    return requestView(ds, r, { messages, files, arrangement });
  }

  async answer(actor: Actor, id: string, input: { answer: Answer; evidence: string }, opts: { at?: Date } = {}): Promise<VerificationView> {
    const ds = await this.designations.dutySubject(actor);
    const r = await this.visible(ds, id, 'verifications.answer');
    if (!answersVerification(ds, facts(r))) throw new Forbidden(refuse('answeredByDesignated', { state: stateName(r.toState) }));
    if (!LIVE.includes(r.status)) throw new Conflict(refuse('requestIs', { status: requestStatus(r.status) }), { status: r.status });
    const final = FINAL.includes(input.answer);
    await this.db.transaction(async () => {
      await this.store.addMessage({
        requestId: id,
        authorId: recordedBy(ds),
        authorState: ds.state!,
        kind: 'answer',
        answer: input.answer,
        body: input.evidence,
        at: opts.at,
      });
      await this.store.setStatus(id, {
        status: final ? 'answered' : 'more_information_needed',
        answer: input.answer,
        answeredBy: recordedBy(ds),
        final,
        at: opts.at,
      });
      await this.audit.record(actor, {
        action: 'verifications.answer',
        outcome: 'ok',
        targetType: 'verification_request',
        targetId: id,
        detail: { reference: r.reference, answer: input.answer },
      });
      const askers = [...new Set([...(r.createdBy ? [r.createdBy] : []), ...(await this.designations.designated(r.fromState, 'verification'))])];
      await this.notify(
        askers,
        r,
        'verification.answered',
        notice(`verificationAnswered.${input.answer}`, { state: stateName(r.toState), reference: r.reference }),
      );
    });
    return this.view(ds, (await this.store.request(id, sql`TRUE`))!);
  }

  /** A message in the thread; from the requesting side while more information is needed, it reopens the request. */
  async message(actor: Actor, id: string, body: string): Promise<VerificationView> {
    const ds = await this.designations.dutySubject(actor);
    const r = await this.visible(ds, id, 'verifications.message');
    if (r.status === 'withdrawn') throw new Conflict(refuse('requestWithdrawn'));
    const reopen = r.status === 'more_information_needed' && ds.state === r.fromState;
    await this.db.transaction(async () => {
      await this.store.addMessage({ requestId: id, authorId: recordedBy(ds), authorState: ds.state!, kind: 'message', answer: null, body });
      if (reopen) await this.store.setStatus(id, { status: 'open' });
      await this.audit.record(actor, {
        action: 'verifications.message',
        outcome: 'ok',
        targetType: 'verification_request',
        targetId: id,
        detail: { reference: r.reference, reopened: reopen },
      });
      const otherSide =
        ds.state === r.fromState
          ? await this.answerersOf(r.toState)
          : [...(r.createdBy ? [r.createdBy] : []), ...(await this.designations.designated(r.fromState, 'verification'))];
      await this.notify(
        otherSide,
        r,
        'verification.message',
        notice('verificationMessage', { reference: r.reference, state: ds.state ? stateName(ds.state) : 'RSO' }),
      );
    });
    return this.view(ds, (await this.store.request(id, sql`TRUE`))!);
  }

  async withdraw(actor: Actor, id: string): Promise<VerificationView> {
    const ds = await this.designations.dutySubject(actor);
    const r = await this.visible(ds, id, 'verifications.withdraw');
    if (!asksVerification(ds, facts(r))) throw new Forbidden(refuse('withdrawnByAsker', { state: stateName(r.fromState) }));
    if (!LIVE.includes(r.status)) throw new Conflict(refuse('requestIs', { status: requestStatus(r.status) }), { status: r.status });
    await this.db.transaction(async () => {
      await this.store.setStatus(id, { status: 'withdrawn' });
      await this.audit.record(actor, {
        action: 'verifications.withdraw',
        outcome: 'ok',
        targetType: 'verification_request',
        targetId: id,
        detail: { reference: r.reference },
      });
      await this.notify(
        await this.answerersOf(r.toState),
        r,
        'verification.withdrawn',
        notice('verificationWithdrawn', { state: stateName(r.fromState), reference: r.reference }),
      );
    });
    return this.view(ds, (await this.store.request(id, sql`TRUE`))!);
  }

  async addFile(actor: Actor, id: string, input: { kind: FileKind; filename: string; contentBase64: string }) {
    const ds = await this.designations.dutySubject(actor);
    const r = await this.visible(ds, id, 'verifications.attach');
    if (r.status === 'withdrawn') throw new Conflict(refuse('requestWithdrawn'));
    let checked: ReturnType<typeof checkFile>;
    try {
      checked = checkFile(input);
    } catch (error) {
      await this.audit.record(actor, {
        action: 'verifications.attach',
        outcome: 'invalid',
        targetType: 'verification_request',
        targetId: id,
        detail: { reason: (error as Error).message },
      });
      throw error;
    }
    return this.db.transaction(async () => {
      const fileId = await this.store.addFile(id, checked, recordedBy(ds), ds.state!);
      await this.audit.record(actor, {
        action: 'verifications.attach',
        outcome: 'ok',
        targetType: 'verification_request',
        targetId: id,
        detail: { fileId, kind: checked.kind, sha256: checked.sha256, size: checked.content.length },
      });
      return {
        id: fileId,
        kind: checked.kind,
        filename: checked.filename,
        mediaType: checked.mediaType,
        sizeBytes: checked.content.length,
        sha256: checked.sha256,
        addedState: ds.state!,
        at: new Date(),
      };
    });
  }

  async file(actor: Actor, id: string, fileId: string) {
    const ds = await this.designations.dutySubject(actor);
    await this.visible(ds, id, 'verifications.read');
    const f = await this.store.file(id, fileId);
    if (!f) throw new NotFound(`file ${fileId}`);
    await this.audit.record(actor, {
      action: 'verifications.read',
      outcome: 'ok',
      targetType: 'verification_request',
      targetId: id,
      detail: { fileId, sha256: f.sha256 },
    });
    return { ...f, content: Buffer.from(f.content) };
  }

  /**
   * Persons of the criminal networks catalogue that resemble the request's person, among those the viewer may read
   * (a viewer without the networks workbench gets none). The one scorer decides; its reasons come with each.
   */
  async resemblances(actor: Actor, id: string) {
    const ds = await this.designations.dutySubject(actor);
    const r = await this.visible(ds, id, 'verifications.resemblances');
    if (!allows(actor, Permission.NetworksRead)) return { searched: false, threshold: RESEMBLANCE_THRESHOLD, resemblances: [] };
    const found = await resemblances(this.networks, actor, r.person);
    await this.audit.record(actor, {
      action: 'verifications.resemblances',
      outcome: 'ok',
      targetType: 'verification_request',
      targetId: id,
      detail: { reference: r.reference, entities: found.map((f) => f.entityId) },
    });
    return { searched: true, threshold: RESEMBLANCE_THRESHOLD, resemblances: found };
  }

  /** For the return module: a confirmed request the actor asked, with no return started yet. */
  async confirmedForReturn(actor: Actor & DutySubject, id: string): Promise<RequestRow> {
    const r = await this.visible(actor, id, 'verifications.return');
    if (!asksVerification(actor, facts(r))) throw new Forbidden(refuse('returnByAsker', { state: stateName(r.fromState) }));
    if (r.status !== 'answered' || r.answer !== 'confirmed') throw new Conflict(refuse('returnFromConfirmed', { status: requestStatus(r.status, r.answer) }));
    if (r.returnCaseId) throw new Conflict(refuse('returnStarted'), { caseId: r.returnCaseId });
    return r;
  }

  async linkReturn(id: string, caseId: string) {
    await this.store.linkReturn(id, caseId);
  }

  /**
   * The scheduled duty: requests due within two days, then overdue, remind the requested state's designated officers
   * once per stage (the requesting officer learns of the overdue one too).
   */
  async remind(now: Date = new Date()): Promise<{ dueSoon: number; overdue: number }> {
    const day = today(now);
    let dueSoon = 0;
    let overdue = 0;
    for (const r of await this.store.dueForReminder(day, 2)) {
      const stage = r.dueOn < day ? 'overdue' : 'due_soon';
      await this.db.transaction(async () => {
        await this.store.markReminded(r.id, stage);
        const to = await this.answerersOf(r.toState);
        const waitingOnAsker = r.status === 'more_information_needed';
        const users = stage === 'overdue' || waitingOnAsker ? [...to, ...(r.createdBy ? [r.createdBy] : [])] : to;
        await this.notify(
          [...new Set(users)],
          r,
          `verification.${stage}`,
          notice(stage === 'overdue' ? 'verificationOverdue' : 'verificationDue', { reference: r.reference, day: calendarDay(r.dueOn) }),
        );
      });
      if (stage === 'overdue') overdue++;
      else dueSoon++;
    }
    if (dueSoon + overdue) await this.audit.record(SYSTEM_ACTOR, { action: 'verifications.remind', outcome: 'ok', detail: { dueSoon, overdue } });
    return { dueSoon, overdue };
  }

  /** Time to answer per requested state and month: counts only, small cells withheld (dashboard.ts). */
  dashboard(actor: Actor, q: { from?: string; to?: string }, now: Date = new Date()) {
    return timeToAnswer(this.store, actor, q, now);
  }
}
