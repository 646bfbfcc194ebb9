// Signing in and out: passwords, the TOTP second factor, lockout, and sessions with idle and absolute timeouts.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { requiresMfa, type Subject } from '../access/subject.js';
import type { AuditIdentity, AuditLog } from '../audit/log.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { DomainError, Invalid, TooManyRequests, Unauthenticated } from '../errors.js';
import type { Keyring } from '../secrets/keyring.js';
import { say } from './messages.js';
import { burnPasswordCheck, hashPassword, passwordWeakness, verifyPassword } from './passwords.js';
import { AuthStore, type CallerRow, type SessionRow, subjectFrom, type UserRow } from './store.js';
import { enrolment, newTotpSecret, verifyTotp } from './totp.js';
import { type UserView, userView } from './view.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  user: UserView;
  subject: Subject;
  mfaEnrolmentRequired: boolean;
}

export interface ResolvedSession {
  session: SessionRow;
  /** What access decisions need of the account; the whole row is `account()`. */
  user: CallerRow;
  subject: Subject;
}

/** How often a session's last-seen time is written: the idle timeout needs no finer grain. */
const lastSeenEverySeconds = 60;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class AuthService {
  readonly store: AuthStore;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly config: Config,
    /** TOTP secrets are stored sealed; they are opened only to check a code. */
    private readonly secrets: Keyring,
  ) {
    this.store = new AuthStore(db);
  }

  async login(input: { email: string; password: string; totp?: string }, client: ClientInfo): Promise<SignedIn> {
    const actor: AuditIdentity = { id: null, email: input.email, state: null, ip: client.ip };
    const refuse = async (error: DomainError, userId: string | null, countsAsFailure = true) => {
      if (countsAsFailure) await this.store.recordAttempt(input.email, client.ip, false);
      await this.audit.record(
        { ...actor, id: userId },
        { action: 'auth.login', outcome: 'denied', targetType: 'user', targetId: userId, detail: { reason: error.code } },
      );
      throw Object.assign(error, { audited: true });
    };

    const failures = await this.store.recentFailures(input.email, client.ip, this.config.loginLockMinutes);
    const lockSeconds = this.config.loginLockMinutes * 60;
    if (failures.by_email >= this.config.loginMaxFailures) await refuse(new TooManyRequests(say('tooManyForAccount'), lockSeconds), null, false);
    if (failures.by_ip >= this.config.loginMaxFailures * 4) await refuse(new TooManyRequests(say('tooManyFromAddress'), lockSeconds), null, false);

    const user = await this.store.userByEmail(input.email);
    if (!user) {
      await burnPasswordCheck(input.password);
      return refuse(new Unauthenticated(say('wrongCredentials'), 'invalid_credentials'), null);
    }
    if (!(await verifyPassword(user.password_hash, input.password)))
      return refuse(new Unauthenticated(say('wrongCredentials'), 'invalid_credentials'), user.id);
    if (user.disabled_at) return refuse(new DomainError('account_disabled', say('accountDisabled'), 403), user.id);

    let mfaPending = false;
    let step: number | null = null;
    if (requiresMfa(user)) {
      if (user.totp_secret) {
        if (!input.totp) return refuse(new Unauthenticated(say('enterCode'), 'mfa_required', { field: 'totp' }), user.id, false);
        const check = verifyTotp(this.secrets.open(user.totp_secret, 'totp'), input.totp, user.totp_last_step);
        if (!check) return refuse(new Unauthenticated(say('wrongCode'), 'invalid_totp', { field: 'totp' }), user.id);
        if ('replay' in check) return refuse(new Unauthenticated(say('codeUsed'), 'totp_replayed', { field: 'totp' }), user.id);
        step = check.step;
      } else {
        mfaPending = true;
      }
    }

    return this.db.transaction(async () => {
      if (step !== null) await this.store.setTotpStep(user.id, step);
      await this.store.recordAttempt(input.email, client.ip, true);
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      await this.store.createSession({
        id: sha256(token),
        userId: user.id,
        csrf: csrfToken,
        mfaPending,
        expiresAt: new Date(Date.now() + this.config.sessionAbsoluteHours * 3600_000),
        ip: client.ip,
        userAgent: client.userAgent,
      });
      await this.audit.record(
        { ...actor, id: user.id, state: user.member_code },
        {
          action: 'auth.login',
          outcome: 'ok',
          targetType: 'user',
          targetId: user.id,
          detail: { mfaPending },
        },
      );
      return { token, csrfToken, user: userView(user), subject: await this.store.subjectOf(user), mfaEnrolmentRequired: mfaPending };
    });
  }

  /**
   * The session behind a cookie token, or a typed 401 saying why there is none. One query on the
   * common path; a write only at most once a minute per session (idle time is therefore kept to the
   * minute, well inside the 30-minute idle timeout).
   */
  async resolve(token: string): Promise<ResolvedSession> {
    const found = await this.store.sessionWithUser(sha256(token));
    if (!found || found.session.revoked_at) throw new Unauthenticated('sign in required');
    const { session, user, groups } = found;
    const now = Date.now();
    const idleMs = this.config.sessionIdleMinutes * 60_000;
    if (session.expires_at.getTime() <= now || session.last_seen_at.getTime() + idleMs <= now) {
      await this.store.revokeSession(session.id);
      throw new Unauthenticated(say('sessionExpired'), 'session_expired');
    }
    if (user.disabled_at) {
      await this.store.revokeSession(session.id);
      throw new Unauthenticated(say('accountDisabled'), 'account_disabled');
    }
    if (now - session.last_seen_at.getTime() >= lastSeenEverySeconds * 1000) await this.store.touchSession(session.id, lastSeenEverySeconds);
    return { session, user, subject: subjectFrom(user, groups) };
  }

  /** The signed-in actor's whole account row, read when a route needs more than the access hook knows. */
  async account(actor: Actor): Promise<UserRow> {
    const user = actor.userId ? await this.store.userById(actor.userId) : undefined;
    if (!user) throw new Unauthenticated('sign in required');
    return user;
  }

  async logout(actor: Actor, sessionId: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.store.revokeSession(sessionId);
      await this.audit.record(actor, { action: 'auth.logout', outcome: 'ok', targetType: 'user', targetId: actor.userId });
    });
  }

  /** Ends every session of the actor's own account. */
  async logoutEverywhere(actor: Actor): Promise<number> {
    return this.db.transaction(async () => {
      const count = await this.store.revokeAllSessions(actor.userId);
      await this.audit.record(actor, {
        action: 'auth.logout_everywhere',
        outcome: 'ok',
        targetType: 'user',
        targetId: actor.userId,
        detail: { sessions: count },
      });
      return count;
    });
  }

  async startEnrolment(actor: Actor | AuditIdentity, user: UserRow) {
    const secret = newTotpSecret();
    await this.db.transaction(async () => {
      await this.store.setPendingTotp(user.id, this.secrets.seal(secret, 'totp'));
      await this.audit.record(actor, { action: 'auth.mfa_enrol_start', outcome: 'ok', targetType: 'user', targetId: user.id });
    });
    return { secret, ...(await enrolment(secret, user.email)) };
  }

  async confirmEnrolment(actor: Actor, user: UserRow, sessionId: string, totp: string): Promise<void> {
    if (!user.totp_pending_secret) throw new Invalid('totp', say('enrolFirst'));
    const check = verifyTotp(this.secrets.open(user.totp_pending_secret, 'totp'), totp, 0);
    if (!check || 'replay' in check) throw new Invalid('totp', say('codeMismatch'));
    await this.db.transaction(async () => {
      await this.store.confirmTotp(user.id, user.totp_pending_secret!, check.step);
      await this.store.clearMfaPending(sessionId);
      await this.audit.record(actor, { action: 'auth.mfa_enrolled', outcome: 'ok', targetType: 'user', targetId: user.id });
    });
  }

  async changePassword(actor: Actor, user: UserRow, current: string, next: string): Promise<void> {
    if (!(await verifyPassword(user.password_hash, current))) throw new Invalid('currentPassword', say('currentPasswordWrong'));
    const weakness = passwordWeakness(next, user.email);
    if (weakness) throw new Invalid('newPassword', weakness);
    const hash = await hashPassword(next);
    await this.db.transaction(async () => {
      await this.store.setPassword(user.id, hash, false);
      await this.audit.record(actor, { action: 'auth.password_changed', outcome: 'ok', targetType: 'user', targetId: user.id });
    });
  }

  /** The actor's own language. */
  async setLocale(actor: Actor, locale: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.store.setLocale(actor.userId, locale);
      await this.audit.record(actor, { action: 'auth.locale', outcome: 'ok', targetType: 'user', targetId: actor.userId, detail: { locale } });
    });
  }

  /**
   * The cleanup duty: removes sessions that ended more than `keepSessionsMs` before `now` (expired, idle past the limit,
   * or signed out) and login attempts older than `keepAttemptsMs` (they only matter for the lock-out window).
   */
  async cleanup(actor: Actor, now: Date, keep: { sessionsMs: number; attemptsMs: number }) {
    return this.db.transaction(async () => {
      const sessions = await this.store.deleteEndedSessions(new Date(now.getTime() - keep.sessionsMs), this.config.sessionIdleMinutes);
      const loginAttempts = await this.store.deleteLoginAttempts(new Date(now.getTime() - keep.attemptsMs));
      if (sessions || loginAttempts) await this.audit.record(actor, { action: 'auth.cleanup', outcome: 'ok', detail: { sessions, loginAttempts } });
      return { sessions, loginAttempts };
    });
  }
}
