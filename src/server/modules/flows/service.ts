// Flows returns: national desks draft from several agencies and submit once; rates, sharing settings and outlier flags.

import { type Actor, recordedBy } from '../../access/actor.js';
import { type FlowsPolicy, isFlowsContributor, maySubmitFlows } from '../../access/flows.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import type { Text } from '../../i18n/text.js';
import type { ImportJobs } from '../../imports/jobs.js';
import { FlowsAnalysis } from './analysis.js';
import { FlowsAnalysisStore } from './analysis-store.js';
import { HeaderError, lineOf, readReturnFile } from './bulk.js';
import { periodName, say } from './messages.js';
import { currentMonth, dueDate, monthLabel, monthNumber, parsePeriod } from './periods.js';
import { FlowsQuality, outlierWords } from './quality.js';
import { checkReturn, convertFees, type Issue, routeKeyOf } from './returns.js';
import type { ReturnLines, SubmissionSummary } from './schemas.js';
import { FlowsStore, type SubmissionListRow, type SubmissionRow } from './store.js';
import { FlowsVictims } from './victims.js';

/** Where an issue is, for the caller: a JSON field path, or a line of an uploaded file. */
export type Locate = (issue: Issue) => { field: string; line?: number };
const jsonPath: Locate = (issue) => ({ field: issue.path.join('.') });

export class FlowsService {
  readonly store: FlowsStore;
  readonly analysis: FlowsAnalysis;
  readonly quality: FlowsQuality;
  /** Victims identified, referred and returned, written by the referral and return cases. */
  readonly victims: FlowsVictims;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly imports: ImportJobs,
  ) {
    this.store = new FlowsStore(db);
    this.victims = new FlowsVictims(db);
    const analysisStore = new FlowsAnalysisStore(db);
    this.analysis = new FlowsAnalysis(audit, this.store, analysisStore);
    this.quality = new FlowsQuality(this.store, analysisStore);
  }

  private requireContributor(actor: Actor): asserts actor is Actor & { state: string } {
    if (!isFlowsContributor(actor)) throw new Forbidden(say('refuse.contributorsOnly'));
  }

  /**
   * Adds lines to the state's return for a period (the national desk's draft) and, when `submit`, closes it.
   * All or nothing: any issue refuses the whole return, naming every place that is wrong.
   */
  async contribute(
    actor: Actor,
    input: { period: string; submit: boolean; lines: ReturnLines; demo?: boolean; now?: Date },
    locate: Locate = jsonPath,
    /** Called inside the transaction that writes the lines (an upload completes its import job there). */
    onWritten?: (added: { crossings: number; incidents: number; profiles: number }) => Promise<void>,
  ) {
    this.requireContributor(actor);
    if (input.submit && !maySubmitFlows(actor)) throw new Forbidden(say('refuse.submitters'));
    const period = parsePeriod(input.period);
    const now = input.now ?? new Date();
    if (period.monthFrom > currentMonth(now)) throw new Invalid('period', say('refuse.periodFuture', { period: periodName(input.period) }));
    if (input.submit && period.monthTo >= currentMonth(now)) throw new Invalid('period', say('refuse.periodOpenDraft', { period: periodName(input.period) }));

    const rates = await this.store.ratesFor(
      input.lines.incidents.flatMap((i) => (i.fee ? [i.fee.currency] : [])),
      period.monthFrom,
    );
    const fees = convertFees(input.lines, rates);
    const issues = [...checkReturn(input.lines), ...fees.issues];
    if (issues.length) throw reportOf(issues, locate);

    return this.db.transaction(async () => {
      const other = await this.store.overlapping(actor.state, input.period, period.monthFrom, period.monthTo);
      if (other)
        throw new Conflict(say('refuse.overlaps', { state: stateName(actor.state), other: periodName(other.period), period: periodName(input.period) }), {
          period: other.period,
        });
      let sub = await this.store.submission(actor.state, input.period);
      if (sub?.status === 'submitted')
        throw new Conflict(say('refuse.closed', { state: stateName(actor.state), period: periodName(input.period) }), { period: input.period });
      sub ??= await this.store.createSubmission({
        state: actor.state,
        period: input.period,
        monthFrom: period.monthFrom,
        monthTo: period.monthTo,
        demo: input.demo,
      });
      const by = recordedBy(actor);
      await this.store.addCrossings(sub, by, input.lines.crossings);
      await this.store.addIncidents(
        sub,
        by,
        input.lines.incidents.map((i, n) => ({
          routeKey: routeKeyOf(i),
          means: i.means,
          vesselType: i.vesselType,
          fraudulentDocuments: i.fraudulentDocuments,
          visaMisuse: i.visaMisuse,
          feeAmount: i.fee?.amount ?? null,
          feeCurrency: i.fee?.currency ?? null,
          feeUsd: fees.usd[n],
          groupSize: i.groupSize,
          deaths: i.deaths,
          injuries: i.injuries,
        })),
      );
      await this.store.addProfiles(sub, by, input.lines.profiles);
      const added = { crossings: input.lines.crossings.length, incidents: input.lines.incidents.length, profiles: input.lines.profiles.length };
      await this.audit.record(actor, {
        action: 'flows.contribute',
        outcome: 'ok',
        targetType: 'flow_submission',
        targetId: sub.id,
        detail: { state: sub.state, period: sub.period, ...added },
      });
      await onWritten?.(added);
      let outliers = 0;
      if (input.submit) outliers = await this.close(sub, actor, now);
      return { submission: await this.summary(sub.state, sub.period), added, outliers };
    });
  }

  /**
   * A CSV or XLSX return, as an import job: every line is checked and reported by number before anything is imported,
   * and the lines are written in one transaction that also completes the job. Any refusal leaves nothing and a failed job.
   */
  async upload(actor: Actor, body: { period: string; format: 'csv' | 'xlsx'; contentBase64: string; submit: boolean }) {
    this.requireContributor(actor);
    const content = Buffer.from(body.contentBase64, 'base64');
    const job = await this.imports.start(actor, 'flows', body.format, { period: body.period, submit: body.submit });
    let rows = 0;
    try {
      let parsed: Awaited<ReturnType<typeof readReturnFile>>;
      try {
        parsed = await readReturnFile(body.format, content);
      } catch (error) {
        if (error instanceof HeaderError) throw new Invalid('file', say('refuse.headerColumn', { line: error.line, column: error.column }));
        throw new Invalid('file', say('refuse.unreadableFile', { format: body.format.toUpperCase(), reason: (error as Error).message.slice(0, 120) }));
      }
      rows = parsed.at.crossings.length + parsed.at.incidents.length + parsed.at.profiles.length + new Set(parsed.issues.map((i) => i.line)).size;
      if (parsed.issues.length)
        throw reportOf(
          parsed.issues.map((i) => ({ path: [i.field], message: i.message, line: i.line })),
          (i) => ({ field: i.path[0] as string, line: (i as Issue & { line: number }).line }),
        );
      const result = await this.contribute(
        actor,
        { period: body.period, submit: body.submit, lines: parsed.lines },
        (issue) => lineOf(parsed, issue),
        (added) => job.complete(rows, content.length, { imported: added.crossings + added.incidents + added.profiles }),
      );
      return { ...result, importId: job.id };
    } catch (error) {
      const report = (error instanceof Invalid ? (error.details.report as { line?: number; field: string; message: Text }[] | undefined) : undefined) ?? [];
      // The import's own record keeps English, as the audit does; the person reads the refusal in their language.
      for (const r of report) job.error(r.line ?? 0, `${r.field}: ${r.message.render('en')}`);
      await job.end('failed', `${(error as Error).message.slice(0, 500)}`, rows, content.length).catch(() => undefined);
      if (error instanceof DomainError) (error.details as Record<string, unknown>).importId = job.id;
      throw error;
    }
  }

  /** Closes the draft for the period: it becomes visible to reciprocating states and is checked for outliers. */
  async submit(actor: Actor, periodText: string, now: Date = new Date()) {
    this.requireContributor(actor);
    if (!maySubmitFlows(actor)) throw new Forbidden(say('refuse.submitters'));
    const period = parsePeriod(periodText);
    if (period.monthTo >= currentMonth(now)) throw new Invalid('period', say('refuse.periodOpen', { period: periodName(periodText) }));
    return this.db.transaction(async () => {
      const sub = await this.store.submission(actor.state, periodText);
      if (!sub) throw new NotFound(`draft return of ${actor.state} for ${periodText}`);
      if (sub.status === 'submitted')
        throw new Conflict(say('refuse.closed', { state: stateName(actor.state), period: periodName(periodText) }), { period: periodText });
      const outliers = await this.close(sub, actor, now);
      return { submission: await this.summary(sub.state, sub.period), added: { crossings: 0, incidents: 0, profiles: 0 }, outliers };
    });
  }

  private async close(sub: SubmissionRow, actor: Actor, now: Date): Promise<number> {
    await this.store.close(sub.id, recordedBy(actor), now);
    const flags = await this.quality.outliersOf(sub);
    await this.store.addOutliers(sub, flags);
    await this.audit.record(actor, {
      action: 'flows.submit',
      outcome: 'ok',
      targetType: 'flow_submission',
      targetId: sub.id,
      detail: { state: sub.state, period: sub.period, outliers: flags.length },
    });
    return flags.length;
  }

  async submissionsOf(actor: Actor): Promise<SubmissionSummary[]> {
    this.requireContributor(actor);
    return (await this.store.listOf(actor.state)).map(submissionSummary);
  }

  private async summary(state: string, period: string): Promise<SubmissionSummary> {
    return submissionSummary((await this.store.listOf(state)).find((x) => x.period === period)!);
  }

  async rates(month: string | undefined) {
    const rows = await this.store.rates(month ? monthNumber(month) : null);
    return rows.map((r) => ({ currency: r.currency, month: monthLabel(r.month), usdPerUnit: Number(r.usd_per_unit), demo: r.demo }));
  }

  async setRate(actor: Actor, r: { currency: string; month: string; usdPerUnit: number }) {
    await this.db.transaction(async () => {
      await this.store.setRate({ currency: r.currency, month: monthNumber(r.month), usdPerUnit: r.usdPerUnit, by: recordedBy(actor) });
      await this.audit.record(actor, { action: 'flows.rate.set', outcome: 'ok', targetType: 'flow_rate', targetId: `${r.currency}/${r.month}`, detail: r });
    });
    return { ...r, demo: false };
  }

  policy(): Promise<FlowsPolicy> {
    return this.store.policy();
  }

  async setPolicy(actor: Actor, policy: FlowsPolicy): Promise<FlowsPolicy> {
    await this.db.transaction(async () => {
      const before = await this.store.policy();
      await this.store.setPolicy(policy);
      await this.audit.record(actor, {
        action: 'flows.policy.set',
        outcome: 'ok',
        targetType: 'settings',
        targetId: 'flows.policy',
        detail: { before, after: policy },
      });
    });
    return policy;
  }

  async outliers(actor: Actor) {
    this.requireContributor(actor);
    return (await this.store.outliersOf(actor.state)).map((o) => ({
      id: o.id,
      period: o.period,
      ...outlierWords(o),
      value: Number(o.value),
      status: o.status,
      note: o.note,
    }));
  }

  async confirmOutlier(actor: Actor, id: string, note: string) {
    this.requireContributor(actor);
    await this.db.transaction(async () => {
      // Another state's flag answers 404: a state does not learn what was flagged elsewhere.
      if (!(await this.store.confirmOutlier(id, actor.state, recordedBy(actor), note))) throw new NotFound(`outlier ${id}`);
      await this.audit.record(actor, { action: 'flows.outlier.confirm', outcome: 'ok', targetType: 'flow_outlier', targetId: id, detail: { note } });
    });
    return { ok: true };
  }
}

/** One 400 naming every issue: the first as the field, all of them in the report. */
export function reportOf(issues: Issue[], locate: Locate): Invalid {
  const report = issues.map((i) => ({ ...locate(i), message: i.message }));
  const first = report[0];
  const issue = first.line ? say('refuse.lineIssue', { line: first.line, issue: first.message }) : first.message;
  const sentence = report.length > 1 ? say('refuse.moreNothingImported', { issue, more: report.length - 1 }) : say('refuse.nothingImported', { issue });
  return new Invalid(first.field, sentence, { report });
}

/** A state's return for one period as its contributors see it: what it holds, and whether it came in after the due date. */
function submissionSummary(r: SubmissionListRow): SubmissionSummary {
  return {
    id: r.id,
    state: r.state,
    period: r.period,
    status: r.status,
    submittedAt: r.submitted_at,
    demo: r.demo,
    late: r.submitted_at !== null && r.submitted_at > dueDate(r.month_to),
    crossings: r.crossings,
    incidents: r.incidents,
    profiles: r.profiles,
    contributors: r.contributors,
  };
}
