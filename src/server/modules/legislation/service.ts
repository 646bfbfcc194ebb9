// Legislation reference and national law: the standards catalogue and its versions, national instruments (laws of
// the reference file until their focal point confirms them) and their provisions, and bilateral extradition/MLA instruments.

import { type Actor, recordedBy } from '../../access/actor.js';
import { canEditStateLegislation, canRecordCooperationInstrument, canVouchForState, instrumentAbilities } from '../../access/legislation.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { say } from './messages.js';
import { loadCatalogue } from './reference.js';
import type { Instrument, InstrumentInput, InstrumentUpdate, ProvisionInput, Standard } from './schemas.js';
import { type CooperationInstrumentRow, LegislationStore } from './store.js';

export interface CooperationInstrumentInput {
  kind: 'extradition_treaty' | 'mla_treaty' | 'arrangement';
  title: string;
  parties: string[];
  covers: ('extradition' | 'mla')[];
  signedOn?: string | null;
  inForceFrom?: string | null;
  terminatedOn?: string | null;
  source?: string;
}

export class LegislationService {
  readonly store: LegislationStore;
  private standardsCache = new Map<number, Standard[]>();
  constructor(
    readonly db: Db,
    private readonly audit: AuditLog,
  ) {
    this.store = new LegislationStore(db);
  }

  async currentVersion(): Promise<number> {
    const versions = await this.store.catalogueVersions();
    if (!versions.length) throw new NotFound('standards catalogue');
    return versions[versions.length - 1].version;
  }

  /** Standards of a catalogue version (immutable once loaded, so cached); 404 for a version that does not exist. */
  async standards(version?: number): Promise<{ version: number; standards: Standard[] }> {
    const v = version ?? (await this.currentVersion());
    let standards = this.standardsCache.get(v);
    if (!standards) {
      standards = await this.store.standards(v);
      if (!standards.length) throw new NotFound(`catalogue version ${v}`);
      this.standardsCache.set(v, standards);
    }
    return { version: v, standards };
  }

  async catalogue(version?: number) {
    const versions = await this.store.catalogueVersions();
    const { version: v, standards } = await this.standards(version);
    const entry = versions.find((c) => c.version === v)!;
    return {
      catalogue: entry.catalogue,
      version: v,
      versions: versions.map((c) => c.version),
      source: entry.source,
      groups: entry.content.groups.map((g) => ({ id: g.id, label: g.label })),
      standards,
    };
  }

  /** Publishes a new catalogue version; assessments made under earlier versions keep answering for the same standard ids. */
  async publishCatalogue(actor: Actor, body: unknown): Promise<{ version: number }> {
    return this.db.transaction(async () => {
      const current = await this.currentVersion();
      const { version, inserted } = await loadCatalogue(this.db, body);
      if (!inserted) throw new Conflict(say('versionExists', { version }));
      if (version <= current) throw new Invalid('version', say('versionNotNewer', { current: String(current) }));
      await this.audit.record(actor, { action: 'legislation.catalogue.publish', outcome: 'ok', targetType: 'catalogue', targetId: String(version) });
      return { version };
    });
  }

  /** Member states and territories (45); organisations are not assessed. */
  async memberStates(): Promise<{ code: string; name: string }[]> {
    return this.store.memberStates();
  }

  /** 400 naming the field when a code is not a member state. */
  async requireStates(field: string, codes: string[]): Promise<void> {
    const known = new Set((await this.store.memberStates()).map((m) => m.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) throw new Invalid(field, say('notMembers', { codes: unknown.join(', ') }), { unknown });
  }

  async instruments(actor: Actor, state: string) {
    await this.requireStates('state', [state]);
    return { state, instruments: (await this.store.instruments(state)).map((i) => this.present(actor, i)) };
  }

  /** One instrument of a state as the actor reads it, with what they may do with it (`can`, from access/legislation.ts). */
  private async instrumentFor(actor: Actor, state: string, id: string): Promise<Instrument> {
    return this.present(actor, (await this.store.instruments(state)).find((i) => i.id === id)!);
  }

  private present(actor: Actor, i: Instrument): Instrument {
    return { ...i, can: instrumentAbilities(actor, i) };
  }

  private async editableInstrument(actor: Actor, id: string) {
    const instrument = await this.store.instrument(id);
    if (!instrument) throw new NotFound(`instrument ${id}`);
    if (!canEditStateLegislation(actor, instrument.state)) throw new Forbidden(say('editKeepers', { state: stateName(instrument.state) }));
    return instrument;
  }

  async createInstrument(actor: Actor, input: InstrumentInput) {
    await this.requireStates('state', [input.state]);
    if (!canEditStateLegislation(actor, input.state)) throw new Forbidden(say('recordKeepers', { state: stateName(input.state) }));
    if (input.amends) {
      const amended = await this.store.instrument(input.amends);
      if (!amended || amended.state !== input.state) throw new Invalid('amends', say('noInstrumentOf', { state: stateName(input.state) }));
    }
    return this.db.transaction(async () => {
      const id = await this.store.createInstrument(input, actor.userId);
      await this.audit.record(actor, {
        action: 'legislation.instrument.create',
        outcome: 'ok',
        targetType: 'legal_instrument',
        targetId: id,
        detail: { state: input.state, title: input.title },
      });
      return this.instrumentFor(actor, input.state, id);
    });
  }

  async updateInstrument(actor: Actor, id: string, update: InstrumentUpdate) {
    const instrument = await this.editableInstrument(actor, id);
    if (update.amends === id) throw new Invalid('amends', say('amendsItself'));
    return this.db.transaction(async () => {
      await this.store.updateInstrument(id, update, actor.userId);
      await this.audit.record(actor, {
        action: 'legislation.instrument.update',
        outcome: 'ok',
        targetType: 'legal_instrument',
        targetId: id,
        detail: { changed: Object.keys(update) },
      });
      return this.instrumentFor(actor, instrument.state, id);
    });
  }

  /** The state's focal point confirms a law of the reference file: it stops reading "reference, to be confirmed". */
  async confirmInstrument(actor: Actor, id: string) {
    const instrument = await this.store.instrument(id);
    if (!instrument) throw new NotFound(`instrument ${id}`);
    if (!canVouchForState(actor, instrument.state)) throw new Forbidden(say('confirmKeepers', { state: stateName(instrument.state) }));
    if (!instrument.reference_key) throw new Invalid('id', say('nothingToConfirm'));
    return this.db.transaction(async () => {
      if (!(await this.store.confirmInstrument(id, actor.userId))) throw new Conflict(say('confirmedAlready'));
      await this.audit.record(actor, {
        action: 'legislation.instrument.confirm',
        outcome: 'ok',
        targetType: 'legal_instrument',
        targetId: id,
        detail: { state: instrument.state },
      });
      return this.instrumentFor(actor, instrument.state, id);
    });
  }

  async addProvision(actor: Actor, instrumentId: string, input: ProvisionInput) {
    const instrument = await this.editableInstrument(actor, instrumentId);
    const { version, standards } = await this.standards(input.catalogueVersion);
    const known = new Set(standards.map((s) => s.id));
    const foreign = input.standards.filter((s) => !known.has(s));
    if (foreign.length) throw new Invalid('standards', say('unknownStandards', { codes: foreign.join(', ') }), { catalogueVersion: version, unknown: foreign });
    return this.db.transaction(async () => {
      const id = await this.store.createProvision(instrumentId, input, version, [...new Set(input.standards)]);
      await this.audit.record(actor, {
        action: 'legislation.provision.create',
        outcome: 'ok',
        targetType: 'legal_provision',
        targetId: id,
        detail: { instrumentId, standards: input.standards },
      });
      const all = await this.store.instruments(instrument.state);
      return all.flatMap((i) => i.provisions).find((p) => p.id === id)!;
    });
  }

  async cooperationInstruments(state?: string) {
    if (state) await this.requireStates('state', [state]);
    return { instruments: (await this.store.cooperationInstruments({ state })).map(toCooperationView) };
  }

  async recordCooperationInstrument(actor: Actor, input: CooperationInstrumentInput) {
    const parties = [...new Set(input.parties)];
    if (parties.length < 2) throw new Invalid('parties', say('twoParties'));
    await this.requireStates('parties', parties);
    if (!canRecordCooperationInstrument(actor, parties)) throw new Forbidden(say('cooperationKeepers'));
    if (input.inForceFrom && input.terminatedOn && input.terminatedOn <= input.inForceFrom) throw new Invalid('terminatedOn', say('endsBeforeStart'));
    return this.db.transaction(async () => {
      const id = await this.store.createCooperationInstrument(
        {
          kind: input.kind,
          title: input.title,
          parties,
          covers: input.covers,
          signed_on: input.signedOn ?? null,
          in_force_from: input.inForceFrom ?? null,
          terminated_on: input.terminatedOn ?? null,
          source: input.source ?? '',
        },
        recordedBy(actor),
      );
      await this.audit.record(actor, {
        action: 'legislation.cooperation_instrument.create',
        outcome: 'ok',
        targetType: 'cooperation_instrument',
        targetId: id,
        detail: { parties, covers: input.covers },
      });
      return toCooperationView((await this.store.cooperationInstruments()).find((c) => c.id === id)!);
    });
  }
}

export function toCooperationView(c: CooperationInstrumentRow) {
  return {
    id: c.id,
    kind: c.kind,
    title: c.title,
    parties: c.parties,
    covers: c.covers,
    signedOn: c.signed_on,
    inForceFrom: c.in_force_from,
    terminatedOn: c.terminated_on,
    source: c.source,
    demo: c.demo,
  };
}
