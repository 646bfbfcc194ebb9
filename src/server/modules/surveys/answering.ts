// A state answering a survey: drafts saved and resumed, evidence files, submission when complete, consent to publish,
// delegation to officers, and turning an answer linked to a standard into a draft legislation assessment.

import type { Actor } from '../../access/actor.js';
import { answersForState, hasAnswersToPublish, managesSurvey, responseAbilities, speaksForState } from '../../access/surveys.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { listOf } from '../../i18n/text.js';
import type { ImportJobs } from '../../imports/jobs.js';
import { say } from './messages.js';
import { checkAnswer, isEmpty, missingRequired, questionsOf } from './questionnaire.js';
import { refuse, responseStatus, surveyStatus } from './refusals.js';
import type { AnswerValue } from './schemas.js';
import { factsOf, type SurveysService } from './service.js';
import type { SurveyRow } from './store.js';

/** What surveys need from legislation's assessment workflow (issue 3) to turn an answer into evidence. */
export interface AssessmentDrafter {
  draft(
    actor: Actor,
    input: {
      state: string;
      standardId: string;
      status: 'met' | 'partly' | 'in_drafting' | 'not_met' | 'unknown';
      validFrom: string;
      comment: string;
      evidence: string[];
    },
  ): Promise<{ id: string }>;
}

export const FILE_SIZE_LIMIT = 5 * 1024 * 1024;
export const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'text/plain': 'text',
  'text/csv': 'CSV',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
};

const STATUS_OF_ANSWER = { yes: 'met', partly: 'partly', no: 'not_met' } as const;

export class AnsweringService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly surveys: SurveysService,
    private readonly assessments: AssessmentDrafter | null,
    private readonly imports: ImportJobs,
  ) {}

  private get store() {
    return this.surveys.store;
  }

  /** The survey and whether the caller answers for the state; 404 unless the caller is of that state or coordinates the survey. */
  private async context(actor: Actor, id: string, state: string, lock = false) {
    const s = await this.surveys.visible(actor, id, lock);
    if (!s.recipients.includes(state)) throw new NotFound(`${state}'s response to survey ${id}`);
    const delegated = actor.state === state && (await this.store.isDelegate(id, state, actor.userId));
    const answers = answersForState(actor, state, delegated);
    if (actor.state !== state && !managesSurvey(actor, factsOf(s))) throw new NotFound(`${state}'s response to survey ${id}`);
    return { s, answers };
  }

  private requireOpen(s: SurveyRow) {
    if (s.status !== 'open') throw new DomainError('survey_closed', refuse('surveyNotOpen', { status: surveyStatus(s.status) }), 409, { status: s.status });
  }

  async response(actor: Actor, id: string, state: string) {
    const { s, answers } = await this.context(actor, id, state);
    const r = await this.store.response(id, state);
    const [files, delegates] = await Promise.all([r ? this.store.files(r.id) : [], this.store.delegates(id, state)]);
    const editable = answers && s.status === 'open' && (!r || r.status === 'draft' || r.status === 'returned');
    return {
      id: r?.id ?? null,
      surveyId: id,
      state,
      version: r?.version ?? s.current_version,
      status: r?.status ?? ('not_started' as const),
      answers: r?.answers ?? {},
      reviewComment: r?.review_comment ?? null,
      consent: r?.consent ?? null,
      submittedAt: r?.submitted_at ?? null,
      updatedAt: r?.updated_at ?? null,
      demo: r?.demo ?? false,
      canEdit: editable,
      canSubmit: editable && speaksForState(actor, state),
      can: responseAbilities(
        actor,
        factsOf(s),
        state,
        answers,
        s.status === 'open' && (!r || r.status === 'draft' || r.status === 'returned'),
        r?.status ?? 'not_started',
      ),
      files: files.map((f) => ({
        id: f.id,
        questionId: f.question_id,
        filename: f.filename,
        contentType: f.content_type,
        size: f.size,
        uploadedAt: f.uploaded_at,
      })),
      delegates,
    };
  }

  /** Saves a draft: the given answers replace those questions' answers; nothing else changes. */
  async save(actor: Actor, id: string, state: string, given: Record<string, AnswerValue>, demo = false) {
    return this.db.transaction(async () => {
      const { s, answers } = await this.context(actor, id, state, true);
      if (!answers) throw new Forbidden(refuse('answersFor', { state: stateName(state) }));
      this.requireOpen(s);
      const r = await this.store.response(id, state, true);
      if (r && (r.status === 'submitted' || r.status === 'accepted'))
        throw new Conflict(refuse('answersLocked', { state: stateName(state), status: responseStatus(r.status) }), { status: r.status });
      const questions = questionsOf(await this.store.sections(id, s.current_version));
      const files = r ? await this.store.files(r.id) : [];
      const merged: Record<string, AnswerValue> = { ...(r?.answers ?? {}) };
      for (const [qid, value] of Object.entries(given)) {
        const q = questions.find((x) => x.id === qid);
        if (!q) throw new Invalid(`answers.${qid}`, refuse('noSuchQuestion'));
        merged[qid] = checkAnswer(q, value, new Set(files.filter((f) => f.question_id === qid).map((f) => f.id)));
      }
      const responseId = await this.store.upsertAnswers(id, state, s.current_version, merged, actor.userId, demo);
      await this.audit.record(actor, {
        action: 'surveys.response.save',
        outcome: 'ok',
        targetType: 'survey_response',
        targetId: responseId,
        detail: { survey: id, state, questions: Object.keys(given) },
      });
      return this.response(actor, id, state);
    });
  }

  async submit(actor: Actor, id: string, state: string) {
    return this.db.transaction(async () => {
      const { s } = await this.context(actor, id, state, true);
      if (!speaksForState(actor, state)) throw new Forbidden(refuse('submitsFocalOnly', { state: stateName(state) }));
      this.requireOpen(s);
      const r = await this.store.response(id, state, true);
      if (!r) throw new Invalid('answers', refuse('nothingAnswered'));
      if (r.status !== 'draft' && r.status !== 'returned')
        throw new Conflict(refuse('answersAlready', { state: stateName(state), status: responseStatus(r.status) }), { status: r.status });
      const missing = missingRequired(await this.store.sections(id, r.version), r.answers);
      // Every question left empty is named, so that the app says it beside each one.
      if (missing.length)
        throw new Invalid(`answers.${missing[0]}`, say('leftEmpty', { count: missing.length }), {
          missing,
          fields: missing.map((q) => ({ field: `answers.${q}`, message: say('answerFirst') })),
        });
      await this.store.setResponseStatus(r.id, 'submitted', actor.userId);
      await this.audit.record(actor, {
        action: 'surveys.response.submit',
        outcome: 'ok',
        targetType: 'survey_response',
        targetId: r.id,
        detail: { survey: id, state },
      });
      return this.response(actor, id, state);
    });
  }

  async consent(actor: Actor, id: string, state: string, consent: boolean) {
    return this.db.transaction(async () => {
      await this.context(actor, id, state, true);
      // These two checks are decidesPublicationOf (access/surveys.ts), taken apart to say which half failed.
      if (!speaksForState(actor, state)) throw new Forbidden(refuse('publishesFocalOnly', { state: stateName(state) }));
      const r = await this.store.response(id, state, true);
      if (!r || !hasAnswersToPublish(r.status)) throw new Conflict(refuse('nothingToPublish', { state: stateName(state) }));
      await this.store.setConsent(r.id, consent, actor.userId);
      await this.audit.record(actor, {
        action: consent ? 'surveys.consent.give' : 'surveys.consent.withhold',
        outcome: 'ok',
        targetType: 'survey_response',
        targetId: r.id,
        detail: { survey: id, state },
      });
      return { id, state, consent };
    });
  }

  async delegate(actor: Actor, id: string, state: string, userId: string) {
    return this.db.transaction(async () => {
      await this.context(actor, id, state);
      if (!speaksForState(actor, state)) throw new Forbidden(refuse('delegatesFocalOnly', { state: stateName(state) }));
      const u = await this.store.userState(userId);
      if (!u || u.state !== state) throw new Invalid('userId', refuse('notAccountOf', { state: stateName(state) }));
      await this.store.addDelegate(id, state, userId, actor.userId);
      await this.audit.record(actor, { action: 'surveys.delegate', outcome: 'ok', targetType: 'survey', targetId: id, detail: { state, userId } });
      return { delegates: await this.store.delegates(id, state) };
    });
  }

  async attach(actor: Actor, id: string, state: string, questionId: string, filename: string, contentType: string, content: Buffer) {
    const type = contentType.split(';')[0].trim().toLowerCase();
    if (!FILE_TYPES[type])
      throw new DomainError('unsupported_media_type', refuse('fileType', { types: listOf(Object.values(FILE_TYPES)) }), 415, {
        field: 'file',
      });
    if (content.length === 0) throw new Invalid('file', refuse('fileEmpty'));
    if (content.length > FILE_SIZE_LIMIT)
      throw new DomainError('too_large', refuse('fileTooLarge', { limit: FILE_SIZE_LIMIT / 1024 / 1024 }), 413, {
        field: 'file',
        limit: FILE_SIZE_LIMIT,
      });
    // An evidence file is an import job too: stored with its answer in one transaction that completes the job, or not at all.
    const job = await this.imports.start(actor, 'surveys', 'file', { survey: id, state, questionId, filename, size: content.length });
    try {
      const stored = await this.storeFile(actor, id, state, questionId, filename, type, content, () => job.complete(1, content.length, { imported: 1 }));
      return { ...stored, importId: job.id };
    } catch (error) {
      await job.end('failed', (error as Error).message.slice(0, 500), 1, content.length).catch(() => undefined);
      if (error instanceof DomainError) (error.details as Record<string, unknown>).importId = job.id;
      throw error;
    }
  }

  private async storeFile(
    actor: Actor,
    id: string,
    state: string,
    questionId: string,
    filename: string,
    type: string,
    content: Buffer,
    onStored: () => Promise<void>,
  ) {
    return this.db.transaction(async () => {
      const { s, answers } = await this.context(actor, id, state, true);
      if (!answers) throw new Forbidden(refuse('evidenceOnly', { state: stateName(state) }));
      this.requireOpen(s);
      const q = questionsOf(await this.store.sections(id, s.current_version)).find((x) => x.id === questionId);
      if (!q) throw new Invalid('question', refuse('noSuchQuestion'));
      if (q.kind !== 'file') throw new Invalid('question', refuse('notAFileQuestion', { question: questionId }));
      let r = await this.store.response(id, state, true);
      if (r && (r.status === 'submitted' || r.status === 'accepted'))
        throw new Conflict(refuse('answersAre', { state: stateName(state), status: responseStatus(r.status) }), { status: r.status });
      const responseId = r?.id ?? (await this.store.upsertAnswers(id, state, s.current_version, {}, actor.userId));
      const fileId = await this.store.insertFile({ responseId, questionId, filename, contentType: type, content, by: actor.userId });
      r = (await this.store.response(id, state, true))!;
      const current = r.answers[questionId];
      await this.store.upsertAnswers(id, state, r.version, { ...r.answers, [questionId]: [...(Array.isArray(current) ? current : []), fileId] }, actor.userId);
      await this.audit.record(actor, {
        action: 'surveys.file.attach',
        outcome: 'ok',
        targetType: 'survey_file',
        targetId: fileId,
        detail: { survey: id, state, questionId, filename, size: content.length },
      });
      await onStored();
      return { id: fileId, questionId, filename, contentType: type, size: content.length };
    });
  }

  async file(actor: Actor, id: string, state: string, fileId: string) {
    await this.context(actor, id, state);
    const r = await this.store.response(id, state);
    const f = r && (await this.store.fileContent(r.id, fileId));
    if (!f) throw new NotFound('file');
    return { filename: f.filename, contentType: f.content_type, content: Buffer.from(f.content) };
  }

  /** One step from a survey answer on a standard to a draft assessment, with the provisions the state cited as evidence. */
  async toAssessment(
    actor: Actor,
    id: string,
    state: string,
    questionId: string,
    opts: { validFrom?: string; status?: 'met' | 'partly' | 'in_drafting' | 'not_met' },
  ) {
    if (!this.assessments) throw new DomainError('unavailable', refuse('assessmentsUnavailable'), 503);
    const { answers } = await this.context(actor, id, state);
    if (!answers) throw new Forbidden(refuse('assessmentsOnly', { state: stateName(state) }));
    const r = await this.store.response(id, state);
    if (!r) throw new NotFound(`${state}'s response`);
    const questions = questionsOf(await this.store.sections(id, r.version));
    const q = questions.find((x) => x.id === questionId);
    if (!q) throw new Invalid('questionId', refuse('noSuchQuestion'));
    if (!q.standardId) throw new Invalid('questionId', refuse('notLinked', { question: questionId }));
    const value = r.answers[questionId];
    if (isEmpty(value)) throw new Invalid(`answers.${questionId}`, refuse('answerQuestionFirst'));
    const status =
      opts.status ?? (typeof value === 'string' && value in STATUS_OF_ANSWER ? STATUS_OF_ANSWER[value as keyof typeof STATUS_OF_ANSWER] : undefined);
    if (!status) throw new Invalid('status', refuse('meaningNeeded'));
    const evidence = questions
      .filter((x) => x.standardId === q.standardId && x.kind === 'citation')
      .map((x) => r.answers[x.id])
      .flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) && v.provisionId ? [v.provisionId] : []));
    const assessment = await this.assessments.draft(actor, {
      state,
      standardId: q.standardId,
      status,
      validFrom: opts.validFrom ?? new Date().toISOString().slice(0, 10),
      comment: `From the answer to survey question ${questionId}: ${q.text}`,
      evidence: [...new Set(evidence)],
    });
    return { assessmentId: assessment.id, standardId: q.standardId, status, evidence };
  }
}
