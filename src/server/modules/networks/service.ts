// The networks catalogue: recording entities and links with their provenance, search, import/export, routes and timeline.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Actor } from '../../access/actor.js';
import { canRead } from '../../access/records.js';
import { type Classification, clearedClassifications, effectiveClearance, today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../errors.js';
import { textOf } from '../../i18n/stored.js';
import { term } from '../../i18n/vocabulary.js';
import type { ImportJobs } from '../../imports/jobs.js';
import { NetworkAnalysis } from './analysis-service.js';
import { type ExportFormat, exportNetwork } from './export.js';
import { type EntityKind, type Properties, schemaOfKind } from './ftm.js';
import { type LineContext, readFtmObject } from './ftm-line.js';
import { type ImportHooks, NetworkImports } from './import-service.js';
import { NetworkMatches } from './matches.js';
import { say } from './messages.js';
import { schemaView } from './schema-view.js';
import type { EntityInput, LinkInput } from './schemas.js';
import { type EntityRow, NetworksStore, type Provenance } from './store.js';

/** What the watch-lists of alerts are checked against when an entity is recorded. */
export interface RecordedEntity {
  id: string;
  kind: string;
  names: string[];
  identifiers: string[];
  birthDate: string | null;
  nationality: string | null;
  ownerState: string | null;
}
export type EntitiesRecordedHook = (entities: RecordedEntity[]) => void | Promise<void>;

export interface ProvenanceInput {
  classification: string;
  releasableStates?: string[];
  releasableGroups?: string[];
  reliability: string;
  credibility: string;
  report?: string;
}

export class NetworksService {
  readonly store: NetworksStore;
  readonly analysis: NetworkAnalysis;
  readonly matches: NetworkMatches;
  /** Called with the entities created or imported, a batch at a time (the alerts' watch-lists check them here). */
  readonly onEntitiesRecorded: EntitiesRecordedHook[] = [];
  private iso2to3: Record<string, string> | null = null;

  readonly imports: NetworkImports;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    jobs: ImportJobs,
  ) {
    this.imports = new NetworkImports(db, audit, jobs);
    this.store = new NetworksStore(db);
    this.analysis = new NetworkAnalysis(this.store);
    this.matches = new NetworkMatches(db, audit);
  }

  /** Entities by id that this user may read (others are simply absent); for the intelligence exchange. */
  async lookup(actor: Actor, ids: string[]) {
    return this.store.entitiesByIds(actor, [...new Set(ids)].slice(0, 1000));
  }

  private async notify(rows: EntityRow[]): Promise<void> {
    const entities = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      names: row.names,
      identifiers: row.identifiers,
      birthDate: row.birthDate,
      nationality: row.nationality,
      ownerState: row.ownerState,
    }));
    for (const hook of this.onEntitiesRecorded) await hook(entities);
  }

  /** The provenance a user records under: their state, a grading, and a classification they themselves may read. */
  provenanceFor(actor: Actor, input: ProvenanceInput, demo = false): Provenance {
    const allowed = clearedClassifications(effectiveClearance(actor)) as string[];
    if (input.classification !== 'members' && !allowed.includes(input.classification))
      throw new Invalid('classification', say('aboveClearance', { classification: term('classification', input.classification) }));
    return {
      sourceState: actor.state,
      sourceReport: input.report ?? null,
      reliability: input.reliability,
      credibility: input.credibility,
      ownerState: actor.state,
      classification: input.classification,
      releasableStates: input.releasableStates ?? [],
      releasableGroups: input.releasableGroups ?? [],
      handlingCodes: [],
      demo,
    };
  }

  private async lineContext(actor: Actor, provenance: Provenance): Promise<LineContext> {
    if (!this.iso2to3) {
      const rows = await this.db.query<{ code: string; iso2: string }>(sql`SELECT code, iso2 FROM members WHERE iso2 IS NOT NULL`);
      this.iso2to3 = Object.fromEntries(rows.map((r) => [r.iso2.toUpperCase(), r.code]));
    }
    return {
      provenance,
      today: today(),
      allowedClassifications: ['members', ...clearedClassifications(effectiveClearance(actor))],
      countries: this.iso2to3,
    };
  }

  /** Imports FtM JSON Lines as one all-or-nothing job (see import-service.ts). */
  async importFtm(actor: Actor, body: Readable, input: ProvenanceInput) {
    const provenance = this.provenanceFor(actor, input);
    return this.imports.ftm(actor, body, this.importHooks(actor, provenance), { ...input });
  }

  async importCsv(actor: Actor, body: Readable, input: ProvenanceInput & { schema: string; mapping: string }) {
    const provenance = this.provenanceFor(actor, input);
    return this.imports.csv(actor, body, this.importHooks(actor, provenance), { ...input });
  }

  private importHooks(actor: Actor, provenance: Provenance): ImportHooks {
    return { lineContext: () => this.lineContext(actor, provenance), recorded: this.onEntitiesRecorded };
  }

  exportStream(actor: Actor, format: ExportFormat, ids?: string[], what: 'entities' | 'links' = 'entities') {
    void this.audit.record(actor, { action: 'networks.export', outcome: 'ok', detail: { format, what, selection: ids?.length ?? 'all' } });
    return exportNetwork(this.store, actor, format, ids, what);
  }

  async search(actor: Actor, filter: { q?: string; kind?: string; schema?: string; limit: number }) {
    const { rows, total } = await this.store.search(actor, filter);
    return { entities: rows, total };
  }

  async entity(actor: Actor, id: string) {
    const entity = await this.store.entity(actor, id);
    if (!entity) throw new NotFound(`entity ${id}`);
    const [links, facts] = await Promise.all([this.store.linksOf(actor, id), this.store.factsOf(actor, id)]);
    const others = [...new Set(links.map((l) => (l.sourceId === id ? l.targetId : l.sourceId)))];
    const related = await this.store.entitiesByIds(actor, others);
    if (entity.classification !== 'public' && entity.classification !== 'members')
      await this.audit.record(actor, {
        action: 'networks.read',
        outcome: 'ok',
        targetType: 'network_entity',
        targetId: id,
        detail: { classification: entity.classification },
      });
    const sanctionIds = new Set(links.filter((l) => l.role === 'sanctions' && l.targetId === id).map((l) => l.sourceId));
    const found = new Set(related.map((r) => r.id));
    return {
      entity,
      links,
      facts,
      related: related.map((r) => ({ id: r.id, kind: r.kind, schema: r.schema, caption: r.caption })),
      // A sanction is shown as a badge on the entity it names, with what it says (program, authority, dates, reason).
      sanctions: related
        .filter((r) => r.kind === 'sanction' && sanctionIds.has(r.id))
        .map((r) => ({ id: r.id, caption: r.caption, properties: r.properties, sourceState: r.sourceState })),
      // Ends of links that name an entity not in the portal (dangling references, kept as they came).
      missing: others.filter((o) => !found.has(o)),
      schema: schemaView(entity.schema),
    };
  }

  /** Properties a form entry becomes, in FtM terms, so it exports like an imported one. */
  private propertiesOf(input: EntityInput): Properties {
    const p: Properties = { name: [input.name] };
    const put = (key: string, value: string | number | undefined) => {
      if (value !== undefined && value !== '') p[key] = [String(value)];
    };
    if (input.aliases?.length) p.alias = input.aliases;
    put('birthDate', input.birthDate);
    put('nationality', input.nationality);
    put('country', input.country);
    put('latitude', input.latitude);
    put('longitude', input.longitude);
    put('startDate', input.startDate);
    put('endDate', input.endDate);
    if (input.kind === 'document') {
      put('number', input.number);
      put('type', input.documentType);
      put('status', input.documentStatus);
    }
    if (input.kind === 'vessel') {
      put('imoNumber', input.imo);
      put('mmsi', input.mmsi);
      put('flag', input.flag);
    }
    if (input.kind === 'vehicle') put('registrationNumber', input.number);
    if (input.kind === 'phone') {
      put('number', input.number);
      put('service', 'phone');
    }
    if (input.kind === 'email') {
      put('email', input.email ?? input.number);
      put('service', 'email');
    }
    if (input.kind === 'bank_account') put('accountNumber', input.number);
    const keywords = (input.modusOperandi ?? []).map((m) => `mo:${m}`);
    if (input.kind === 'event' && input.eventType) keywords.push(`event:${input.eventType}`);
    if (input.kind === 'route') keywords.push('bali:route');
    if (input.kind === 'leg') {
      keywords.push(
        'bali:route-leg',
        ...(input.mode ? [`mode:${input.mode}`] : []),
        ...(input.routeId ? [`route:${input.routeId}`] : []),
        ...(input.fromPlace ? [`from:${input.fromPlace}`] : []),
        ...(input.toPlace ? [`to:${input.toPlace}`] : []),
        ...(input.transitPlaces ?? []).map((t) => `transit:${t}`),
        ...(input.peopleMoved !== undefined ? [`people:${input.peopleMoved}`] : []),
      );
    }
    if (keywords.length) p.keywords = keywords;
    return p;
  }

  async create(actor: Actor, input: EntityInput, options: { id?: string; demo?: boolean } = {}) {
    const provenance = this.provenanceFor(actor, input, options.demo);
    const ctx = await this.lineContext(actor, provenance);
    const id = options.id ?? `bp-${randomUUID()}`;
    const parsed = readFtmObject({ id, schema: schemaOfKind(input.kind as EntityKind, input.documentType), properties: this.propertiesOf(input) }, ctx);
    if ('error' in parsed) throw new Invalid('entity', say('notTheModel', { reason: textOf(parsed.error) }));
    const row = { ...parsed.entity!, kind: input.kind, modusOperandi: input.modusOperandi ?? [] };
    return this.db.transaction(async () => {
      const written = await this.store.upsertEntities([row]);
      if (!written.has(id)) throw new Forbidden(say('anotherStatesRecord'));
      await this.audit.record(actor, {
        action: 'networks.entity.create',
        outcome: 'ok',
        targetType: 'network_entity',
        targetId: id,
        detail: { kind: input.kind, classification: input.classification },
      });
      await this.notify([row]);
      return (await this.store.entity(actor, id))!;
    });
  }

  async link(actor: Actor, input: LinkInput, options: { id?: string; demo?: boolean } = {}) {
    const provenance = this.provenanceFor(actor, input, options.demo);
    const ends = await this.store.entitiesByIds(actor, [input.sourceId, input.targetId]);
    for (const [field, id] of [
      ['sourceId', input.sourceId],
      ['targetId', input.targetId],
    ] as const)
      if (!ends.some((e) => e.id === id)) throw new Invalid(field, say('noReadableEntity', { id }));
    const id = options.id ?? `bp-${randomUUID()}`;
    return this.db.transaction(async () => {
      const written = await this.store.upsertLinks([
        {
          id,
          schema: 'UnknownLink',
          role: input.role,
          sourceId: input.sourceId,
          targetId: input.targetId,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          properties: {},
          context: {},
          derivedFrom: null,
          weight: null,
          ...provenance,
        },
      ]);
      if (!written.has(id)) throw new Forbidden(say('anotherStatesRecord'));
      await this.audit.record(actor, {
        action: 'networks.link.create',
        outcome: 'ok',
        targetType: 'network_link',
        targetId: id,
        detail: { role: input.role, classification: input.classification },
      });
      const links = await this.store.linksOf(actor, input.sourceId);
      return links.find((l) => l.id === id)!;
    });
  }

  /** A property value reported by another state about an entity, with its own provenance and protection. */
  async addFact(actor: Actor, entityId: string, input: ProvenanceInput & { property: string; value: string }) {
    const entity = await this.store.entity(actor, entityId);
    if (!entity) throw new NotFound(`entity ${entityId}`);
    const provenance = this.provenanceFor(actor, input);
    return this.db.transaction(async () => {
      const id = await this.store.addFact(entityId, input.property, input.value, provenance);
      await this.audit.record(actor, {
        action: 'networks.fact.add',
        outcome: 'ok',
        targetType: 'network_entity',
        targetId: entityId,
        detail: { fact: id, property: input.property },
      });
      return { id };
    });
  }

  /** Routes with their legs resolved to places (coordinates) the user may read, for the route map. */
  async routes(actor: Actor) {
    const rows = await this.store.entitiesOfKinds(actor, ['route', 'leg', 'place']);
    const places = new Map(
      rows
        .filter((r) => r.kind === 'place')
        .map((p) => [p.id, { id: p.id, name: p.caption, country: p.country, latitude: p.latitude, longitude: p.longitude }]),
    );
    const tag = (kw: string[], prefix: string) => kw.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    const legs = rows
      .filter((r) => r.kind === 'leg')
      .map((leg) => {
        const kw = leg.properties.keywords ?? [];
        const people = Number(tag(kw, 'people:')[0]);
        return {
          id: leg.id,
          routeId: tag(kw, 'route:')[0] ?? null,
          mode: tag(kw, 'mode:')[0] ?? null,
          caption: leg.caption,
          from: places.get(tag(kw, 'from:')[0] ?? '') ?? null,
          to: places.get(tag(kw, 'to:')[0] ?? '') ?? null,
          transit: tag(kw, 'transit:')
            .map((t) => places.get(t))
            .filter((p) => p !== undefined),
          startDate: leg.startDate,
          endDate: leg.endDate,
          peopleMoved: Number.isFinite(people) ? people : null,
          grading: `${leg.reliability ?? '?'}${leg.credibility ?? '?'}`,
          demo: leg.demo,
        };
      });
    const routes = rows
      .filter((r) => r.kind === 'route')
      .map((r) => ({ id: r.id, caption: r.caption, demo: r.demo, modusOperandi: r.modusOperandi, legs: legs.filter((l) => l.routeId === r.id) }));
    const loose = legs.filter((l) => !routes.some((r) => r.id === l.routeId));
    return { routes, looseLegs: loose };
  }

  async timeline(actor: Actor) {
    const rows = await this.store.entitiesOfKinds(actor, ['event', 'leg']);
    return {
      events: rows
        .filter((r) => r.startDate)
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          caption: r.caption,
          date: r.startDate!,
          endDate: r.endDate,
          type: (r.properties.keywords ?? []).find((k) => k.startsWith('event:'))?.slice(6) ?? (r.kind === 'leg' ? 'leg' : 'event'),
          country: r.country,
          grading: `${r.reliability ?? '?'}${r.credibility ?? '?'}`,
          demo: r.demo,
        }))
        .sort((a, b) => a.date.localeCompare(b.date)),
    };
  }

  async changesSince(actor: Actor, since: string) {
    return this.store.changedSince(actor, since);
  }

  /** The check canRead() would make, for callers holding one record (kept equal to the SQL filter). */
  readable(actor: Actor, row: Provenance): boolean {
    return canRead(actor, {
      ownerState: row.ownerState,
      classification: row.classification as Classification,
      releasableStates: row.releasableStates,
      releasableGroups: row.releasableGroups,
    });
  }
}
