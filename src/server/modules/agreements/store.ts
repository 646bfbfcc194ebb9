// SQL for agreements and their parties, and the "active on a date" rule the check and the matrix share.
import { type Db, type Sql, sql } from '../../db/index.js';
import type { Agreement } from './schemas.js';

/** An agreement is active on a date when it has taken effect, has not expired and has not been terminated. */
export function activeOn(date: string, a = 'ag'): Sql {
  const c = (col: string) => sql.raw(`${a}.${col}`);
  return sql`(${c('status')} IN ('in_force', 'expired', 'terminated')
    AND ${c('effective_on')} <= ${date}::date
    AND (${c('expires_on')} IS NULL OR ${c('expires_on')} >= ${date}::date)
    AND (${c('status')} <> 'expired' OR ${c('expires_on')} IS NOT NULL)
    AND (${c('status')} <> 'terminated' OR ${c('terminated_on')} > ${date}::date)
    AND (${c('terminated_on')} IS NULL OR ${c('terminated_on')} > ${date}::date))`;
}

const agreementCols = sql`ag.id::text, ag.title, ag.type, ag.scope, ag.status, ag.signed_on AS "signedOn", ag.effective_on AS "effectiveOn",
  ag.expires_on AS "expiresOn", ag.terminated_on AS "terminatedOn", ag.place_of_signature AS "placeOfSignature", ag.notes, ag.demo,
  coalesce((SELECT json_agg(json_build_object(
      'state', p.member_code, 'stateName', m.name, 'focalPointId', p.focal_point_id::text,
      'focalPoint', CASE WHEN cp.id IS NULL THEN NULL ELSE json_build_object('name', cp.name, 'position', cp.position, 'agency', cp.agency, 'email', cp.email, 'secureChannel', cp.secure_channel) END,
      'signatoryName', p.signatory_name, 'signatoryTitle', p.signatory_title) ORDER BY m.name)
    FROM agreement_parties p JOIN members m ON m.code = p.member_code LEFT JOIN contact_points cp ON cp.id = p.focal_point_id
    WHERE p.agreement_id = ag.id), '[]'::json) AS parties`;

type Row = Omit<Agreement, 'kind'>;
const withKind = (r: Row): Agreement => ({ ...r, kind: r.parties.length > 2 ? 'multilateral' : 'bilateral' });

export interface AgreementRow {
  title: string;
  type: string;
  scope: string[];
  status: string;
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  terminatedOn: string | null;
  placeOfSignature: string;
  notes: string;
}

export class AgreementsStore {
  constructor(private readonly db: Db) {}

  async list(where: Sql[]): Promise<Agreement[]> {
    const rows = await this.db.query<Row>(sql`SELECT ${agreementCols} FROM agreements ag WHERE ${sql.and(where)}
      ORDER BY coalesce(ag.effective_on, ag.signed_on) DESC NULLS LAST, ag.title`);
    return rows.map(withKind);
  }

  async get(id: string): Promise<Agreement | undefined> {
    return (await this.list([sql`ag.id = ${id}`]))[0];
  }

  /** Agreements with every one of these states as a party. */
  static withParties(states: string[]): Sql {
    return sql`(SELECT count(DISTINCT p.member_code) FROM agreement_parties p WHERE p.agreement_id = ag.id AND p.member_code = ANY(${states}::text[])) = ${states.length}`;
  }

  /** Agreements with both states as parties, found through the parties index rather than by scanning every agreement. */
  static between(a: string, b: string): Sql {
    return sql`ag.id IN (SELECT pa.agreement_id FROM agreement_parties pa JOIN agreement_parties pb ON pb.agreement_id = pa.agreement_id
      WHERE pa.member_code = ${a} AND pb.member_code = ${b})`;
  }

  async insert(row: AgreementRow & { demo: boolean; createdBy: string | null }): Promise<string> {
    const r = await this.db.one<{ id: string }>(sql`
      INSERT INTO agreements (title, type, scope, status, signed_on, effective_on, expires_on, terminated_on, place_of_signature, notes, demo, created_by)
      VALUES (${row.title}, ${row.type}, ${row.scope}::text[], ${row.status}, ${row.signedOn}, ${row.effectiveOn}, ${row.expiresOn}, ${row.terminatedOn},
        ${row.placeOfSignature}, ${row.notes}, ${row.demo}, ${row.createdBy})
      RETURNING id::text`);
    return r!.id;
  }

  async update(id: string, row: AgreementRow) {
    await this.db.query(sql`
      UPDATE agreements SET title = ${row.title}, type = ${row.type}, scope = ${row.scope}::text[], status = ${row.status}, signed_on = ${row.signedOn},
        effective_on = ${row.effectiveOn}, expires_on = ${row.expiresOn}, terminated_on = ${row.terminatedOn},
        place_of_signature = ${row.placeOfSignature}, notes = ${row.notes}, updated_at = now()
      WHERE id = ${id}`);
  }

  async setParties(id: string, parties: { state: string; focalPointId: string | null; signatoryName: string; signatoryTitle: string }[]) {
    await this.db.query(sql`DELETE FROM agreement_parties WHERE agreement_id = ${id}`);
    for (const p of parties)
      await this.db.query(sql`INSERT INTO agreement_parties (agreement_id, member_code, focal_point_id, signatory_name, signatory_title)
        VALUES (${id}, ${p.state}, ${p.focalPointId}, ${p.signatoryName}, ${p.signatoryTitle})`);
  }

  /** States party to any agreement, with names, for the matrix axes. */
  partyStates() {
    return this.db.query<{ code: string; name: string }>(sql`
      SELECT DISTINCT m.code, m.name FROM agreement_parties p JOIN members m ON m.code = p.member_code ORDER BY m.name`);
  }

  /** Each pair of states under an agreement active on the date (optionally with one of these scopes). */
  activePairs(date: string, scopes: string[] | null) {
    return this.db.query<{ a: string; b: string; id: string; title: string; scope: string[]; demo: boolean }>(sql`
      SELECT pa.member_code AS a, pb.member_code AS b, ag.id::text, ag.title, ag.scope, ag.demo
      FROM agreements ag
      JOIN agreement_parties pa ON pa.agreement_id = ag.id
      JOIN agreement_parties pb ON pb.agreement_id = ag.id AND pb.member_code > pa.member_code
      WHERE ${activeOn(date)} ${scopes ? sql`AND ag.scope && ${scopes}::text[]` : sql``}
      ORDER BY a, b, ag.title`);
  }

  /** Contact points by id with their state (to check focal points belong to their party). */
  contactPointStates(ids: string[]) {
    return this.db.query<{ id: string; state: string }>(sql`SELECT id::text, state FROM contact_points WHERE id = ANY(${ids}::uuid[])`);
  }
}
