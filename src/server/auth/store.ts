// SQL for accounts, sessions and login attempts.

import DataLoader from 'dataloader';
import type { Clearance, OrganisationKind, Role, Subject } from '../access/subject.js';
import { type Db, sql } from '../db/index.js';

/**
 * What every signed-in request knows of its caller's account (the access hook reads it with the session): what access
 * decisions and the request's language need, and nothing secret. The whole row (UserRow) is read only by the routes
 * that need it (the account view, password, second factor).
 */
export interface CallerRow {
  id: string;
  email: string;
  name: string;
  organisation_id: string;
  organisation_kind: OrganisationKind;
  member_code: string | null;
  member_status: 'member' | 'observer' | null;
  roles: Role[];
  clearance: Clearance;
  clearance_expires: string | null;
  /** The language the user chose (en, id, th); null until they choose, when Accept-Language decides. */
  locale: string | null;
  disabled_at: Date | null;
}

export interface UserRow extends CallerRow {
  organisation_name: string;
  clearance_vouched_by: string | null;
  password_hash: string;
  must_change_password: boolean;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number;
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

/** A session row joined with its caller's account, organisation and their state's groups, in one round trip. */
export interface SessionWithUser {
  session: SessionRow;
  user: CallerRow;
  groups: string[];
}

/** The columns of the session query, in the order of its one JSON array (see sessionWithUser). */
type SessionTuple = [
  user_id: string,
  csrf_token: string,
  mfa_pending: boolean,
  created_at: string,
  last_seen_at: string,
  expires_at: string,
  revoked_at: string | null,
  email: string,
  name: string,
  organisation_id: string,
  roles: Role[],
  clearance: Clearance,
  clearance_expires: string | null,
  locale: string | null,
  disabled_at: string | null,
  organisation_kind: OrganisationKind,
  member_code: string | null,
  member_status: 'member' | 'observer' | null,
  groups: string[] | null,
  session_id: string,
];

/**
 * The caller of every session asked for, in one query. A named prepared statement, so it is planned once per
 * connection. The state's groups are a column of members kept by a trigger (migration 0856). Only the columns access
 * decisions need, never the password hash or second-factor secrets, and as ONE text column holding a JSON array: on
 * PGlite every result column costs its own decoding in JavaScript, and 19 columns cost 110 us a call against 69 us for
 * one (bench/session-query.ts). The result type of the prepared statement is one text column whatever columns the
 * tables gain.
 */
const callersOf = (ids: readonly string[]) =>
  sql.prepared(
    'session_callers',
    sql`
      SELECT json_build_array(s.user_id, s.csrf_token, s.mfa_pending, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
               u.email, u.name, u.organisation_id, u.roles, u.clearance, u.clearance_expires, u.locale, u.disabled_at,
               o.kind, o.member_code, m.status, m.group_codes, s.id)::text AS row
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      JOIN organisations o ON o.id = u.organisation_id
      LEFT JOIN members m ON m.code = o.member_code
      WHERE s.id = ANY(${ids}::text[])`,
  );

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
   * Session reads waiting for the next turn of the event loop: every request that arrived in the same turn is
   * answered by ONE query (issue 11 item 6). No cache: a read is sent only after the requests it answers arrived, so
   * a change committed before a request (a sign-out, a role, a disabled account, on any instance) is seen by it. Under
   * load the extra round trip of a signed-in request (a write to the database's socket, waking its backend, reading
   * the answer: more than the query itself, by the CPU profile of bench/http-throughput.ts on PostgreSQL) is shared
   * by the requests of one turn. dataloader (npm) does the batching; its cache is off.
   */
  private readonly callers = new DataLoader<string, SessionWithUser | undefined>((ids) => this.readCallers(ids), {
    cache: false,
    // One read in flight at a time: the requests that arrive while it runs wait for it to end and share the next.
    batchScheduleFn: (send) => {
      if (this.reading) void this.reading.then(() => setImmediate(send));
      else setImmediate(send);
    },
  });
  /** The session read in flight, if any (settles, never rejects). */
  private reading: Promise<unknown> | null = null;

  /**
   * Everything a request needs to know about its caller (session, account, organisation, member status and the groups
   * of its state), in one query shared with the other requests of the same turn: the access hook runs this on every
   * signed-in request. Inside a transaction it reads through that transaction.
   */
  async sessionWithUser(id: string): Promise<SessionWithUser | undefined> {
    return this.db.inTransaction() ? (await this.readCallers([id]))[0] : this.callers.load(id);
  }

  private async readCallers(ids: readonly string[]): Promise<(SessionWithUser | undefined)[]> {
    const read = this.db.query<{ row: string }>(callersOf(ids));
    if (!this.db.inTransaction()) {
      const settled = read.then(
        () => undefined,
        () => undefined,
      );
      this.reading = settled;
      void settled.then(() => {
        if (this.reading === settled) this.reading = null;
      });
    }
    const rows = await read;
    const found = new Map<string, SessionWithUser>();
    for (const { row } of rows) {
      const t = JSON.parse(row) as SessionTuple;
      found.set(t[19], callerFrom(t));
    }
    return ids.map((id) => found.get(id));
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

/** The access facts of a user, from their row and their state's groups. */
export function subjectFrom(user: CallerRow, groups: string[]): Subject {
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

function callerFrom(t: SessionTuple): SessionWithUser {
  return {
    session: {
      id: t[19],
      user_id: t[0],
      csrf_token: t[1],
      mfa_pending: t[2],
      created_at: new Date(t[3]),
      last_seen_at: new Date(t[4]),
      expires_at: new Date(t[5]),
      revoked_at: t[6] === null ? null : new Date(t[6]),
    },
    user: {
      id: t[0],
      email: t[7],
      name: t[8],
      organisation_id: t[9],
      roles: t[10],
      clearance: t[11],
      clearance_expires: t[12],
      locale: t[13],
      disabled_at: t[14] === null ? null : new Date(t[14]),
      organisation_kind: t[15],
      member_code: t[16],
      member_status: t[17],
    },
    groups: t[18] ?? [],
  };
}
