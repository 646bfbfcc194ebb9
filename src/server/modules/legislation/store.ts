// SQL for the standards catalogue, treaty actions, national instruments, provisions and cooperation instruments.
import { type Db, sql } from '../../db/index.js';
import type { Instrument, InstrumentInput, InstrumentUpdate, Standard } from './schemas.js';

interface StandardRow {
  id: string;
  catalogue_version: number;
  group_id: string;
  title: string;
  text: string;
  seed: Standard['seed'];
  untoc: Standard['untoc'];
  parent: string | null;
  indicator_tags: string[];
  assessable: boolean;
}
export interface IndicatorRow {
  id: string;
  wording: string;
  reported_in_seed: number | null;
  computation: Record<string, unknown>;
}
export interface TreatyActionRow {
  state: string;
  instrument: string;
  action: string;
  date: string;
  source: string;
}
export interface CooperationInstrumentRow {
  id: string;
  kind: string;
  title: string;
  parties: string[];
  covers: string[];
  signed_on: string | null;
  in_force_from: string | null;
  terminated_on: string | null;
  source: string;
  demo: boolean;
}

const toStandard = (r: StandardRow): Standard => ({
  id: r.id,
  catalogueVersion: r.catalogue_version,
  group: r.group_id,
  title: r.title,
  text: r.text,
  seed: r.seed,
  untoc: r.untoc,
  parent: r.parent,
  indicatorTags: r.indicator_tags,
  assessable: r.assessable,
});

export class LegislationStore {
  constructor(private readonly db: Db) {}

  async catalogueVersions(): Promise<{ version: number; catalogue: string; source: string; content: { groups: { id: string; label: string }[] } }[]> {
    return this.db.query(sql`SELECT version, catalogue, source, content FROM legislation_catalogues ORDER BY version`);
  }

  async standards(version: number): Promise<Standard[]> {
    const rows = await this.db.query<StandardRow>(sql`SELECT * FROM legislation_standards WHERE catalogue_version = ${version} ORDER BY position`);
    return rows.map(toStandard);
  }

  async indicators(version: number): Promise<IndicatorRow[]> {
    return this.db.query(
      sql`SELECT id, wording, reported_in_seed, computation FROM legislation_indicators WHERE catalogue_version = ${version} ORDER BY position`,
    );
  }

  async memberStates(): Promise<{ code: string; name: string }[]> {
    return this.db.query(sql`SELECT code, name FROM members WHERE kind IN ('state', 'territory') AND status = 'member' ORDER BY code`);
  }

  async referenceLoaded(file: string): Promise<boolean> {
    return !!(await this.db.one(sql`SELECT 1 FROM legislation_reference_loads WHERE file = ${file}`));
  }

  async treatyActions(state?: string, asOf?: string): Promise<TreatyActionRow[]> {
    return this.db.query(sql`SELECT state, instrument, action, date, source FROM treaty_actions
      WHERE ${sql.and([...(state ? [sql`state = ${state}`] : []), ...(asOf ? [sql`date <= ${asOf}`] : [])])} ORDER BY state, instrument, date`);
  }

  async instruments(state: string): Promise<Instrument[]> {
    const rows = await this.db.query<Record<string, unknown>>(sql`
      SELECT i.*, cu.name AS confirmed_by_name, coalesce((SELECT json_agg(json_build_object('id', p.id, 'instrumentId', p.instrument_id, 'section', p.section,
          'heading', p.heading, 'summary', p.summary,
          'standards', coalesce((SELECT json_agg(json_build_object('catalogueVersion', ps.catalogue_version, 'standardId', ps.standard_id)
             ORDER BY ps.catalogue_version, ps.standard_id) FROM provision_standards ps WHERE ps.provision_id = p.id), '[]'::json))
          ORDER BY p.created_at, p.section) FROM legal_provisions p WHERE p.instrument_id = i.id), '[]'::json) AS provisions
      FROM legal_instruments i LEFT JOIN users cu ON cu.id = i.confirmed_by WHERE i.state = ${state} ORDER BY i.year DESC NULLS LAST, i.title`);
    return rows.map(toInstrument);
  }

  async instrument(id: string): Promise<{ id: string; state: string; reference_key: string | null } | undefined> {
    return this.db.one(sql`SELECT id, state, reference_key FROM legal_instruments WHERE id = ${id}`);
  }

  /** False when it was already confirmed. */
  async confirmInstrument(id: string, by: string): Promise<boolean> {
    return !!(await this.db.one(
      sql`UPDATE legal_instruments SET confirmed_by = ${by}, confirmed_at = now() WHERE id = ${id} AND confirmed_at IS NULL RETURNING id`,
    ));
  }

  async createInstrument(input: InstrumentInput, createdBy: string, demo = false): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`INSERT INTO legal_instruments
      (state, kind, title, citation, year, status, topic, introduced_on, in_force_from, repealed_on, amends, source, demo, created_by)
      VALUES (${input.state}, ${input.kind}, ${input.title}, ${input.citation}, ${input.year ?? null}, ${input.status}, ${input.topic ?? null},
        ${input.introducedOn ?? null}, ${input.inForceFrom ?? null}, ${input.repealedOn ?? null}, ${input.amends ?? null}, ${input.source ?? null}, ${demo}, ${createdBy})
      RETURNING id`);
    return row!.id;
  }

  async updateInstrument(id: string, u: InstrumentUpdate, editedBy: string): Promise<void> {
    const columns: [string, unknown][] = [
      ['kind', u.kind],
      ['title', u.title],
      ['citation', u.citation],
      ['year', u.year],
      ['status', u.status],
      ['topic', u.topic],
      ['introduced_on', u.introducedOn],
      ['in_force_from', u.inForceFrom],
      ['repealed_on', u.repealedOn],
      ['amends', u.amends],
      ['source', u.source],
    ];
    const sets = columns.filter(([, v]) => v !== undefined).map(([c, v]) => sql`${sql.raw(c)} = ${v}`);
    await this.db.query(
      sql`UPDATE legal_instruments SET ${sql.join([...sets, sql`updated_at = now()`, sql`edited_by = ${editedBy}`, sql`edited_at = now()`])} WHERE id = ${id}`,
    );
  }

  async createProvision(instrumentId: string, p: { section: string; heading: string; summary: string }, version: number, standards: string[]): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`INSERT INTO legal_provisions (instrument_id, section, heading, summary)
      VALUES (${instrumentId}, ${p.section}, ${p.heading}, ${p.summary}) RETURNING id`);
    for (const s of standards)
      await this.db.query(sql`INSERT INTO provision_standards (provision_id, catalogue_version, standard_id) VALUES (${row!.id}, ${version}, ${s})`);
    return row!.id;
  }

  /** The provisions among `ids`, with their state and the standards they implement. */
  async provisionsByIds(ids: string[]): Promise<{ id: string; state: string; standards: { catalogue_version: number; standard_id: string }[] }[]> {
    if (!ids.length) return [];
    return this.db.query(sql`SELECT p.id, i.state,
        coalesce((SELECT json_agg(json_build_object('catalogue_version', ps.catalogue_version, 'standard_id', ps.standard_id))
          FROM provision_standards ps WHERE ps.provision_id = p.id), '[]'::json) AS standards
      FROM legal_provisions p JOIN legal_instruments i ON i.id = p.instrument_id WHERE p.id = ANY(${ids}::uuid[])`);
  }

  async cooperationInstruments(filter: { state?: string; asOf?: string } = {}): Promise<CooperationInstrumentRow[]> {
    return this.db.query(sql`SELECT id, kind, title, parties, covers, signed_on, in_force_from, terminated_on, source, demo
      FROM cooperation_instruments WHERE ${sql.and([
        ...(filter.state ? [sql`${filter.state}::text = ANY(parties)`] : []),
        ...(filter.asOf ? [sql`coalesce(in_force_from, signed_on) <= ${filter.asOf}`, sql`(terminated_on IS NULL OR terminated_on > ${filter.asOf})`] : []),
      ])} ORDER BY coalesce(in_force_from, signed_on), title`);
  }

  async createCooperationInstrument(c: Omit<CooperationInstrumentRow, 'id' | 'demo'>, createdBy: string | null, demo = false): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`INSERT INTO cooperation_instruments
      (kind, title, parties, covers, signed_on, in_force_from, terminated_on, source, demo, created_by)
      VALUES (${c.kind}, ${c.title}, ${c.parties}::text[], ${c.covers}::text[], ${c.signed_on}, ${c.in_force_from}, ${c.terminated_on}, ${c.source}, ${demo}, ${createdBy})
      RETURNING id`);
    return row!.id;
  }
}

function toInstrument(r: Record<string, unknown>): Instrument {
  return {
    id: r.id as string,
    state: r.state as string,
    kind: r.kind as Instrument['kind'],
    title: r.title as string,
    citation: r.citation as string,
    year: (r.year as number | null) ?? null,
    status: r.status as Instrument['status'],
    topic: (r.topic as string | null) ?? null,
    introducedOn: (r.introduced_on as string | null) ?? null,
    inForceFrom: (r.in_force_from as string | null) ?? null,
    repealedOn: (r.repealed_on as string | null) ?? null,
    amends: (r.amends as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    demo: r.demo as boolean,
    provisions: r.provisions as Instrument['provisions'],
    reference: r.reference_key
      ? {
          file: 'laws.csv',
          confirmed: r.confirmed_at !== null,
          confirmedBy: r.confirmed_by ? { id: r.confirmed_by as string, name: r.confirmed_by_name as string } : null,
          confirmedAt: (r.confirmed_at as Date | null) ?? null,
          values: r.reference_values as NonNullable<Instrument['reference']>['values'],
          removedAt: (r.reference_removed_at as Date | null) ?? null,
        }
      : null,
  };
}
