// SQL for referral and return cases, their consents and timeline, and their erasure; no rules.

import type { Classification } from '../../access/subject.js';
import { type Db, type Sql, sql } from '../../db/index.js';
import type { CasePerson, CaseStatus, ConsentScope } from './schemas.js';

export interface CaseRow {
  id: string;
  reference: string;
  kind: 'victim' | 'migrant';
  hostState: string;
  homeState: string;
  person: CasePerson;
  identifiedOn: string;
  classification: Exclude<Classification, 'public' | 'members'>;
  status: CaseStatus;
  shareHome: boolean;
  shareOrg: boolean;
  referredTo: string | null;
  referredOn: string | null;
  protection: string[];
  protectionNotes: string;
  travelDocument: { type: string; number: string; issuedOn: string; validUntil?: string; mission: string } | null;
  returnOn: string | null;
  escort: string;
  reception: string;
  returnedOn: string | null;
  receivedOn: string | null;
  verificationId: string | null;
  agreementId: string | null;
  retentionMonths: number;
  retentionUntil: string;
  demo: boolean;
  createdAt: Date;
  closedAt: Date | null;
}

const columns = (a: string) =>
  sql.raw(`${a}.id::text, ${a}.reference, ${a}.kind, ${a}.host_state AS "hostState", ${a}.home_state AS "homeState", ${a}.person,
  ${a}.identified_on AS "identifiedOn", ${a}.classification, ${a}.status, ${a}.share_home AS "shareHome", ${a}.share_org AS "shareOrg",
  ${a}.referred_to AS "referredTo", ${a}.referred_on AS "referredOn", ${a}.protection, ${a}.protection_notes AS "protectionNotes",
  ${a}.travel_document AS "travelDocument", ${a}.return_on AS "returnOn", ${a}.escort, ${a}.reception, ${a}.returned_on AS "returnedOn",
  ${a}.received_on AS "receivedOn", ${a}.verification_id::text AS "verificationId", ${a}.agreement_id::text AS "agreementId",
  ${a}.retention_months AS "retentionMonths", ${a}.retention_until AS "retentionUntil", ${a}.demo, ${a}.created_at AS "createdAt", ${a}.closed_at AS "closedAt"`);

/** Columns a step may change (camelCase field -> SQL column). */
const CHANGEABLE = {
  status: 'status',
  shareHome: 'share_home',
  shareOrg: 'share_org',
  referredTo: 'referred_to',
  referredOn: 'referred_on',
  protection: 'protection',
  protectionNotes: 'protection_notes',
  travelDocument: 'travel_document',
  returnOn: 'return_on',
  escort: 'escort',
  reception: 'reception',
  returnedOn: 'returned_on',
  receivedOn: 'received_on',
  closedAt: 'closed_at',
} as const;
export type CaseChange = Partial<Pick<CaseRow, keyof typeof CHANGEABLE>>;

export interface ConsentRow {
  id: string;
  scope: ConsentScope;
  givenOn: string;
  givenBy: 'person' | 'guardian';
  informedIn: string;
  withdrawnOn: string | null;
  note: string;
}

export class VictimsStore {
  constructor(private readonly db: Db) {}

  async insert(
    r: Omit<
      CaseRow,
      | 'id'
      | 'status'
      | 'shareHome'
      | 'shareOrg'
      | 'referredTo'
      | 'referredOn'
      | 'travelDocument'
      | 'returnOn'
      | 'escort'
      | 'reception'
      | 'returnedOn'
      | 'receivedOn'
      | 'retentionUntil'
      | 'createdAt'
      | 'closedAt'
    > & { shareHome: boolean; createdBy: string | null },
  ): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO victim_cases (reference, kind, host_state, home_state, person, identified_on, classification, share_home, protection, protection_notes,
        verification_id, agreement_id, retention_months, retention_until, created_by, demo)
      VALUES (${r.reference}, ${r.kind}, ${r.hostState}, ${r.homeState}, ${JSON.stringify(r.person)}::jsonb, ${r.identifiedOn}, ${r.classification}, ${r.shareHome},
        ${r.protection}::text[], ${r.protectionNotes}, ${r.verificationId}::uuid, ${r.agreementId}::uuid, ${r.retentionMonths},
        (${r.identifiedOn}::date + make_interval(months => ${r.retentionMonths}::int))::date, ${r.createdBy}::uuid, ${r.demo})
      RETURNING id::text`);
    return row!.id;
  }

  get(id: string, visible: Sql): Promise<CaseRow | undefined> {
    return this.db.one<CaseRow>(sql`SELECT ${columns('c')} FROM victim_cases c WHERE c.id = ${id} AND ${visible}`);
  }

  page(where: Sql, limit: number, offset: number): Promise<CaseRow[]> {
    return this.db.query<CaseRow>(sql`SELECT ${columns('c')} FROM victim_cases c WHERE ${where}
      ORDER BY (c.status NOT IN ('returned', 'closed')) DESC, c.created_at DESC, c.id LIMIT ${limit + 1} OFFSET ${offset}`);
  }

  /**
   * Applies a change and recomputes the retention date: the period runs from the case's last milestone (closed,
   * received, returned, or identified), so an active case is never erased under the officers working it.
   */
  async update(id: string, change: CaseChange) {
    const sets = Object.entries(change).map(([k, v]) => {
      const column = sql.raw(CHANGEABLE[k as keyof typeof CHANGEABLE]);
      if (k === 'protection') return sql`${column} = ${v}::text[]`;
      if (k === 'travelDocument') return sql`${column} = ${v === null ? null : JSON.stringify(v)}::jsonb`;
      return sql`${column} = ${v}`;
    });
    await this.db.query(sql`UPDATE victim_cases SET ${sql.join([...sets, sql`updated_at = now()`])} WHERE id = ${id}`);
    await this.db.query(sql`UPDATE victim_cases SET retention_until = (greatest(identified_on, returned_on, received_on, closed_at::date, updated_at::date)
      + make_interval(months => retention_months))::date WHERE id = ${id}`);
  }

  async addConsent(caseId: string, c: Omit<ConsentRow, 'id' | 'withdrawnOn'>, by: string | null): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO victim_consents (case_id, scope, given_on, given_by, informed_in, recorded_by, note)
      VALUES (${caseId}, ${c.scope}, ${c.givenOn}, ${c.givenBy}, ${c.informedIn}, ${by}::uuid, ${c.note}) RETURNING id::text`);
    return row!.id;
  }

  async withdrawConsent(caseId: string, consentId: string, on: string, by: string | null): Promise<ConsentRow | undefined> {
    return this.db.one<ConsentRow>(sql`
      UPDATE victim_consents SET withdrawn_on = ${on}, withdrawn_by = ${by}::uuid WHERE case_id = ${caseId} AND id = ${consentId} AND withdrawn_on IS NULL
      RETURNING id::text, scope, given_on AS "givenOn", given_by AS "givenBy", informed_in AS "informedIn", withdrawn_on AS "withdrawnOn", note`);
  }

  consents(caseId: string) {
    return this.db.query<ConsentRow>(sql`
      SELECT id::text, scope, given_on AS "givenOn", given_by AS "givenBy", informed_in AS "informedIn", withdrawn_on AS "withdrawnOn", note
      FROM victim_consents WHERE case_id = ${caseId} ORDER BY recorded_at, id`);
  }

  async addEvent(caseId: string, e: { actorId: string | null; actorState: string | null; kind: string; note?: string }) {
    await this.db.query(
      sql`INSERT INTO victim_case_events (case_id, actor_id, actor_state, kind, note) VALUES (${caseId}, ${e.actorId}::uuid, ${e.actorState}, ${e.kind}, ${e.note ?? ''})`,
    );
  }

  events(caseId: string) {
    return this.db.query<{ at: Date; actorState: string | null; actorName: string | null; kind: string; note: string }>(sql`
      SELECT e.at, e.actor_state AS "actorState", u.name AS "actorName", e.kind, e.note FROM victim_case_events e LEFT JOIN users u ON u.id = e.actor_id
      WHERE e.case_id = ${caseId} ORDER BY e.at, e.id`);
  }

  /** Cases whose retention period has run out, with only what the erasure trace keeps. */
  expired(today: string, limit: number) {
    return this.db.query<{
      id: string;
      reference: string;
      kind: string;
      hostState: string;
      homeState: string;
      referredTo: string | null;
      status: string;
      identifiedMonth: string;
      retentionUntil: string;
    }>(sql`
      SELECT id::text, reference, kind, host_state AS "hostState", home_state AS "homeState", referred_to AS "referredTo", status,
        to_char(identified_on, 'YYYY-MM') AS "identifiedMonth", retention_until AS "retentionUntil"
      FROM victim_cases WHERE retention_until < ${today}::date ORDER BY retention_until LIMIT ${limit}`);
  }

  /** Deletes the case with its consents and timeline (cascade); the verification that started it keeps only the id. */
  async erase(id: string) {
    await this.db.query(sql`DELETE FROM victim_cases WHERE id = ${id}`);
  }
}
