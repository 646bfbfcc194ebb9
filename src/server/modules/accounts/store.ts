// SQL for user and organisation administration.

import type { UserRow } from '../../auth/store.js';
import { type Db, type Sql, sql } from '../../db/index.js';

const userSelect = sql`
  SELECT u.*, o.name AS organisation_name, o.kind AS organisation_kind, o.member_code, m.status AS member_status
  FROM users u JOIN organisations o ON o.id = u.organisation_id LEFT JOIN members m ON m.code = o.member_code`;

export class AccountsStore {
  constructor(private readonly db: Db) {}

  listUsers(scope: Sql, filter: { q?: string; state?: string; role?: string; includeDisabled?: boolean }) {
    const where = [scope];
    if (filter.q) where.push(sql`(lower(u.email) LIKE ${`%${filter.q.toLowerCase()}%`} OR lower(u.name) LIKE ${`%${filter.q.toLowerCase()}%`})`);
    if (filter.state) where.push(sql`o.member_code = ${filter.state}`);
    if (filter.role) where.push(sql`${filter.role}::text = ANY(u.roles)`);
    if (!filter.includeDisabled) where.push(sql`u.disabled_at IS NULL`);
    return this.db.query<UserRow>(sql`${userSelect} WHERE ${sql.and(where)} ORDER BY o.member_code NULLS FIRST, u.name LIMIT 1000`);
  }

  user(id: string) {
    return this.db.one<UserRow>(sql`${userSelect} WHERE u.id = ${id}`);
  }

  secretariat() {
    return this.db.one<{ id: string }>(sql`SELECT id FROM organisations WHERE kind = 'rso'`);
  }

  organisation(id: string) {
    return this.db.one<{ id: string; name: string; kind: string; member_code: string | null }>(sql`SELECT * FROM organisations WHERE id = ${id}`);
  }

  emailTaken(email: string) {
    return this.db.one(sql`SELECT 1 FROM users WHERE lower(email) = lower(${email})`);
  }

  async insertUser(u: {
    email: string;
    name: string;
    organisationId: string;
    roles: string[];
    clearance: string;
    clearanceExpires: string | null;
    vouchedBy: string | null;
    passwordHash: string;
    mustChange: boolean;
    demo?: boolean;
    totpSecret?: string | null;
  }): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO users (email, name, organisation_id, roles, clearance, clearance_expires, clearance_vouched_by, password_hash, must_change_password, demo, totp_secret)
      VALUES (${u.email}, ${u.name}, ${u.organisationId}, ${u.roles}::text[], ${u.clearance}, ${u.clearanceExpires}, ${u.vouchedBy},
              ${u.passwordHash}, ${u.mustChange}, ${u.demo ?? false}, ${u.totpSecret ?? null})
      RETURNING id`);
    return row!.id;
  }

  async updateUser(
    id: string,
    patch: {
      name?: string;
      organisationId?: string;
      roles?: string[];
      clearance?: string;
      clearanceExpires?: string | null;
      vouchedBy?: string | null;
      disabled?: boolean;
    },
  ) {
    const sets: Sql[] = [];
    if (patch.name !== undefined) sets.push(sql`name = ${patch.name}`);
    if (patch.organisationId !== undefined) sets.push(sql`organisation_id = ${patch.organisationId}`);
    if (patch.roles !== undefined) sets.push(sql`roles = ${patch.roles}::text[]`);
    if (patch.clearance !== undefined) sets.push(sql`clearance = ${patch.clearance}`);
    if (patch.clearanceExpires !== undefined) sets.push(sql`clearance_expires = ${patch.clearanceExpires}`);
    if (patch.vouchedBy !== undefined) sets.push(sql`clearance_vouched_by = ${patch.vouchedBy}`);
    if (patch.disabled !== undefined) sets.push(patch.disabled ? sql`disabled_at = coalesce(disabled_at, now())` : sql`disabled_at = NULL`);
    if (sets.length === 0) return;
    await this.db.query(sql`UPDATE users SET ${sql.join(sets)} WHERE id = ${id}`);
  }

  async setPassword(id: string, hash: string, mustChange: boolean) {
    await this.db.query(sql`UPDATE users SET password_hash = ${hash}, password_changed_at = now(), must_change_password = ${mustChange} WHERE id = ${id}`);
  }

  memberKind(code: string) {
    return this.db.one<{ kind: string }>(sql`SELECT kind FROM members WHERE code = ${code}`);
  }

  async resetMfa(id: string) {
    await this.db.query(sql`UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = 0 WHERE id = ${id}`);
  }

  async revokeSessions(userId: string) {
    await this.db.query(sql`UPDATE sessions SET revoked_at = now() WHERE user_id = ${userId} AND revoked_at IS NULL`);
  }

  listOrganisations(scope: Sql) {
    return this.db.query<{ id: string; name: string; kind: string; member_code: string | null; demo: boolean; users: number }>(sql`
      SELECT o.id, o.name, o.kind, o.member_code, o.demo, (SELECT count(*)::int FROM users u WHERE u.organisation_id = o.id) AS users
      FROM organisations o WHERE ${scope} ORDER BY o.member_code NULLS FIRST, o.name`);
  }

  async insertOrganisation(o: { name: string; kind: string; memberCode: string | null; demo?: boolean }): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO organisations (name, kind, member_code, demo) VALUES (${o.name}, ${o.kind}, ${o.memberCode}, ${o.demo ?? false}) RETURNING id`);
    return row!.id;
  }

  organisationByName(name: string, memberCode: string | null) {
    return this.db.one<{ id: string }>(sql`
      SELECT id FROM organisations WHERE lower(name) = lower(${name}) AND coalesce(member_code, '') = coalesce(${memberCode}::text, '')`);
  }

  /** Enabled accounts whose clearance ends within [from, until]: the expiry warning duty's list. */
  clearancesEnding(from: string, until: string) {
    return this.db.query<{ id: string; state: string | null; clearance: string; clearanceExpires: string }>(sql`
      SELECT u.id, o.member_code AS state, u.clearance, u.clearance_expires AS "clearanceExpires"
      FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE u.disabled_at IS NULL AND u.clearance <> 'none' AND u.clearance_expires BETWEEN ${from} AND ${until}
      ORDER BY u.clearance_expires, u.id`);
  }

  /** Who vouches for clearances of a state (its focal points), or the RSO administrators for RSO accounts. */
  vouchersFor(state: string | null) {
    return this.db.query<{ id: string }>(
      state
        ? sql`SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id
          WHERE o.member_code = ${state} AND u.disabled_at IS NULL AND 'focal_point' = ANY(u.roles)`
        : sql`SELECT id FROM users WHERE disabled_at IS NULL AND 'admin' = ANY(roles)`,
    );
  }
}
