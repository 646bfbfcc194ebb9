// Victim referral and return: the identifying (host) state opens a case with minimal personal data and the person's
// informed consent; the home state's mission issues travel documents; a member organisation (IOM, UNHCR) may be referred;
// the return is planned, escorted and received. Only designated officers of those parties see the case, and a withdrawn
// consent stops the sharing at once. Non-nominal counts feed the regional picture; the case is erased after retention.
import { randomBytes } from 'node:crypto';
import { type Actor, recordedBy } from '../../access/actor.js';
import { type CaseSide, caseSide, casesVisibleSql, type DutySubject } from '../../access/identity.js';
import { clearedClassifications, effectiveClearance, today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { day, type Text } from '../../i18n/text.js';
import { term } from '../../i18n/vocabulary.js';
import type { FlowsVictims } from '../flows/victims.js';
import { type AgreementCheck, arrangementFor } from '../identity/arrangements.js';
import type { DesignationsService } from '../identity/service.js';
import type { MembersService } from '../members/service.js';
import { notice } from '../notifications/notices.js';
import { latinOf } from '../verifications/names.js';
import type { Notifier, VerificationsService } from '../verifications/service.js';
import { refuse } from './refusals.js';
import { eraseExpired } from './retention.js';
import type { CaseView, ConsentScope, CreateInput } from './schemas.js';
import { type CaseChange, type CaseRow, VictimsStore } from './store.js';
import { caseFacts, caseSummary, caseView, inForce, statusOf } from './view.js';

export const PAGE_SIZE = 50;

export class VictimsService {
  readonly store: VictimsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly designations: DesignationsService,
    private readonly agreements: AgreementCheck,
    private readonly members: MembersService,
    private readonly verifications: VerificationsService,
    private readonly counts: FlowsVictims,
    private readonly notifications: Notifier,
  ) {
    this.store = new VictimsStore(db);
  }

  private async member(field: string, code: string) {
    const found = await this.members.detail(code).catch(() => null);
    if (!found) throw new Invalid(field, refuse('notAMember', { code }));
    return found.member;
  }

  /** Notifies the designated officers of the parties named (their focal points while none is designated); the text carries the reference, never the person. */
  private async notify(c: CaseRow, parties: string[], kind: string, title: Text) {
    const users = (await Promise.all(parties.map((p) => this.designations.designatedOrFocal(p, 'victims')))).flat();
    await this.notifications.toUsers([...new Set(users)], { kind, title, link: `/victims/${c.id}`, reference: c.reference });
  }

  /** The parties who see the case now (host always; home and organisation while consent holds). */
  private sharedWith(c: Pick<CaseRow, 'homeState' | 'referredTo' | 'shareHome' | 'shareOrg'>): string[] {
    return [...(c.shareHome ? [c.homeState] : []), ...(c.referredTo && c.shareOrg ? [c.referredTo] : [])];
  }

  async create(actor: Actor, input: CreateInput, opts: { demo?: boolean; now?: Date } = {}): Promise<CaseView> {
    const ds = await this.designations.dutySubject(actor);
    if (!ds.state || ds.organisationKind !== 'state_agency' || !ds.duties.includes('victims')) throw new Forbidden(refuse('openedByDesignated'));
    const host = ds.state;
    if (!(clearedClassifications(effectiveClearance(ds)) as string[]).includes(input.classification))
      throw new Invalid('classification', refuse('aboveClearance', { classification: term('classification', input.classification) }));
    let homeState = input.homeState;
    let person = input.person;
    let verificationId: string | null = null;
    if (input.verificationId) {
      const r = await this.verifications.confirmedForReturn(ds, input.verificationId);
      if (homeState && homeState !== r.toState) throw new Invalid('homeState', refuse('confirmedNational', { state: stateName(r.toState) }));
      homeState = r.toState;
      const name = r.person.names.find((n) => n.kind === 'primary') ?? r.person.names[0];
      person ??= {
        name: name.name,
        birthDate: r.person.birthDate ?? undefined,
        sex: (r.person.sex ?? undefined) as 'female' | 'male' | 'other' | 'unknown' | undefined,
        minor: false,
        languages: r.person.languages,
      };
      verificationId = r.id;
    }
    if (!homeState) throw new Invalid('homeState', refuse('homeStateRequired'));
    if (!person) throw new Invalid('person', refuse('personRequired'));
    if (homeState === host) throw new Invalid('homeState', refuse('anotherState'));
    if ((await this.member('homeState', homeState)).kind === 'organisation')
      throw new Invalid('homeState', refuse('organisationNotState', { member: stateName(homeState) }));
    const now = opts.now ?? new Date();
    if (input.identifiedOn > today(now)) throw new Invalid('identifiedOn', refuse('inTheFuture'));
    if (input.kind === 'migrant' && (input.consents ?? []).some((c) => c.scope === 'home_state')) throw new Invalid('consents', refuse('migrantConsent'));
    (input.consents ?? []).forEach((c, i) => {
      if (c.givenOn > today(now)) throw new Invalid(`consents.${i}.givenOn`, refuse('inTheFuture'));
    });

    const arrangement = await arrangementFor(this.agreements, host, homeState, input.kind, input.identifiedOn);
    const reference = `RET-${host}-${now.getUTCFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
    const id = await this.db.transaction(async () => {
      const id = await this.store.insert({
        reference,
        kind: input.kind,
        hostState: host,
        homeState: homeState!,
        identifiedOn: input.identifiedOn,
        classification: input.classification,
        person: {
          name: person!.name,
          latin: latinOf(person!.name),
          birthDate: person!.birthDate ?? null,
          sex: person!.sex ?? null,
          minor: person!.minor,
          languages: person!.languages ?? [],
        },
        shareHome: input.kind === 'migrant',
        protection: [...new Set(input.protection ?? [])],
        protectionNotes: input.protectionNotes ?? '',
        verificationId,
        agreementId: arrangement?.agreementId ?? null,
        retentionMonths: input.retentionMonths,
        createdBy: recordedBy(ds),
        demo: opts.demo ?? false,
      });
      for (const c of input.consents ?? []) await this.store.addConsent(id, { ...c, note: c.note ?? '' }, recordedBy(ds));
      const consents = await this.store.consents(id);
      const shared = { ...(inForce(consents, 'home_state') ? { shareHome: true } : {}), ...(inForce(consents, 'organisation') ? { shareOrg: true } : {}) };
      if (Object.keys(shared).length) await this.store.update(id, shared);
      await this.store.addEvent(id, { actorId: recordedBy(ds), actorState: host, kind: 'identified' });
      if (verificationId) await this.verifications.linkReturn(verificationId, id);
      if (input.kind === 'victim') await this.counts.count('identified', host, homeState!, input.identifiedOn, opts.demo ?? false);
      await this.audit.record(actor, {
        action: 'victims.create',
        outcome: 'ok',
        targetType: 'victim_case',
        targetId: id,
        detail: { reference, kind: input.kind, hostState: host, homeState, verificationId, arrangement: arrangement?.agreementId ?? null },
      });
      const row = (await this.store.get(id, sql`TRUE`))!;
      if (row.shareHome)
        await this.notify(row, [row.homeState], 'victims.shared', notice('caseShared', { reference, host: stateName(host), state: stateName(row.homeState) }));
      return id;
    });
    return this.get(actor, id);
  }

  /** The case and the actor's side of it, or NotFound (audited). */
  private async visible(ds: Actor & DutySubject, id: string, action: string): Promise<{ c: CaseRow; side: CaseSide }> {
    const c = await this.store.get(id, casesVisibleSql(ds, 'c'));
    const side = c ? caseSide(ds, caseFacts(c)) : null;
    if (!c || !side) {
      await this.audit.record(ds, { action, outcome: 'not_found', targetType: 'victim_case', targetId: id });
      throw new NotFound(`case ${id}`);
    }
    return { c, side };
  }

  async list(actor: Actor, q: { status?: string; side?: CaseSide; page?: number }) {
    const ds = await this.designations.dutySubject(actor);
    const page = q.page ?? 1;
    const sideWhere =
      q.side === 'host'
        ? sql`c.host_state = ${ds.state}`
        : q.side === 'home'
          ? sql`c.home_state = ${ds.state}`
          : q.side === 'organisation'
            ? sql`c.referred_to = ${ds.state}`
            : sql`TRUE`;
    const rows = await this.store.page(
      sql.and([casesVisibleSql(ds, 'c'), sideWhere, ...(q.status ? [sql`c.status = ${q.status}`] : [])]),
      PAGE_SIZE,
      (page - 1) * PAGE_SIZE,
    );
    return { cases: rows.slice(0, PAGE_SIZE).map((c) => caseSummary(c, caseSide(ds, caseFacts(c))!)), page, hasMore: rows.length > PAGE_SIZE };
  }

  async get(actor: Actor, id: string): Promise<CaseView> {
    const ds = await this.designations.dutySubject(actor);
    const { c, side } = await this.visible(ds, id, 'victims.read');
    await this.audit.record(actor, {
      action: 'victims.read',
      outcome: 'ok',
      targetType: 'victim_case',
      targetId: id,
      detail: { reference: c.reference, side },
    });
    return this.view(c, side);
  }

  private async view(c: CaseRow, side: CaseSide): Promise<CaseView> {
    const [consents, events, arrangement] = await Promise.all([
      this.store.consents(c.id),
      this.store.events(c.id),
      arrangementFor(this.agreements, c.hostState, c.homeState, c.kind, c.identifiedOn),
    ]);
    return caseView(c, side, { consents, events, arrangement });
  }

  /** One step on a case: checked against the side, applied with its event and audit entry in one transaction. */
  private async step(
    actor: Actor,
    id: string,
    action: string,
    allowed: readonly CaseSide[],
    apply: (
      c: CaseRow,
      ds: Actor & DutySubject,
    ) => Promise<{ change?: CaseChange; note?: string; detail?: Record<string, unknown>; after?: (c: CaseRow) => Promise<void> }>,
  ): Promise<CaseView> {
    const ds = await this.designations.dutySubject(actor);
    const { c, side } = await this.visible(ds, id, action);
    if (!allowed.includes(side)) throw new Forbidden(refuse(`side.${side}`));
    if (c.status === 'closed' && action !== 'victims.note') throw new Conflict(refuse('caseClosed'));
    await this.db.transaction(async () => {
      const { change, note, detail, after } = await apply(c, ds);
      if (change) {
        const next = { ...c, ...change };
        await this.store.update(id, { ...change, status: statusOf(next) });
      }
      await this.store.addEvent(id, { actorId: recordedBy(ds), actorState: ds.state, kind: action.replace('victims.', ''), note });
      await this.audit.record(actor, { action, outcome: 'ok', targetType: 'victim_case', targetId: id, detail: { reference: c.reference, side, ...detail } });
      if (after) await after((await this.store.get(id, sql`TRUE`))!);
    });
    return this.view((await this.store.get(id, sql`TRUE`))!, side);
  }

  consent(actor: Actor, id: string, input: { scope: ConsentScope; givenOn: string; givenBy: 'person' | 'guardian'; informedIn: string; note?: string }) {
    return this.step(actor, id, 'victims.consent', ['host'], async (c, ds) => {
      if (c.kind === 'migrant' && input.scope === 'home_state') throw new Invalid('scope', refuse('migrantNoConsent'));
      if (input.givenOn > today()) throw new Invalid('givenOn', refuse('inTheFuture'));
      await this.store.addConsent(id, { ...input, note: input.note ?? '' }, recordedBy(ds));
      const change: CaseChange = input.scope === 'home_state' ? { shareHome: true } : { shareOrg: true };
      return {
        change,
        detail: { scope: input.scope, givenBy: input.givenBy },
        after: async (row) => {
          const party = input.scope === 'home_state' ? row.homeState : row.referredTo;
          if (party)
            await this.notify(
              row,
              [party],
              'victims.shared',
              notice('caseShared', { reference: row.reference, host: stateName(row.hostState), state: stateName(party) }),
            );
        },
      };
    });
  }

  /** A withdrawn consent stops the sharing it allowed, at once: the other party no longer sees the case. */
  withdrawConsent(actor: Actor, id: string, consentId: string, input: { withdrawnOn: string; note?: string }) {
    return this.step(actor, id, 'victims.consent_withdrawn', ['host'], async (c, ds) => {
      const withdrawn = await this.store.withdrawConsent(id, consentId, input.withdrawnOn, recordedBy(ds));
      if (!withdrawn) throw new NotFound(`consent ${consentId} in force on this case`);
      const remaining = await this.store.consents(id);
      const change: CaseChange =
        withdrawn.scope === 'home_state'
          ? { shareHome: c.kind === 'migrant' || inForce(remaining, 'home_state') }
          : { shareOrg: inForce(remaining, 'organisation') };
      const losing = withdrawn.scope === 'home_state' ? (change.shareHome ? null : c.homeState) : change.shareOrg ? null : c.referredTo;
      return {
        change,
        note: input.note,
        detail: { scope: withdrawn.scope, stopsSharingWith: losing },
        after: async (row) => {
          if (losing) await this.notify(row, [losing], 'victims.unshared', notice('caseUnshared', { reference: row.reference, state: stateName(losing) }));
        },
      };
    });
  }

  protect(actor: Actor, id: string, input: { measures: string[]; notes: string }) {
    return this.step(actor, id, 'victims.protection', ['host'], async () => ({
      change: { protection: [...new Set(input.measures)], protectionNotes: input.notes },
      detail: { measures: [...new Set(input.measures)] },
    }));
  }

  refer(actor: Actor, id: string, input: { organisation: string; referredOn: string }) {
    return this.step(actor, id, 'victims.referral', ['host'], async (c) => {
      const org = await this.member('organisation', input.organisation);
      if (org.kind !== 'organisation') throw new Invalid('organisation', refuse('notAnOrganisation', { member: stateName(input.organisation) }));
      if (c.referredTo) throw new Conflict(refuse('alreadyReferred', { member: stateName(c.referredTo) }));
      if (!inForce(await this.store.consents(id), 'organisation')) throw new Conflict(refuse('consentFirst'));
      if (input.referredOn < c.identifiedOn) throw new Invalid('referredOn', refuse('beforeIdentified'));
      return {
        change: { referredTo: input.organisation, referredOn: input.referredOn, shareOrg: true },
        detail: { organisation: input.organisation },
        after: async (row) => {
          if (row.kind === 'victim') await this.counts.count('referred', row.hostState, row.homeState, input.referredOn, row.demo);
          await this.notify(
            row,
            [input.organisation],
            'victims.referred',
            notice('caseReferred', { reference: row.reference, organisation: stateName(input.organisation), host: stateName(row.hostState) }),
          );
        },
      };
    });
  }

  issueTravelDocument(actor: Actor, id: string, input: { type: string; number: string; issuedOn: string; validUntil?: string; mission: string }) {
    return this.step(actor, id, 'victims.travel_document', ['home'], async (c) => {
      if (c.returnedOn) throw new Conflict(refuse('alreadyReturned'));
      if (input.validUntil && input.validUntil < input.issuedOn) throw new Invalid('validUntil', refuse('beforeIssue'));
      return {
        change: { travelDocument: input },
        detail: { type: input.type },
        after: async (row) =>
          this.notify(
            row,
            [row.hostState, ...(row.referredTo && row.shareOrg ? [row.referredTo] : [])],
            'victims.travel_document',
            notice('caseTravelDocument', { home: stateName(row.homeState), reference: row.reference }),
          ),
      };
    });
  }

  /** The return date is the host's; the escort the host's or the organisation's; the reception the home state's or the organisation's. */
  planReturn(actor: Actor, id: string, input: { returnOn?: string | null; escort?: string; reception?: string }) {
    return this.step(actor, id, 'victims.return_plan', ['host', 'home', 'organisation'], async (c, ds) => {
      const side = caseSide(ds, caseFacts(c))!;
      if (c.returnedOn) throw new Conflict(refuse('alreadyReturned'));
      if (input.returnOn !== undefined && side !== 'host') throw new Forbidden(refuse('hostSetsDate'));
      if (input.escort !== undefined && side === 'home') throw new Forbidden(refuse('escortBy'));
      if (input.reception !== undefined && side === 'host') throw new Forbidden(refuse('receptionBy'));
      if (input.returnOn && input.returnOn < c.identifiedOn) throw new Invalid('returnOn', refuse('beforeIdentified'));
      const change: CaseChange = {
        ...(input.returnOn !== undefined ? { returnOn: input.returnOn } : {}),
        ...(input.escort !== undefined ? { escort: input.escort } : {}),
        ...(input.reception !== undefined ? { reception: input.reception } : {}),
      };
      return {
        change,
        detail: { fields: Object.keys(change) },
        after: async (row) => {
          if (input.returnOn)
            await this.notify(
              row,
              this.sharedWith(row),
              'victims.return_scheduled',
              notice('caseReturnSet', { reference: row.reference, day: day(input.returnOn) }),
            );
        },
      };
    });
  }

  markReturned(actor: Actor, id: string, input: { returnedOn: string; note?: string }) {
    return this.step(actor, id, 'victims.returned', ['host'], async (c) => {
      if (c.returnedOn) throw new Conflict(refuse('returnRecorded'));
      if (!c.travelDocument) throw new Conflict(refuse('noTravelDocuments'));
      if (input.returnedOn < c.identifiedOn) throw new Invalid('returnedOn', refuse('beforeIdentified'));
      if (input.returnedOn > today()) throw new Invalid('returnedOn', refuse('inTheFuture'));
      return {
        change: { returnedOn: input.returnedOn },
        note: input.note,
        after: async (row) => {
          if (row.kind === 'victim') await this.counts.count('returned', row.hostState, row.homeState, input.returnedOn, row.demo);
          await this.notify(
            row,
            this.sharedWith(row),
            'victims.returned',
            notice('caseReturned', { reference: row.reference, host: stateName(row.hostState), day: day(input.returnedOn) }),
          );
        },
      };
    });
  }

  confirmReception(actor: Actor, id: string, input: { receivedOn: string; note?: string }) {
    return this.step(actor, id, 'victims.received', ['home', 'organisation'], async (c) => {
      if (!c.returnedOn) throw new Conflict(refuse('notReturnedYet'));
      if (c.receivedOn) throw new Conflict(refuse('alreadyReceived'));
      if (input.receivedOn < c.returnedOn) throw new Invalid('receivedOn', refuse('beforeLeft'));
      return {
        change: { receivedOn: input.receivedOn },
        note: input.note,
        after: async (row) =>
          this.notify(row, [row.hostState], 'victims.received', notice('caseReceived', { reference: row.reference, day: day(input.receivedOn) })),
      };
    });
  }

  close(actor: Actor, id: string, note: string) {
    return this.step(actor, id, 'victims.close', ['host'], async () => ({ change: { closedAt: new Date() }, note }));
  }

  note(actor: Actor, id: string, note: string) {
    return this.step(actor, id, 'victims.note', ['host', 'home', 'organisation'], async () => ({ note }));
  }

  /** The scheduled duty: every case past its retention period is erased (retention.ts). */
  erase(now: Date = new Date()): Promise<{ erased: number }> {
    return eraseExpired(this.db, this.store, this.audit, now);
  }
}
