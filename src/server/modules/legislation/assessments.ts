// Assessments of a state against a standard: drafted by a policy officer, submitted by the state's focal point,
// validated or returned by a coordinator of another state. Every step is a new version; nothing is overwritten.
import { randomUUID } from 'node:crypto';
import { type Actor, recordedBy } from '../../access/actor.js';
import {
  assessmentAbilities,
  canDraftAssessment,
  canSeeUnvalidated,
  canSubmitAssessment,
  unvalidatedVisibleTo,
  validationRefusal,
} from '../../access/legislation.js';
import { today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { AssessmentsStore, toAssessment, type VersionRow } from './assessments-store.js';
import { say, workflowWord } from './messages.js';
import type { AssessmentInput, AssessmentRevision, AssessmentStatus } from './schemas.js';
import type { LegislationService } from './service.js';

export class AssessmentsService {
  readonly store: AssessmentsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly legislation: LegislationService,
  ) {
    this.store = new AssessmentsStore(db);
  }

  private async requireAssessable(standardId: string, version?: number) {
    const { version: v, standards } = await this.legislation.standards(version);
    const standard = standards.find((s) => s.id === standardId);
    if (!standard) throw new Invalid('standardId', say('notAStandard', { standard: standardId }), { catalogueVersion: v });
    if (!standard.assessable) throw new Invalid('standardId', say('headsSubStandards', { standard: standardId }));
    return v;
  }

  private checkValidFrom(validFrom: string) {
    if (validFrom > today()) throw new Invalid('validFrom', say('futureDate'));
  }

  /** Evidence must be provisions of the assessed state that implement this standard in this catalogue version. */
  private async checkEvidence(state: string, standardId: string, version: number, evidence: string[]) {
    const provisions = await this.legislation.store.provisionsByIds(evidence);
    for (const id of evidence) {
      const p = provisions.find((x) => x.id === id);
      if (!p) throw new Invalid('evidence', say('noProvision'), { provision: id });
      if (p.state !== state)
        throw new Invalid('evidence', say('provisionOfOtherState', { other: stateName(p.state), state: stateName(state) }), { provision: id });
      const links = p.standards.filter((s) => s.standard_id === standardId);
      if (!links.length) throw new Invalid('evidence', say('provisionNotLinked', { standard: standardId }), { provision: id });
      if (!links.some((s) => s.catalogue_version === version))
        throw new Invalid(
          'evidence',
          say('provisionOtherVersion', { standard: standardId, cited: links.map((s) => s.catalogue_version).join(', '), version: String(version) }),
          {
            provision: id,
            catalogueVersion: version,
            cited: links.map((s) => s.catalogue_version),
          },
        );
    }
  }

  /** A version as the actor reads it, with what they may do with the assessment (`can`, from access/legislation.ts). */
  private present(actor: Actor, r: VersionRow) {
    return { ...toAssessment(r), can: assessmentAbilities(actor, r) };
  }

  /** The newest version, or 404 when the caller may not know that this assessment exists. */
  private async visibleLatest(actor: Actor, id: string, lock = false): Promise<VersionRow> {
    const latest = await this.store.latest(id, lock);
    if (!latest || (latest.workflow !== 'validated' && !canSeeUnvalidated(actor, latest.state))) throw new NotFound(`assessment ${id}`);
    return latest;
  }

  private async step(actor: Actor, from: VersionRow, change: Partial<VersionRow> & { workflow: VersionRow['workflow'] }) {
    const next = await this.store.append({
      assessment_id: from.assessment_id,
      version: from.version + 1,
      state: from.state,
      catalogue_version: from.catalogue_version,
      standard_id: from.standard_id,
      status: change.status ?? from.status,
      valid_from: change.valid_from ?? from.valid_from,
      comment: change.comment ?? from.comment,
      evidence: change.evidence ?? from.evidence,
      workflow: change.workflow,
      reason: change.reason ?? null,
      actor_id: recordedBy(actor),
      actor_state: actor.state,
      demo: from.demo,
    });
    await this.audit.record(actor, {
      action: `legislation.assessment.${change.workflow === 'draft' ? 'revise' : change.workflow === 'returned' ? 'return' : change.workflow === 'submitted' ? 'submit' : 'validate'}`,
      outcome: 'ok',
      targetType: 'assessment',
      targetId: from.assessment_id,
      detail: {
        state: next.state,
        standardId: next.standard_id,
        status: next.status,
        version: next.version,
        ...(change.reason ? { reason: change.reason } : {}),
      },
    });
    return this.present(actor, next);
  }

  async draft(actor: Actor, input: AssessmentInput, demo = false) {
    await this.legislation.requireStates('state', [input.state]);
    if (!canDraftAssessment(actor, input.state)) throw new Forbidden(say('draftKeepers', { state: stateName(input.state) }));
    const version = await this.requireAssessable(input.standardId, input.catalogueVersion);
    this.checkValidFrom(input.validFrom);
    await this.checkEvidence(input.state, input.standardId, version, input.evidence);
    return this.db.transaction(async () => {
      const row = await this.store.append({
        assessment_id: randomUUID(),
        version: 1,
        state: input.state,
        catalogue_version: version,
        standard_id: input.standardId,
        status: input.status,
        valid_from: input.validFrom,
        comment: input.comment,
        evidence: [...new Set(input.evidence)],
        workflow: 'draft',
        reason: null,
        actor_id: recordedBy(actor),
        actor_state: actor.state,
        demo,
      });
      await this.audit.record(actor, {
        action: 'legislation.assessment.draft',
        outcome: 'ok',
        targetType: 'assessment',
        targetId: row.assessment_id,
        detail: { state: row.state, standardId: row.standard_id, status: row.status },
      });
      return this.present(actor, row);
    });
  }

  async revise(actor: Actor, id: string, revision: AssessmentRevision) {
    return this.db.transaction(async () => {
      const latest = await this.visibleLatest(actor, id, true);
      if (!canDraftAssessment(actor, latest.state)) throw new Forbidden(say('reviseKeepers', { state: stateName(latest.state) }));
      if (latest.workflow !== 'draft' && latest.workflow !== 'returned')
        throw new Conflict(say('notRevisable', { workflow: workflowWord(latest.workflow) }), { workflow: latest.workflow });
      if (revision.validFrom) this.checkValidFrom(revision.validFrom);
      if (revision.evidence) await this.checkEvidence(latest.state, latest.standard_id, latest.catalogue_version, revision.evidence);
      return this.step(actor, latest, {
        workflow: 'draft',
        status: revision.status as AssessmentStatus | undefined,
        valid_from: revision.validFrom,
        comment: revision.comment,
        evidence: revision.evidence,
      });
    });
  }

  async submit(actor: Actor, id: string) {
    return this.db.transaction(async () => {
      const latest = await this.visibleLatest(actor, id, true);
      if (!canSubmitAssessment(actor, latest.state)) throw new Forbidden(say('submitKeepers', { state: stateName(latest.state) }));
      if (latest.workflow !== 'draft' && latest.workflow !== 'returned')
        throw new Conflict(say('assessmentAlready', { workflow: workflowWord(latest.workflow) }), { workflow: latest.workflow });
      return this.step(actor, latest, { workflow: 'submitted' });
    });
  }

  private async decide(actor: Actor, id: string, outcome: 'validated' | 'returned', reason?: string) {
    return this.db.transaction(async () => {
      const latest = await this.visibleLatest(actor, id, true);
      const refusal = validationRefusal(actor, latest.state);
      if (refusal === 'own_state')
        throw new DomainError('own_state', say('ownAssessment', { state: stateName(latest.state) }), 403, {
          state: latest.state,
        });
      if (refusal) throw new Forbidden(say('coordinatorsValidate'));
      if (latest.workflow !== 'submitted') throw new Conflict(say('notSubmitted', { workflow: workflowWord(latest.workflow) }), { workflow: latest.workflow });
      return this.step(actor, latest, { workflow: outcome, reason: reason ?? null });
    });
  }

  validate(actor: Actor, id: string) {
    return this.decide(actor, id, 'validated');
  }

  returnToState(actor: Actor, id: string, reason: string) {
    return this.decide(actor, id, 'returned', reason);
  }

  async detail(actor: Actor, id: string) {
    const latest = await this.visibleLatest(actor, id);
    const versions = await this.store.versions(id);
    return {
      ...this.present(actor, latest),
      versions: versions.map((v) => ({
        version: v.version,
        status: v.status,
        validFrom: v.valid_from,
        comment: v.comment,
        evidence: v.evidence,
        workflow: v.workflow,
        reason: v.reason,
        actorId: v.actor_id,
        actorState: v.actor_state,
        recordedAt: v.recorded_at,
      })),
    };
  }

  async list(actor: Actor, filter: { state?: string; workflow?: string; standardId?: string }) {
    if (filter.state) await this.legislation.requireStates('state', [filter.state]);
    const rows = await this.store.latestOfEach(filter, unvalidatedVisibleTo(actor, 'latest'));
    return { assessments: rows.map((r) => this.present(actor, r)) };
  }

  /** A state's page: what is in force on the date for each standard, and its assessments still in the workflow. */
  async stateLegislation(actor: Actor, state: string, asOf = today(), version?: number) {
    await this.legislation.requireStates('state', [state]);
    const { version: v, standards } = await this.legislation.standards(version);
    const assessable = standards.filter((s) => s.assessable).map((s) => s.id);
    const inForce = await this.store.inForce(asOf, [state], assessable);
    const byStandard = new Map(inForce.map((r) => [r.standard_id, r]));
    const open = await this.store.latestOfEach({ state, open: true }, unvalidatedVisibleTo(actor, 'latest'));
    return {
      state,
      asOf,
      catalogueVersion: v,
      inForce: assessable.map((id) => {
        const r = byStandard.get(id);
        return {
          standardId: id,
          status: r?.status ?? 'unknown',
          assessmentId: r?.assessment_id ?? null,
          validFrom: r?.valid_from ?? null,
          demo: r?.demo ?? false,
        };
      }),
      open: open.map((r) => this.present(actor, r)),
    };
  }
}
