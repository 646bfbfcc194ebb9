// SQL for accounts, sessions and login attempts.

import type { Clearance, OrganisationKind, Role, Subject } from '../access/subject.js';
import { type Db, sql } from '../db/index.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  member_code: string | null;
  member_status: 'member' | 'observer' | null;
  roles: Role[];
  clearance: Clearance;
  clearance_expires: string | null;
  clearance_vouched_by: string | null;
  password_hash: string;
  must_change_password: boolean;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number;
  /** The language the user chose (en, id, th); null until they choose, when Accept-Language decides. */
  locale: string | null;
  disabled_at: Date | null;
  demo: boolean;
  created_at: Date;
}

export interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  mfa_pending: boolean;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

/** A session row joined with its user, the user's organisation and their state's groups, in one round trip. */
export interface SessionWithUser {
  session: SessionRow;
  user: UserRow;
  groups: string[];
}

const userSelect = sql`
  SELECT u.*, o.name AS organisation_name, o.kind AS organisation_kind, o.member_code, m.status AS member_status
  FROM users u JOIN organisations o ON o.id = u.organisation_id LEFT JOIN members m ON m.code = o.member_code`;

export class AuthStore {
  constructor(private readonly db: Db) {}

  userByEmail(email: string) {
    return this.db.one<UserRow>(sql`${userSelect} WHERE lower(u.email) = lower(${email})`);
  }

  userById(id: string) {
    return this.db.one<UserRow>(sql`${userSelect} WHERE u.id = ${id}`);
  }

  async groupsOf(memberCode: string | null): Promise<string[]> {
    if (!memberCode) return [];
    const rows = await this.db.query<{ group_code: string }>(sql`SELECT group_code FROM group_members WHERE member_code = ${memberCode} ORDER BY group_code`);
    return rows.map((r) => r.group_code);
  }

  async subjectOf(user: UserRow): Promise<Subject> {
    return subjectFrom(user, await this.groupsOf(user.member_code));
  }

  /**
   * Everything a request needs to know about its caller (session, account, organisation, member status and the groups
   * of its state), in one query: the access hook runs this on every signed-in request (issue 11 item 6). A named
   * prepared statement, so it is planned once per connection (as text it was planned again on every request, which
   * cost more than the rest of the request). The state's groups are a column of members kept by a trigger (migration
   * 0856), not a subquery: the subquery cost a third of this query on PGlite. The rows travel as jsonb so that a column added to users or sessions needs
   * no change here (and the prepared statement's result type never changes under it).
   */
  async sessionWithUser(id: string): Promise<SessionWithUser | undefined> {
    const row = await this.db.one<{
      session: Record<string, unknown>;
      account: Record<string, unknown>;
      organisation_name: string;
      organisation_kind: OrganisationKind;
      member_code: string | null;
      member_status: 'member' | 'observer' | null;
      groups: string[] | null;
    }>(
      sql.prepared(
        'session_subject',
        sql`
      SELECT to_jsonb(s) AS session, to_jsonb(u) AS account, o.name::text AS organisation_name, o.kind::text AS organisation_kind,
             o.member_code::text AS member_code, m.status::text AS member_status,
             m.group_codes AS groups
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      JOIN organisations o ON o.id = u.organisation_id
      LEFT JOIN members m ON m.code = o.member_code
      WHERE s.id = ${id}`,
      ),
    );
    if (!row) return undefined;
    return {
      session: withDates(row.session) as unknown as SessionRow,
      user: {
        ...withDates(row.account),
        organisation_name: row.organisation_name,
        organisation_kind: row.organisation_kind,
        member_code: row.member_code,
        member_status: row.member_status,
      } as unknown as UserRow,
      groups: row.groups ?? [],
    };
  }

  async recentFailures(email: string, ip: string, sinceMinutes: number) {
    const row = await this.db.one<{ by_email: number; by_ip: number; last_failure: Date | null }>(sql`
      WITH last_ok AS (
        SELECT coalesce(max(at), 'epoch'::timestamptz) AS at FROM login_attempts WHERE lower(email) = lower(${email}) AND success
      )
      SELECT
        (SELECT count(*) FROM login_attempts, last_ok WHERE lower(email) = lower(${email}) AND NOT success
           AND login_attempts.at > last_ok.at AND login_attempts.at > now() - make_interval(mins => ${sinceMinutes}))::int AS by_email,
        (SELECT count(*) FROM login_attempts WHERE ip = ${ip} AND NOT success
           AND at > now() - make_interval(mins => ${sinceMinutes}))::int AS by_ip,
        (SELECT max(at) FROM login_attempts WHERE lower(email) = lower(${email}) AND NOT success) AS last_failure`);
    return row ?? { by_email: 0, by_ip: 0, last_failure: null };
  }

  async recordAttempt(email: string, ip: string, success: boolean) {
    await this.db.query(sql`INSERT INTO login_attempts (email, ip, success) VALUES (${email}, ${ip}, ${success})`);
  }

  async setTotpStep(userId: string, step: number) {
    await this.db.query(sql`UPDATE users SET totp_last_step = ${step} WHERE id = ${userId}`);
  }

  async setPendingTotp(userId: string, secret: string | null) {
    await this.db.query(sql`UPDATE users SET totp_pending_secret = ${secret} WHERE id = ${userId}`);
  }

  async confirmTotp(userId: string, secret: string, step: number) {
    await this.db.query(sql`
      UPDATE users SET totp_secret = ${secret}, totp_pending_secret = NULL, totp_last_step = ${step} WHERE id = ${userId}`);
  }

  async setPassword(userId: string, hash: string, mustChange: boolean) {
    await this.db.query(sql`
      UPDATE users SET password_hash = ${hash}, password_changed_at = now(), must_change_password = ${mustChange} WHERE id = ${userId}`);
  }

  async setLocale(userId: string, locale: string) {
    await this.db.query(sql`UPDATE users SET locale = ${locale} WHERE id = ${userId}`);
  }

  async createSession(s: { id: string; userId: string; csrf: string; mfaPending: boolean; expiresAt: Date; ip: string; userAgent: string | null }) {
    await this.db.query(sql`
      INSERT INTO sessions (id, user_id, csrf_token, mfa_pending, expires_at, ip, user_agent)
      VALUES (${s.id}, ${s.userId}, ${s.csrf}, ${s.mfaPending}, ${s.expiresAt}, ${s.ip}, ${s.userAgent})`);
  }

  /** Marks the session used now; the condition keeps concurrent requests of one session from all writing. */
  async touchSession(id: string, olderThanSeconds: number) {
    await this.db.query(sql`
      UPDATE sessions SET last_seen_at = now()
      WHERE id = ${id} AND last_seen_at < now() - make_interval(secs => ${olderThanSeconds})`);
  }

  async clearMfaPending(id: string) {
    await this.db.query(sql`UPDATE sessions SET mfa_pending = false WHERE id = ${id}`);
  }

  async revokeSession(id: string) {
    await this.db.query(sql`UPDATE sessions SET revoked_at = now() WHERE id = ${id} AND revoked_at IS NULL`);
  }

  async revokeAllSessions(userId: string): Promise<number> {
    const rows = await this.db.query(sql`
      UPDATE sessions SET revoked_at = now() WHERE user_id = ${userId} AND revoked_at IS NULL RETURNING id`);
    return rows.length;
  }

  async activeSessions(userId: string) {
    return this.db.query<SessionRow & { ip: string | null; user_agent: string | null }>(sql`
      SELECT * FROM sessions WHERE user_id = ${userId} AND revoked_at IS NULL AND expires_at > now() ORDER BY last_seen_at DESC`);
  }

  /** Removes sessions that ended (expired, idle past the limit, or revoked) before `before`; answers how many. */
  async deleteEndedSessions(before: Date, idleMinutes: number): Promise<number> {
    const rows = await this.db.query(sql`
      DELETE FROM sessions WHERE expires_at < ${before} OR revoked_at < ${before}
        OR last_seen_at < ${before}::timestamptz - make_interval(mins => ${idleMinutes}) RETURNING 1`);
    return rows.length;
  }

  /** Removes login attempts older than `before` (they only matter for the lock-out window); answers how many. */
  async deleteLoginAttempts(before: Date): Promise<number> {
    const rows = await this.db.query(sql`DELETE FROM login_attempts WHERE at < ${before} RETURNING 1`);
    return rows.length;
  }
}

/** Timestamps arrive as ISO text inside jsonb; every timestamp column of ours is named *_at. */
function withDates(row: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(row)) if (key.endsWith('_at') && typeof value === 'string') result[key] = new Date(value);
  return result;
}

/** The access facts of a user, from their row and their state's groups. */
export function subjectFrom(user: UserRow, groups: string[]): Subject {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    organisationId: user.organisation_id,
    organisationKind: user.organisation_kind,
    state: user.member_code,
    memberStatus: user.organisation_kind === 'rso' ? 'secretariat' : (user.member_status ?? 'observer'),
    roles: user.roles,
    clearance: user.clearance,
    clearanceExpires: user.clearance_expires,
    groups,
  };
}
