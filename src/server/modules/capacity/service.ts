// Capacity building: states' needs (suggested from unmet standards and survey answers), offers, matching, agreed assistance,
// and the regional needs analysis that seed 001 asks for.

import type { Actor } from '../../access/actor.js';
import { assistanceAbilities, keepsNeedsOf, keepsOffersOf, needAbilities, offerAbilities, partyToAssistance } from '../../access/capacity.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { day } from '../../i18n/text.js';
import { term, termInSentence } from '../../i18n/vocabulary.js';
import { helpKinds } from './help-kinds.js';
import { rankOffers } from './matching.js';
import { say } from './messages.js';
import type { Assistance, Need, NeedInput, Offer, OfferInput } from './schemas.js';
import { CapacityStore } from './store.js';

/** From legislation (issue 3): what is in force for each standard of a state. */
export interface StateLegislationSource {
  stateLegislation(actor: Actor, state: string): Promise<{ inForce: { standardId: string; status: string }[] }>;
}
/** From surveys: a state's answers on questions linked to standards. */
export interface SurveyAnswersSource {
  answersOnStandards(
    state: string,
  ): Promise<{ surveyId: string; surveyTitle: string; questionId: string; questionText: string; standardId: string; answer: string }[]>;
}

export const NEEDS_ANALYSIS_SOURCE =
  'Seed 001 (AHEG II plan of action): "a needs analysis for the region including assessment of capacity building needs/environmental scan"';
const UNMET = { not_met: 'high', in_drafting: 'medium', partly: 'medium' } as const;

export class CapacityService {
  readonly store: CapacityStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly legislation: StateLegislationSource | null,
    private readonly surveys: SurveyAnswersSource | null,
  ) {
    this.store = new CapacityStore(db);
  }

  private checkKind(field: string, kind: string) {
    if (!helpKinds().some((k) => k.id === kind)) throw new Invalid(field, say('refuse.notAKind', { kind }));
  }

  private checkDates(from: string | undefined, until: string | undefined, field: string) {
    if (from && until && from > until) throw new Invalid(field, say('refuse.untilBeforeFrom'));
  }

  helpKinds() {
    return { helpKinds: helpKinds() };
  }

  /** Each record with what the actor may do with it (`can`, from access/capacity.ts). */
  private need(actor: Actor, n: Need): Need {
    return { ...n, can: needAbilities(actor, n.state) };
  }

  private offer(actor: Actor, o: Offer): Offer {
    return { ...o, can: offerAbilities(actor, o.provider) };
  }

  private assisted(actor: Actor, a: Assistance): Assistance {
    return { ...a, can: assistanceAbilities(actor, a.state, a.provider) };
  }

  async needs(actor: Actor, filter: { state?: string; status?: string; helpKind?: string }) {
    return { needs: (await this.store.needs(filter)).map((n) => this.need(actor, n)) };
  }

  async recordNeed(actor: Actor, input: NeedInput, demo = false) {
    if (!keepsNeedsOf(actor, input.state)) throw new Forbidden(say('refuse.needsKeepers', { state: stateName(input.state) }));
    this.checkKind('helpKind', input.helpKind);
    this.checkDates(input.wantedFrom, input.wantedUntil, 'wantedUntil');
    const kind = await this.store.memberKind(input.state);
    if (!kind || kind.kind === 'organisation') throw new Invalid('state', say('refuse.notAState', { state: input.state }));
    return this.db.transaction(async () => {
      const id = await this.store.insertNeed(input, actor.userId, demo);
      await this.audit.record(actor, {
        action: 'capacity.need.record',
        outcome: 'ok',
        targetType: 'capacity_need',
        targetId: id,
        detail: { state: input.state, helpKind: input.helpKind, priority: input.priority },
      });
      return this.need(actor, (await this.store.need(id))!);
    });
  }

  async updateNeed(actor: Actor, id: string, update: { priority?: string; status?: string; description?: string }) {
    return this.db.transaction(async () => {
      const need = await this.store.need(id);
      if (!need) throw new NotFound(`need ${id}`);
      if (!keepsNeedsOf(actor, need.state)) throw new Forbidden(say('refuse.needsUpdaters', { state: stateName(need.state) }));
      await this.store.updateNeed(id, update);
      await this.audit.record(actor, { action: 'capacity.need.update', outcome: 'ok', targetType: 'capacity_need', targetId: id, detail: update });
      return this.need(actor, (await this.store.need(id))!);
    });
  }

  /** Needs the portal suggests for a state: standards it has not met, and survey answers of "no" or "partly". */
  async suggestions(actor: Actor, state: string) {
    const existing = await this.store.needs({ state });
    const recorded = new Set(existing.map((n) => `${n.source}:${n.sourceRef}`));
    const out = [];
    if (this.legislation) {
      const { inForce } = await this.legislation.stateLegislation(actor, state);
      for (const s of inForce) {
        const priority = UNMET[s.status as keyof typeof UNMET];
        if (!priority) continue;
        out.push({
          source: 'assessment' as const,
          sourceRef: s.standardId,
          title: say('suggestion.standardTitle', { standard: s.standardId }),
          helpKind: 'drafting_assistance',
          topic: s.standardId,
          priority,
          reason: say('suggestion.standardReason', { status: term('assessmentStatus', s.status), standard: s.standardId }),
          alreadyRecorded: recorded.has(`assessment:${s.standardId}`),
        });
      }
    }
    if (this.surveys) {
      for (const a of await this.surveys.answersOnStandards(state)) {
        if (a.answer !== 'no' && a.answer !== 'partly') continue;
        const ref = `${a.surveyId}#${a.questionId}`;
        out.push({
          source: 'survey' as const,
          sourceRef: ref,
          title: say('suggestion.surveyTitle', { survey: a.surveyTitle, standard: a.standardId }),
          helpKind: 'drafting_assistance',
          topic: a.standardId,
          priority: a.answer === 'no' ? ('high' as const) : ('medium' as const),
          reason: say('suggestion.surveyReason', { answer: term('surveyAnswer', a.answer), question: a.questionText }),
          alreadyRecorded: recorded.has(`survey:${ref}`),
        });
      }
    }
    return { state, suggestions: out };
  }

  async offers(actor: Actor) {
    return { offers: (await this.store.offers()).map((o) => this.offer(actor, o)) };
  }

  async recordOffer(actor: Actor, input: OfferInput, demo = false) {
    if (!keepsOffersOf(actor, input.provider)) throw new Forbidden(say('refuse.offersKeepers', { state: stateName(input.provider) }));
    input.helpKinds.forEach((k, i) => this.checkKind(`helpKinds.${i}`, k));
    this.checkDates(input.availableFrom, input.availableUntil, 'availableUntil');
    return this.db.transaction(async () => {
      const id = await this.store.insertOffer(input, actor.userId, demo);
      await this.audit.record(actor, {
        action: 'capacity.offer.record',
        outcome: 'ok',
        targetType: 'capacity_offer',
        targetId: id,
        detail: { provider: input.provider, helpKinds: input.helpKinds },
      });
      return this.offer(actor, (await this.store.offers({ id }))[0]);
    });
  }

  async matches(actor: Actor, id: string) {
    const need = await this.store.need(id);
    if (!need) throw new NotFound(`need ${id}`);
    return {
      need: this.need(actor, need),
      matches: rankOffers(need, await this.store.offers()).map((m) => ({ ...m, offer: this.offer(actor, m.offer) })),
      assistance: (await this.store.assistance({ needId: id })).map((a) => this.assisted(actor, a)),
    };
  }

  async agree(actor: Actor, body: { needId: string; offerId: string; agreedOn: string }, demo = false) {
    const need = await this.store.need(body.needId);
    if (!need) throw new Invalid('needId', say('refuse.noNeed'));
    const offer = (await this.store.offers({ id: body.offerId }))[0];
    if (!offer) throw new Invalid('offerId', say('refuse.noOffer'));
    if (!partyToAssistance(actor, need.state, offer.provider))
      throw new Forbidden(say('refuse.agreedByParties', { state: stateName(need.state), provider: stateName(offer.provider) }));
    if (!offer.helpKinds.includes(need.helpKind))
      throw new Invalid('offerId', say('refuse.offerLacksKind', { kind: termInSentence('capacityHelpKind', need.helpKind) }));
    if (need.status === 'met' || need.status === 'withdrawn') throw new Conflict(say(`refuse.needClosed.${need.status}`));
    return this.db.transaction(async () => {
      const id = await this.store.insertAssistance(body.needId, body.offerId, body.agreedOn, actor.userId, demo);
      if (!id) throw new Conflict(say('refuse.agreedAlready'));
      await this.store.updateNeed(body.needId, { status: 'in_progress' });
      await this.audit.record(actor, { action: 'capacity.assistance.agree', outcome: 'ok', targetType: 'capacity_assistance', targetId: id, detail: body });
      return this.assisted(actor, (await this.store.assistance({ id }))[0]);
    });
  }

  async progress(actor: Actor, id: string, body: { status: 'agreed' | 'in_progress' | 'completed' | 'cancelled'; note: string; on: string }) {
    return this.db.transaction(async () => {
      const a = (await this.store.assistance({ id }))[0];
      if (!a) throw new NotFound(`assistance ${id}`);
      if (!partyToAssistance(actor, a.state, a.provider))
        throw new Forbidden(say('refuse.progressByParties', { state: stateName(a.state), provider: stateName(a.provider) }));
      if (a.status === 'completed' || a.status === 'cancelled') throw new Conflict(say(`refuse.assistanceEnded.${a.status}`));
      if (body.on < a.agreedOn) throw new Invalid('on', say('refuse.notBeforeAgreement', { date: day(a.agreedOn) }));
      await this.store.updateAssistance(id, body.status, { on: body.on, note: body.note, status: body.status, by: actor.state });
      if (body.status === 'completed') await this.store.updateNeed(a.needId, { status: 'met' });
      if (body.status === 'cancelled') await this.store.updateNeed(a.needId, { status: 'open' });
      await this.audit.record(actor, {
        action: 'capacity.assistance.progress',
        outcome: 'ok',
        targetType: 'capacity_assistance',
        targetId: id,
        detail: { status: body.status },
      });
      return this.assisted(actor, (await this.store.assistance({ id }))[0]);
    });
  }

  async assistance(actor: Actor) {
    return { assistance: (await this.store.assistance()).map((a) => this.assisted(actor, a)) };
  }

  /** The regional needs analysis: needs by kind of help and sub-region, offers against them, and what no offer covers. */
  async analysis() {
    const [needs, offers, assistance] = await Promise.all([this.store.needs(), this.store.offers(), this.store.assistance()]);
    const live = needs.filter((n) => n.status !== 'withdrawn');
    const open = live.filter((n) => n.status === 'open' || n.status === 'in_progress');
    const byHelpKind = helpKinds().map((k) => {
      const ns = open.filter((n) => n.helpKind === k.id);
      return {
        helpKind: k.id,
        label: k.label,
        needs: ns.length,
        high: ns.filter((n) => n.priority === 'high').length,
        offers: offers.filter((o) => o.status === 'open' && o.helpKinds.includes(k.id)).length,
        states: [...new Set(ns.map((n) => n.state))].sort(),
      };
    });
    const subregions = [...new Set(live.map((n) => n.subregion ?? 'Other'))].sort();
    return {
      source: NEEDS_ANALYSIS_SOURCE,
      totalNeeds: live.length,
      openNeeds: open.length,
      offers: offers.filter((o) => o.status === 'open').length,
      byHelpKind,
      bySubregion: subregions.map((s) => {
        const ns = live.filter((n) => (n.subregion ?? 'Other') === s);
        return {
          subregion: s,
          needs: ns.filter((n) => n.status !== 'met').length,
          high: ns.filter((n) => n.priority === 'high' && n.status !== 'met').length,
          met: ns.filter((n) => n.status === 'met').length,
        };
      }),
      assistance: {
        agreed: assistance.filter((a) => a.status === 'agreed').length,
        inProgress: assistance.filter((a) => a.status === 'in_progress').length,
        completed: assistance.filter((a) => a.status === 'completed').length,
      },
      uncovered: byHelpKind.filter((k) => k.needs > 0 && k.offers === 0).map((k) => k.helpKind),
      demo: needs.some((n) => n.demo) || offers.some((o) => o.demo),
    };
  }
}
