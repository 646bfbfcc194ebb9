// SQL for capacity needs, offers and agreed assistance.
import { type Db, sql } from '../../db/index.js';
import type { Need, NeedInput, Offer, OfferInput } from './schemas.js';

const needCols =
  sql.raw(`n.id, n.state, m.name AS "stateName", m.subregion, n.title, n.description, n.help_kind AS "helpKind", n.topic, n.priority, n.languages,
  to_char(n.wanted_from, 'YYYY-MM-DD') AS "wantedFrom", to_char(n.wanted_until, 'YYYY-MM-DD') AS "wantedUntil", n.source, n.source_ref AS "sourceRef",
  n.status, n.demo, n.created_at AS "createdAt"`);
const offerCols = sql.raw(`o.id, o.provider, m.name AS "providerName", o.title, o.description, o.help_kinds AS "helpKinds", o.topics, o.subregions, o.languages,
  to_char(o.available_from, 'YYYY-MM-DD') AS "availableFrom", to_char(o.available_until, 'YYYY-MM-DD') AS "availableUntil", o.status, o.demo, o.created_at AS "createdAt"`);

export interface AssistanceRow {
  id: string;
  needId: string;
  offerId: string;
  needTitle: string;
  offerTitle: string;
  state: string;
  provider: string;
  status: 'agreed' | 'in_progress' | 'completed' | 'cancelled';
  agreedOn: string;
  completedOn: string | null;
  progress: { on: string; note: string; status: string; by: string | null }[];
  demo: boolean;
}
const assistanceCols =
  sql.raw(`a.id, a.need_id AS "needId", a.offer_id AS "offerId", n.title AS "needTitle", o.title AS "offerTitle", n.state, o.provider, a.status,
  to_char(a.agreed_on, 'YYYY-MM-DD') AS "agreedOn", to_char(a.completed_on, 'YYYY-MM-DD') AS "completedOn", a.progress, a.demo`);

export class CapacityStore {
  constructor(private readonly db: Db) {}

  needs(filter: { state?: string; status?: string; helpKind?: string; id?: string } = {}) {
    const where = [];
    if (filter.id) where.push(sql`n.id = ${filter.id}`);
    if (filter.state) where.push(sql`n.state = ${filter.state}`);
    if (filter.status) where.push(sql`n.status = ${filter.status}`);
    if (filter.helpKind) where.push(sql`n.help_kind = ${filter.helpKind}`);
    return this.db.query<Need>(sql`SELECT ${needCols} FROM capacity_needs n JOIN members m ON m.code = n.state WHERE ${sql.and(where)}
      ORDER BY CASE n.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, n.created_at DESC`);
  }

  async hasDemoNeeds(): Promise<boolean> {
    return (await this.db.one(sql`SELECT 1 FROM capacity_needs WHERE demo LIMIT 1`)) !== undefined;
  }

  async need(id: string): Promise<Need | undefined> {
    return (await this.needs({ id }))[0];
  }

  async insertNeed(n: NeedInput, by: string | null, demo = false) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO capacity_needs (state, title, description, help_kind, topic, priority, languages, wanted_from, wanted_until, source, source_ref, created_by, demo)
      VALUES (${n.state}, ${n.title}, ${n.description}, ${n.helpKind}, ${n.topic ?? null}, ${n.priority}, ${n.languages}::text[], ${n.wantedFrom ?? null},
        ${n.wantedUntil ?? null}, ${n.source}, ${n.sourceRef ?? null}, ${by}, ${demo}) RETURNING id`);
    return row!.id;
  }

  async updateNeed(id: string, u: { priority?: string; status?: string; description?: string }) {
    await this.db.query(sql`UPDATE capacity_needs SET priority = coalesce(${u.priority ?? null}, priority), status = coalesce(${u.status ?? null}, status),
      description = coalesce(${u.description ?? null}, description) WHERE id = ${id}`);
  }

  offers(filter: { id?: string; provider?: string } = {}) {
    const where = [];
    if (filter.id) where.push(sql`o.id = ${filter.id}`);
    if (filter.provider) where.push(sql`o.provider = ${filter.provider}`);
    return this.db.query<Offer>(
      sql`SELECT ${offerCols} FROM capacity_offers o JOIN members m ON m.code = o.provider WHERE ${sql.and(where)} ORDER BY o.created_at DESC`,
    );
  }

  async insertOffer(o: OfferInput, by: string | null, demo = false) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO capacity_offers (provider, title, description, help_kinds, topics, subregions, languages, available_from, available_until, created_by, demo)
      VALUES (${o.provider}, ${o.title}, ${o.description}, ${o.helpKinds}::text[], ${o.topics}::text[], ${o.subregions}::text[], ${o.languages}::text[],
        ${o.availableFrom ?? null}, ${o.availableUntil ?? null}, ${by}, ${demo}) RETURNING id`);
    return row!.id;
  }

  assistance(filter: { id?: string; needId?: string } = {}) {
    const where = [];
    if (filter.id) where.push(sql`a.id = ${filter.id}`);
    if (filter.needId) where.push(sql`a.need_id = ${filter.needId}`);
    return this.db.query<AssistanceRow>(sql`SELECT ${assistanceCols} FROM capacity_assistance a JOIN capacity_needs n ON n.id = a.need_id
      JOIN capacity_offers o ON o.id = a.offer_id WHERE ${sql.and(where)} ORDER BY a.agreed_on DESC`);
  }

  async insertAssistance(needId: string, offerId: string, agreedOn: string, by: string | null, demo = false) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO capacity_assistance (need_id, offer_id, agreed_on, created_by, demo) VALUES (${needId}, ${offerId}, ${agreedOn}, ${by}, ${demo})
      ON CONFLICT (need_id, offer_id) DO NOTHING RETURNING id`);
    return row?.id ?? null;
  }

  async updateAssistance(id: string, status: string, entry: { on: string; note: string; status: string; by: string | null }) {
    await this.db.query(sql`UPDATE capacity_assistance SET status = ${status}, progress = progress || ${JSON.stringify([entry])}::jsonb,
      completed_on = ${status === 'completed' ? entry.on : null} WHERE id = ${id}`);
  }

  subregions() {
    return this.db.query<{ code: string; subregion: string | null }>(sql`SELECT code, subregion FROM members`);
  }

  memberKind(code: string) {
    return this.db.one<{ kind: string }>(sql`SELECT kind FROM members WHERE code = ${code}`);
  }
}
