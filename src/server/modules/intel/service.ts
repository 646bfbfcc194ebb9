// Intelligence reports: filing (graded, classified, with handling codes and linked network entities), reading (always
// audited; a report the user may not read is 404), search with facets over only what the user may read, the state inbox,
// attachments, and the originator's view of who read their report.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../access/actor.js';
import { isOriginator, releaseNeedsConsent, reportAbilities } from '../../access/intel.js';
import { readableBy } from '../../access/records.js';
import { clearedClassifications, effectiveClearance } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../errors.js';
import { term } from '../../i18n/vocabulary.js';
import { agreementTaxonomy } from '../agreements/scope.js';
import { checkAttachment } from './attachments.js';
import { ADMIRALTY, FOUR_BY_FOUR, grading } from './grading.js';
import { say } from './messages.js';
import type { Report, ReportInput, ReportSummary, SearchFilter } from './schemas.js';
import { IntelStore, type ReportRow, type SummaryRow } from './store.js';

/** The networks service as the exchange uses it: the linked entities a user may read. */
export interface EntityLookup {
  lookup(actor: Actor, ids: string[]): Promise<{ id: string; kind: string; caption: string }[]>;
}

export const PAGE_SIZE = 20;

export function summaryOf(r: SummaryRow): ReportSummary {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    category: r.category,
    classification: r.classification,
    ownerState: r.ownerState,
    grading: grading(r.reliability, r.credibility),
    handlingCodes: r.handlingCodes,
    demo: r.demo,
    createdAt: r.createdAt,
  };
}

export class IntelReportsService {
  readonly store: IntelStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly entities: EntityLookup,
  ) {
    this.store = new IntelStore(db);
  }

  scales() {
    return {
      admiralty: {
        reliability: Object.entries(ADMIRALTY.reliability).map(([code, v]) => ({ code, label: v.label, fourByFour: v.fourByFour })),
        credibility: Object.entries(ADMIRALTY.credibility).map(([code, v]) => ({ code, label: v.label, fourByFour: v.fourByFour })),
      },
      fourByFour: FOUR_BY_FOUR,
      categories: agreementTaxonomy().intelligenceCategories,
    };
  }

  async create(actor: Actor, input: ReportInput, options: { demo?: boolean } = {}): Promise<Report> {
    if (!actor.state) throw new Forbidden(say('statesOnly'));
    if (!agreementTaxonomy().intelligenceCategories.some((c) => c.id === input.category))
      throw new Invalid('category', say('unknownCategory', { category: input.category }));
    if (input.classification !== 'members' && !(clearedClassifications(effectiveClearance(actor)) as string[]).includes(input.classification))
      throw new Invalid('classification', say('aboveClearance', { classification: term('classification', input.classification) }));
    const handlingCodes = [...new Set(input.handlingCodes ?? [])];
    const releasableOnlyTo = [...new Set(input.releasableOnlyTo ?? [])];
    if (releasableOnlyTo.length && !handlingCodes.includes('releasable_only'))
      throw new Invalid('releasableOnlyTo', say('releasableOnlyWithoutCode', { code: term('handlingCode', 'releasable_only') }));
    if (handlingCodes.includes('releasable_only') && !releasableOnlyTo.length)
      throw new Invalid('releasableOnlyTo', say('releasableOnlyNeedsNames', { code: term('handlingCode', 'releasable_only') }));
    const entityIds = [...new Set(input.entityIds ?? [])];
    if (entityIds.length) {
      const found = new Set((await this.entities.lookup(actor, entityIds)).map((e) => e.id));
      const missing = entityIds.filter((id) => !found.has(id));
      if (missing.length) throw new Invalid('entityIds', say('entitiesNotReadable', { ids: missing.join(', ') }));
    }
    const reference = `INT-${actor.state}-${new Date().getUTCFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
    const id = await this.db.transaction(async () => {
      const id = await this.store.insert({
        reference,
        title: input.title,
        body: input.body,
        category: input.category,
        reliability: input.reliability,
        credibility: input.credibility,
        ownerState: actor.state!,
        classification: input.classification,
        handlingCodes,
        releasableOnlyTo,
        entityIds,
        authorId: actor.userId,
        demo: options.demo ?? false,
      });
      await this.audit.record(actor, {
        action: 'intel.create',
        outcome: 'ok',
        targetType: 'intel_report',
        targetId: id,
        detail: { reference, category: input.category, classification: input.classification },
      });
      return id;
    });
    return this.get(actor, id);
  }

  /** The report if this user may read it, else NotFound (its existence is itself secret). Not audited: callers decide. */
  async readable(actor: Actor, id: string): Promise<ReportRow> {
    const report = await this.store.report(id, readableBy(actor, 'r'));
    if (!report) throw new NotFound(`report ${id}`);
    return report;
  }

  /** A refusal is audited too, outside any transaction the error would roll back. */
  async readableOrAudit(actor: Actor, id: string, action: string): Promise<ReportRow> {
    try {
      return await this.readable(actor, id);
    } catch (error) {
      await this.audit.record(actor, { action, outcome: 'not_found', targetType: 'intel_report', targetId: id });
      throw error;
    }
  }

  async get(actor: Actor, id: string): Promise<Report> {
    const r = await this.readableOrAudit(actor, id, 'intel.read');
    await this.audit.record(actor, {
      action: 'intel.read',
      outcome: 'ok',
      targetType: 'intel_report',
      targetId: id,
      detail: { classification: r.classification, reference: r.reference },
    });
    const [entities, attachments, acknowledgedBy, releases] = await Promise.all([
      r.entityIds.length ? this.entities.lookup(actor, r.entityIds) : [],
      this.store.attachments(id),
      this.store.acknowledgements(id),
      this.store.releases(id),
    ]);
    const originator = isOriginator(actor, r);
    return {
      ...summaryOf(r),
      body: r.body,
      releasableStates: r.releasableStates,
      releasableGroups: r.releasableGroups,
      releasableOnlyTo: r.releasableOnlyTo,
      entities: entities.map((e) => ({ id: e.id, kind: e.kind, caption: e.caption })),
      attachments,
      acknowledgedBy,
      releases: originator ? releases : releases.filter((x) => x.recipient === actor.state || actor.groups.includes(x.recipient)),
      mayRelease: originator || !releaseNeedsConsent(actor, r),
      needsConsent: releaseNeedsConsent(actor, r),
      isOriginator: originator,
      can: reportAbilities(actor, r, releases),
    };
  }

  async search(actor: Actor, filter: SearchFilter) {
    const page = filter.page ?? 1;
    const where = IntelStore.searchWhere(readableBy(actor, 'r'), filter);
    const [rows, category, classification, originator, gradingFacet] = await Promise.all([
      this.store.page(where, PAGE_SIZE, (page - 1) * PAGE_SIZE),
      this.store.facet(where, 'category'),
      this.store.facet(where, 'classification'),
      this.store.facet(where, 'owner_state'),
      this.store.facet(where, 'grading'),
    ]);
    return {
      reports: rows.slice(0, PAGE_SIZE).map(summaryOf),
      page,
      hasMore: rows.length > PAGE_SIZE,
      facets: { category, classification, originator, grading: gradingFacet },
    };
  }

  inboxReports(actor: Actor) {
    if (!actor.state) return Promise.resolve([]);
    return this.store
      .inbox(actor.state, actor.groups, readableBy(actor, 'r'))
      .then((rows) => rows.map((r) => ({ ...summaryOf(r), acknowledged: r.acknowledged, releasedAt: r.releasedAt })));
  }

  async addAttachment(actor: Actor, id: string, input: { filename: string; mediaType: string; contentBase64: string }) {
    const report = await this.readableOrAudit(actor, id, 'intel.attach');
    if (!isOriginator(actor, report)) throw new Forbidden(say('originatorAttaches'));
    let checked: ReturnType<typeof checkAttachment>;
    try {
      checked = checkAttachment(input);
    } catch (error) {
      await this.audit.record(actor, {
        action: 'intel.attach',
        outcome: 'invalid',
        targetType: 'intel_report',
        targetId: id,
        detail: { claimed: input.mediaType, reason: (error as Error).message },
      });
      throw error;
    }
    return this.db.transaction(async () => {
      const attachmentId = await this.store.addAttachment(id, checked, actor.userId);
      await this.audit.record(actor, {
        action: 'intel.attach',
        outcome: 'ok',
        targetType: 'intel_report',
        targetId: id,
        detail: { attachmentId, sha256: checked.sha256, size: checked.content.length, mediaType: checked.mediaType },
      });
      return { id: attachmentId, filename: checked.filename, mediaType: checked.mediaType, sizeBytes: checked.content.length, sha256: checked.sha256 };
    });
  }

  async attachment(actor: Actor, id: string, attachmentId: string) {
    await this.readableOrAudit(actor, id, 'intel.read');
    const a = await this.store.attachment(id, attachmentId);
    if (!a) throw new NotFound(`attachment ${attachmentId}`);
    await this.audit.record(actor, {
      action: 'intel.read',
      outcome: 'ok',
      targetType: 'intel_report',
      targetId: id,
      detail: { attachmentId, sha256: a.sha256 },
    });
    return { ...a, content: Buffer.from(a.content) };
  }

  /** Who read the report, by state: for the originating state only. */
  async readers(actor: Actor, id: string) {
    const report = await this.readableOrAudit(actor, id, 'intel.readers');
    if (!isOriginator(actor, report)) throw new Forbidden(say('originatorSeesReaders'));
    const readers = await this.store.readers(id);
    const counts = new Map<string | null, number>();
    for (const r of readers) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
    return { readers, byState: [...counts].map(([state, reads]) => ({ state, reads })) };
  }
}
