// Surveys as the coordinator runs them: build and version the questionnaire, send it with a deadline, review, close, publish.

import type { Actor } from '../../access/actor.js';
import {
  buildsSurveys,
  decidesPublicationOf,
  managesSurvey,
  reviewRefusal,
  type SurveyFacts,
  seesSurvey,
  surveyAbilities,
  surveysVisibleTo,
} from '../../access/surveys.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { checkSections } from './questionnaire.js';
import { refuse, responseStatus, statesList, surveyStatus } from './refusals.js';
import type { Section, SurveyInput } from './schemas.js';
import { type ResponseRow, type SurveyRow, SurveysStore } from './store.js';

/** What surveys need from legislation benchmarking (issue 3): the catalogue's standard ids. */
export interface StandardsSource {
  standards(version?: number): Promise<{ version: number; standards: { id: string }[] }>;
}

export function factsOf(s: SurveyRow): SurveyFacts {
  return { status: s.status, coordinatorStates: s.coordinator_states, recipients: s.recipients, createdBy: s.created_by, published: s.published_at !== null };
}

export class SurveysService {
  readonly store: SurveysStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly standards: StandardsSource | null,
  ) {
    this.store = new SurveysStore(db);
  }

  private async knownStandards(): Promise<Set<string> | null> {
    if (!this.standards) return null;
    return new Set((await this.standards.standards()).standards.map((s) => s.id));
  }

  /** The survey, or 404 when the caller may not know it exists. */
  async visible(actor: Actor, id: string, lock = false): Promise<SurveyRow> {
    const s = await this.store.get(id, lock);
    if (!s || !seesSurvey(actor, factsOf(s))) throw new NotFound(`survey ${id}`);
    return s;
  }

  async managed(actor: Actor, id: string, lock = false): Promise<SurveyRow> {
    const s = await this.visible(actor, id, lock);
    if (!managesSurvey(actor, factsOf(s))) throw new Forbidden(refuse('coordinatorOnly'));
    return s;
  }

  private summary(actor: Actor, s: SurveyRow, mine: ResponseRow | undefined, reminders: { survey_id: string; kind: string; sent_at: Date }[]) {
    const recipient = actor.state !== null && s.recipients.includes(actor.state);
    return {
      id: s.id,
      title: s.title,
      description: s.description,
      status: s.status,
      version: s.current_version,
      coordinatorStates: s.coordinator_states,
      planRef: s.plan_ref,
      recipients: s.recipients,
      deadline: s.deadline,
      sentAt: s.sent_at,
      publishedAt: s.published_at,
      demo: s.demo,
      canManage: managesSurvey(actor, factsOf(s)),
      can: surveyAbilities(actor, factsOf(s)),
      myResponse: recipient
        ? {
            state: actor.state!,
            status: mine?.status ?? ('not_started' as const),
            consent: mine?.consent ?? null,
            can: { consent: decidesPublicationOf(actor, actor.state!, mine?.status ?? 'not_started') },
          }
        : null,
      reminders: reminders.filter((r) => r.survey_id === s.id).map((r) => ({ kind: r.kind, sentAt: r.sent_at })),
    };
  }

  async list(actor: Actor) {
    const rows = await this.store.list(surveysVisibleTo(actor, 's'));
    const mine = actor.state ? await this.store.responsesOfState(actor.state) : [];
    const reminders = actor.state ? await this.store.remindersOf(actor.state) : [];
    return {
      surveys: rows.map((s) =>
        this.summary(
          actor,
          s,
          mine.find((r) => r.survey_id === s.id),
          reminders,
        ),
      ),
    };
  }

  async detail(actor: Actor, id: string) {
    const s = await this.visible(actor, id);
    const [sections, versions, responses] = await Promise.all([this.store.sections(id, s.current_version), this.store.versions(id), this.store.responses(id)]);
    const mine = responses.find((r) => r.state === actor.state);
    const reminders = actor.state ? await this.store.remindersOf(actor.state) : [];
    const manages = managesSurvey(actor, factsOf(s));
    const names = manages ? await this.store.stateNames(s.recipients) : [];
    return {
      ...this.summary(actor, s, mine, reminders),
      sections,
      versions,
      progress: names.map((m) => {
        const r = responses.find((x) => x.state === m.code);
        return {
          state: m.code,
          name: m.name,
          status: r?.status ?? ('not_started' as const),
          consent: r?.consent ?? null,
          submittedAt: r?.submitted_at ?? null,
        };
      }),
    };
  }

  async create(actor: Actor, input: SurveyInput, demo = false) {
    if (!buildsSurveys(actor)) throw new Forbidden(refuse('buildersOnly'));
    checkSections(input.sections, await this.knownStandards());
    const coordinatorStates = input.coordinatorStates.length ? input.coordinatorStates : actor.state ? [actor.state] : [];
    const unknown = (await this.store.stateNames(coordinatorStates)).map((m) => m.code);
    const bad = coordinatorStates.filter((c) => !unknown.includes(c));
    if (bad.length) throw new Invalid('coordinatorStates', refuse('notMembers', { codes: bad.join(', ') }));
    return this.db.transaction(async () => {
      const id = await this.store.insert({
        title: input.title,
        description: input.description,
        coordinatorStates,
        planRef: input.planRef ?? null,
        createdBy: actor.userId,
        demo,
      });
      await this.store.addVersion(id, 1, input.sections, actor.userId);
      await this.audit.record(actor, { action: 'surveys.create', outcome: 'ok', targetType: 'survey', targetId: id, detail: { title: input.title } });
      return { id, version: 1 };
    });
  }

  /** A new version of the questionnaire; answers already submitted keep the version they answered. */
  async revise(actor: Actor, id: string, sections: Section[]) {
    checkSections(sections, await this.knownStandards());
    return this.db.transaction(async () => {
      const s = await this.managed(actor, id, true);
      if (s.status === 'closed') throw new DomainError('survey_closed', refuse('questionnaireClosed'), 409);
      const version = s.current_version + 1;
      await this.store.addVersion(id, version, sections, actor.userId);
      await this.audit.record(actor, { action: 'surveys.revise', outcome: 'ok', targetType: 'survey', targetId: id, detail: { version } });
      return { id, version };
    });
  }

  async send(actor: Actor, id: string, body: { audience: 'all' | 'chosen'; states: string[]; deadline: string }) {
    if (body.deadline <= new Date().toISOString().slice(0, 10)) throw new Invalid('deadline', refuse('deadlineAfterToday'));
    let recipients: string[];
    if (body.audience === 'all') recipients = await this.store.memberStates();
    else {
      if (!body.states.length) throw new Invalid('states', refuse('chooseState'));
      const known = (await this.store.stateNames(body.states)).map((m) => m.code);
      const bad = body.states.filter((c) => !known.includes(c));
      if (bad.length) throw new Invalid('states', refuse('notMembers', { codes: bad.join(', ') }));
      recipients = [...new Set(body.states)].sort();
    }
    return this.db.transaction(async () => {
      const s = await this.managed(actor, id, true);
      if (s.status !== 'draft') throw new Conflict(refuse('alreadySent', { status: surveyStatus(s.status) }), { status: s.status });
      await this.store.send(id, recipients, body.deadline);
      await this.audit.record(actor, {
        action: 'surveys.send',
        outcome: 'ok',
        targetType: 'survey',
        targetId: id,
        detail: { recipients: recipients.length, deadline: body.deadline },
      });
      return { id, recipients, deadline: body.deadline };
    });
  }

  async close(actor: Actor, id: string) {
    return this.db.transaction(async () => {
      const s = await this.managed(actor, id, true);
      if (s.status !== 'open') throw new Conflict(refuse('closeOnlyOpen', { status: surveyStatus(s.status) }), { status: s.status });
      await this.store.setStatus(id, 'closed');
      await this.audit.record(actor, { action: 'surveys.close', outcome: 'ok', targetType: 'survey', targetId: id });
      return { id, status: 'closed' as const };
    });
  }

  private async review(actor: Actor, id: string, state: string, outcome: 'accepted' | 'returned', comment: string | null) {
    return this.db.transaction(async () => {
      const s = await this.visible(actor, id, true);
      const refusal = reviewRefusal(actor, factsOf(s), state);
      if (refusal)
        throw new Forbidden(refusal === 'own_state' ? refuse('reviewsNotOwn', { state: stateName(state) }) : refuse('reviewsCoordinatorOnly'), { state });
      const r = await this.store.response(id, state, true);
      if (!r) throw new NotFound(`${state}'s response`);
      if (r.status !== 'submitted')
        throw new Conflict(refuse('notSubmitted', { state: stateName(state), status: responseStatus(r.status) }), { status: r.status });
      await this.store.setResponseStatus(r.id, outcome, actor.userId, comment);
      await this.audit.record(actor, {
        action: `surveys.response.${outcome === 'accepted' ? 'accept' : 'return'}`,
        outcome: 'ok',
        targetType: 'survey_response',
        targetId: r.id,
        detail: { survey: id, state, ...(comment ? { comment } : {}) },
      });
      return { id, state, status: outcome };
    });
  }

  accept(actor: Actor, id: string, state: string) {
    return this.review(actor, id, state, 'accepted', null);
  }

  returnToState(actor: Actor, id: string, state: string, comment: string) {
    return this.review(actor, id, state, 'returned', comment);
  }

  /** A state's submitted answers on questions linked to catalogue standards (capacity needs are suggested from them). */
  async answersOnStandards(state: string) {
    const out: { surveyId: string; surveyTitle: string; questionId: string; questionText: string; standardId: string; answer: string }[] = [];
    for (const r of await this.store.responsesOfState(state)) {
      if (r.status !== 'submitted' && r.status !== 'accepted') continue;
      const s = (await this.store.get(r.survey_id))!;
      for (const q of (await this.store.sections(r.survey_id, r.version)).flatMap((x) => x.questions))
        if (q.standardId && typeof r.answers[q.id] === 'string')
          out.push({
            surveyId: s.id,
            surveyTitle: s.title,
            questionId: q.id,
            questionText: q.text,
            standardId: q.standardId,
            answer: r.answers[q.id] as string,
          });
    }
    return out;
  }

  /**
   * Publication needs the coordinator's approval and each answering state's decision on consent. States that withhold
   * consent are shown as "not published"; publication waits while a decision or a review is pending.
   */
  async publish(actor: Actor, id: string) {
    return this.db.transaction(async () => {
      const s = await this.managed(actor, id, true);
      if (s.status === 'draft') throw new Conflict(refuse('neverSent'), { status: s.status });
      if (s.published_at) throw new Conflict(refuse('alreadyPublished'));
      const responses = await this.store.responses(id);
      const unreviewed = responses.filter((r) => r.status === 'submitted').map((r) => r.state);
      if (unreviewed.length) throw new DomainError('review_pending', refuse('reviewPending', { states: statesList(unreviewed) }), 409, { states: unreviewed });
      const accepted = responses.filter((r) => r.status === 'accepted');
      const undecided = accepted.filter((r) => r.consent === null).map((r) => r.state);
      if (undecided.length)
        throw new DomainError('consent_pending', refuse('consentPending', { states: statesList(undecided), count: undecided.length }), 409, {
          states: undecided,
        });
      if (!accepted.some((r) => r.consent === true)) throw new DomainError('no_consent', refuse('noConsent'), 409);
      await this.store.publish(id, actor.userId);
      const withheld = accepted.filter((r) => r.consent === false).map((r) => r.state);
      await this.audit.record(actor, {
        action: 'surveys.publish',
        outcome: 'ok',
        targetType: 'survey',
        targetId: id,
        detail: { published: accepted.length - withheld.length, withheld },
      });
      return { id, published: accepted.filter((r) => r.consent).map((r) => r.state), notPublished: withheld };
    });
  }
}
