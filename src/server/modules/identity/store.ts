// SQL for the designations of officers to the duties of identity and return; no rules.

import type { Duty } from '../../access/identity.js';
import type { Role } from '../../access/subject.js';
import { type Db, sql } from '../../db/index.js';

export interface DesignationRow {
  userId: string;
  name: string;
  email: string;
  agency: string;
  roles: Role[];
  duty: Duty;
  memberCode: string;
  designatedAt: Date;
}

export class DesignationsStore {
  constructor(private readonly db: Db) {}

  async dutiesOf(userId: string, memberCode: string | null): Promise<Duty[]> {
    if (!memberCode) return [];
    const rows = await this.db.query<{ duty: Duty }>(
      sql`SELECT duty FROM identity_designations WHERE user_id = ${userId} AND member_code = ${memberCode} ORDER BY duty`,
    );
    return rows.map((r) => r.duty);
  }

  list(memberCode: string): Promise<DesignationRow[]> {
    return this.db.query<DesignationRow>(sql`
      SELECT d.user_id::text AS "userId", u.name, u.email, o.name AS agency, u.roles, d.duty, d.member_code AS "memberCode", d.designated_at AS "designatedAt"
      FROM identity_designations d JOIN users u ON u.id = d.user_id JOIN organisations o ON o.id = u.organisation_id
      WHERE d.member_code = ${memberCode} AND u.disabled_at IS NULL ORDER BY d.duty, u.name`);
  }

  /** Active accounts designated for a duty in a state or organisation (to notify them). */
  async designated(memberCode: string, duty: Duty): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(sql`
      SELECT d.user_id::text AS id FROM identity_designations d JOIN users u ON u.id = d.user_id
      WHERE d.member_code = ${memberCode} AND d.duty = ${duty} AND u.disabled_at IS NULL`);
    return rows.map((r) => r.id);
  }

  /** Active focal points of a state or organisation (told of work for a duty nobody holds yet). */
  async focalPoints(memberCode: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(sql`
      SELECT u.id::text AS id FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE o.member_code = ${memberCode} AND 'focal_point' = ANY(u.roles) AND u.disabled_at IS NULL`);
    return rows.map((r) => r.id);
  }

  async designate(userId: string, duty: Duty, memberCode: string, by: string | null): Promise<boolean> {
    const rows = await this.db.query(sql`INSERT INTO identity_designations (user_id, duty, member_code, designated_by)
      VALUES (${userId}, ${duty}, ${memberCode}, ${by}::uuid) ON CONFLICT (user_id, duty) DO NOTHING RETURNING user_id`);
    return rows.length > 0;
  }

  async revoke(userId: string, duty: Duty, memberCode: string): Promise<boolean> {
    const rows = await this.db.query(
      sql`DELETE FROM identity_designations WHERE user_id = ${userId} AND duty = ${duty} AND member_code = ${memberCode} RETURNING user_id`,
    );
    return rows.length > 0;
  }

  /** The member (state or organisation) an account belongs to. */
  async memberOf(userId: string): Promise<string | null> {
    const row = await this.db.one<{ code: string | null }>(
      sql`SELECT o.member_code AS code FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ${userId}`,
    );
    return row?.code ?? null;
  }

  /** The candidates a focal point may designate: active accounts of their state or organisation. */
  candidates(memberCode: string) {
    return this.db.query<{
      userId: string;
      name: string;
      email: string;
      agency: string;
      roles: Role[];
      organisationKind: string;
      clearance: string;
      clearanceExpires: string | null;
    }>(sql`
      SELECT u.id::text AS "userId", u.name, u.email, o.name AS agency, u.roles, o.kind AS "organisationKind", u.clearance, u.clearance_expires AS "clearanceExpires"
      FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE o.member_code = ${memberCode} AND u.disabled_at IS NULL ORDER BY u.name`);
  }
}
