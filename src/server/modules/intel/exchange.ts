// Dissemination of reports under agreements (all recipients covered or nothing released), the originator's consent to
// onward sharing, acknowledgements, requests for information with deadlines and threads, and the inbox of a state.

import type { Actor } from '../../access/actor.js';
import { canAskForInformation, isOriginator, isReleasedTo, outsideReleasableOnly, releaseNeedsAgreement, releaseNeedsConsent } from '../../access/intel.js';
import { today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { day, listOf } from '../../i18n/text.js';
import { termInSentence } from '../../i18n/vocabulary.js';
import { notice } from '../notifications/notices.js';
import type { Message } from '../notifications/service.js';
import { type ConsentRow, ExchangeStore, type RfiRow } from './exchange-store.js';
import { say } from './messages.js';
import type { ReleaseInput } from './schemas.js';
import type { IntelReportsService } from './service.js';

/** The agreements service as the exchange uses it. */
export interface AgreementCheck {
  check(a: string, b: string, category: string, date?: string): Promise<{ covered: boolean; agreement: { id: string; title: string } | null }>;
}
export interface MemberCheck {
  requireMembers(field: string, codes: string[]): Promise<void>;
}
export interface Notifier {
  toStates(states: string[], m: Message): Promise<void>;
}

export interface MissingAgreement {
  recipient: string;
  recipientKind: 'state' | 'group';
  state: string;
  reason: string;
}

export class IntelExchangeService {
  readonly store: ExchangeStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly reports: IntelReportsService,
    private readonly agreements: AgreementCheck,
    private readonly members: MemberCheck,
    private readonly notifier: Notifier,
  ) {
    this.store = new ExchangeStore(db);
  }

  private async refuse(actor: Actor, id: string, error: Error, detail: Record<string, unknown>): Promise<never> {
    await this.audit.record(actor, {
      action: 'intel.release',
      outcome: error instanceof Invalid ? 'invalid' : 'denied',
      targetType: 'intel_report',
      targetId: id,
      detail: { ...detail, reason: error.message },
    });
    throw error;
  }

  /**
   * Releases a report to states and groups. Every recipient state (and every member of a recipient group) must have an
   * active agreement with the originator's state covering the report's category, unless it is classified "members".
   * If any is missing nothing is released and the refusal names each one.
   */
  async release(actor: Actor, id: string, input: ReleaseInput) {
    const report = await this.reports.readableOrAudit(actor, id, 'intel.release');
    const states = [...new Set(input.states)].filter((s) => s !== report.ownerState);
    const groups = [...new Set(input.groups)];
    const detail = { states, groups };
    if (!states.length && !groups.length) return this.refuse(actor, id, new Invalid('states', say('nameRecipient')), detail);
    try {
      await this.members.requireMembers('states', states);
    } catch (error) {
      return this.refuse(actor, id, error as Error, detail);
    }
    const groupRows = groups.length ? await this.reports.store.groupMembers(groups) : [];
    const unknownGroups = groups.filter((g) => !groupRows.some((r) => r.groupCode === g));
    if (unknownGroups.length) return this.refuse(actor, id, new Invalid('groups', say('unknownGroups', { groups: unknownGroups.join(', ') })), detail);

    const outside = outsideReleasableOnly({ ...report, ownerState: report.ownerState }, states, groups);
    if (outside.length)
      return this.refuse(actor, id, new Forbidden(say('releasableOnly', { states: report.releasableOnlyTo.join(', ') }), { outside, field: 'states' }), detail);

    let consentId: string | null = null;
    if (releaseNeedsConsent(actor, report)) {
      const consent = await this.store.grantedCovering(id, actor.state ?? '', states, groups);
      if (!consent)
        return this.refuse(actor, id, new Forbidden(say('needsConsent', { owner: report.ownerState }), { consentRequired: true, field: 'states' }), detail);
      consentId = consent.id;
    }

    // Each recipient state, direct or through a group, checked against the originator's state.
    const targets: { recipient: string; recipientKind: 'state' | 'group'; state: string }[] = [
      ...states.map((s) => ({ recipient: s, recipientKind: 'state' as const, state: s })),
      ...groupRows
        .filter((r) => r.memberCode && r.memberCode !== report.ownerState)
        .map((r) => ({ recipient: r.groupCode, recipientKind: 'group' as const, state: r.memberCode })),
    ];
    const agreementsOf = new Map<string, string[]>();
    const missing: MissingAgreement[] = [];
    for (const t of targets) {
      if (!releaseNeedsAgreement(report)) continue;
      const result = await this.agreements.check(report.ownerState, t.state, report.category, today());
      if (!result.covered || !result.agreement)
        missing.push({ ...t, reason: `no active agreement between ${report.ownerState} and ${t.state} covers ${report.category}` });
      else {
        const key = `${t.recipientKind}:${t.recipient}`;
        agreementsOf.set(key, [...new Set([...(agreementsOf.get(key) ?? []), result.agreement.id])]);
      }
    }
    if (missing.length)
      return this.refuse(
        actor,
        id,
        new Forbidden(
          say('noAgreement', {
            category: termInSentence('intelligenceCategory', report.category),
            states: listOf([...new Set(missing.map((m) => m.state))].map(stateName)),
          }),
          {
            missing: missing.map((m) => ({
              ...m,
              reason: say('noAgreementWith', {
                owner: stateName(report.ownerState),
                state: stateName(m.state),
                category: termInSentence('intelligenceCategory', report.category),
              }),
            })),
            field: 'states',
          },
        ),
        { ...detail, missing },
      );

    const released = [
      ...states.map((s) => ({ recipientKind: 'state' as const, recipient: s, agreementIds: agreementsOf.get(`state:${s}`) ?? [] })),
      ...groups.map((g) => ({ recipientKind: 'group' as const, recipient: g, agreementIds: agreementsOf.get(`group:${g}`) ?? [] })),
    ];
    await this.db.transaction(async () => {
      for (const r of released) await this.reports.store.addRelease(id, r.recipientKind, r.recipient, r.agreementIds, actor.userId, actor.state);
      if (consentId) await this.store.decideConsent(consentId, 'used', null);
      await this.audit.record(actor, { action: 'intel.release', outcome: 'ok', targetType: 'intel_report', targetId: id, detail: { released, consentId } });
    });
    const recipientStates = [...new Set(targets.map((t) => t.state))];
    await this.notifier.toStates(recipientStates, {
      kind: 'intel.released',
      title: notice('intelReleased', { reference: report.reference }),
      link: `/intel/reports/${id}`,
      reference: report.reference,
    });
    return { released };
  }

  async requestConsent(actor: Actor, id: string, input: { states: string[]; groups: string[]; reason: string }) {
    const report = await this.reports.readableOrAudit(actor, id, 'intel.consent');
    if (!releaseNeedsConsent(actor, report)) throw new Invalid('report', say('noConsentNeeded'));
    if (!input.states.length && !input.groups.length) throw new Invalid('states', say('nameStatesOrGroups'));
    await this.members.requireMembers('states', input.states);
    const consentId = await this.db.transaction(async () => {
      const consentId = await this.store.insertConsent({
        reportId: id,
        requestingState: actor.state!,
        requestedBy: actor.userId,
        states: input.states,
        groups: input.groups,
        reason: input.reason,
      });
      await this.audit.record(actor, {
        action: 'intel.consent.request',
        outcome: 'ok',
        targetType: 'intel_report',
        targetId: id,
        detail: { consentId, states: input.states, groups: input.groups },
      });
      return consentId;
    });
    await this.notifier.toStates([report.ownerState], {
      kind: 'intel.consent_requested',
      title: notice('intelConsentAsked', { state: stateName(actor.state!), reference: report.reference }),
      link: `/intel/reports/${id}`,
      reference: report.reference,
    });
    return this.consentView((await this.store.consent(consentId))!);
  }

  async decideConsent(actor: Actor, consentId: string, grant: boolean) {
    const consent = await this.store.consent(consentId);
    if (!consent || !isOriginator(actor, consent)) throw new NotFound(`consent ${consentId}`);
    if (consent.status !== 'pending') throw new Conflict(say('consentAnswered'), { status: consent.status });
    await this.db.transaction(async () => {
      await this.store.decideConsent(consentId, grant ? 'granted' : 'refused', actor.userId);
      await this.audit.record(actor, {
        action: 'intel.consent.decide',
        outcome: 'ok',
        targetType: 'intel_report',
        targetId: consent.reportId,
        detail: { consentId, grant },
      });
    });
    await this.notifier.toStates([consent.requestingState], {
      kind: 'intel.consent_decided',
      title: notice(grant ? 'intelConsentGranted' : 'intelConsentRefused', { reference: consent.reference }),
      link: `/intel/reports/${consent.reportId}`,
      reference: consent.reference,
    });
    return this.consentView((await this.store.consent(consentId))!);
  }

  private consentView(c: ConsentRow) {
    const { ownerState: _owner, ...view } = c;
    return view;
  }

  async acknowledge(actor: Actor, id: string) {
    const report = await this.reports.readableOrAudit(actor, id, 'intel.acknowledge');
    const releases = await this.reports.store.releases(id);
    if (!isReleasedTo(actor, releases)) throw new Invalid('report', say('recipientsAcknowledge'));
    await this.db.transaction(async () => {
      const added = await this.reports.store.acknowledge(id, actor.state!, actor.userId);
      if (added)
        await this.audit.record(actor, {
          action: 'intel.acknowledge',
          outcome: 'ok',
          targetType: 'intel_report',
          targetId: id,
          detail: { state: actor.state },
        });
    });
    await this.notifier.toStates([report.ownerState], {
      kind: 'intel.acknowledged',
      title: notice('intelAcknowledged', { state: stateName(actor.state!), reference: report.reference }),
      link: `/intel/reports/${id}`,
      reference: report.reference,
    });
    return { ok: true as const };
  }

  async askRfi(actor: Actor, id: string, input: { question: string; deadline: string }, demo = false) {
    const report = await this.reports.readableOrAudit(actor, id, 'intel.rfi');
    if (!canAskForInformation(actor, report)) throw new Invalid('report', say('rfiFromOtherState'));
    if (input.deadline < today()) throw new Invalid('deadline', say('deadlinePast'));
    const rfiId = await this.db.transaction(async () => {
      const rfiId = await this.store.insertRfi({
        reportId: id,
        fromState: actor.state!,
        toState: report.ownerState,
        question: input.question,
        deadline: input.deadline,
        createdBy: actor.userId,
        demo,
      });
      await this.audit.record(actor, {
        action: 'intel.rfi.create',
        outcome: 'ok',
        targetType: 'intel_rfi',
        targetId: rfiId,
        detail: { reportId: id, toState: report.ownerState, deadline: input.deadline },
      });
      return rfiId;
    });
    await this.notifier.toStates([report.ownerState], {
      kind: 'intel.rfi',
      title: notice('intelRfi', { reference: report.reference, state: stateName(actor.state!), due: day(input.deadline) }),
      link: `/intel/reports/${id}`,
      reference: report.reference,
    });
    return (await this.views([(await this.store.rfi(rfiId))!]))[0];
  }

  /** A reply in the thread; the originator's reply marks the request answered. Only the two states take part. */
  async replyRfi(actor: Actor, rfiId: string, body: string) {
    const rfi = await this.store.rfi(rfiId);
    if (!rfi || !actor.state || ![rfi.fromState, rfi.toState].includes(actor.state)) throw new NotFound(`request for information ${rfiId}`);
    await this.reports.readableOrAudit(actor, rfi.reportId, 'intel.rfi');
    if (rfi.status === 'closed') throw new Conflict(say('rfiClosed'));
    await this.db.transaction(async () => {
      await this.store.addMessage(rfiId, actor.userId, actor.state!, body);
      if (actor.state === rfi.toState) await this.store.setRfiStatus(rfiId, 'answered');
      await this.audit.record(actor, {
        action: 'intel.rfi.reply',
        outcome: 'ok',
        targetType: 'intel_rfi',
        targetId: rfiId,
        detail: { reportId: rfi.reportId },
      });
    });
    const other = actor.state === rfi.toState ? rfi.fromState : rfi.toState;
    await this.notifier.toStates([other], {
      kind: 'intel.rfi_reply',
      title: notice('intelRfiReply', { reference: rfi.reference }),
      link: `/intel/reports/${rfi.reportId}`,
      reference: rfi.reference,
    });
    return (await this.views([(await this.store.rfi(rfiId))!]))[0];
  }

  async rfis(actor: Actor, reportId?: string) {
    if (!actor.state) return { rfis: [] };
    if (reportId) await this.reports.readableOrAudit(actor, reportId, 'intel.rfi');
    return { rfis: await this.views(await this.store.rfisOf(actor.state, reportId)) };
  }

  private async views(rows: RfiRow[]) {
    const messages = rows.length ? await this.store.messages(rows.map((r) => r.id)) : [];
    const now = today();
    return rows.map((r) => ({
      ...r,
      overdue: r.status === 'open' && r.deadline < now,
      messages: messages.filter((m) => m.rfiId === r.id).map(({ rfiId: _r, ...m }) => m),
    }));
  }

  async consents(actor: Actor) {
    if (!actor.state) return { consents: [] };
    return { consents: (await this.store.consentsOf(actor.state)).map((c) => this.consentView(c)) };
  }

  async inbox(actor: Actor) {
    const [reports, rfis, consents] = await Promise.all([this.reports.inboxReports(actor), this.rfis(actor), this.consents(actor)]);
    return { reports, rfis: rfis.rfis, consents: consents.consents.filter((c) => c.status === 'pending') };
  }
}
