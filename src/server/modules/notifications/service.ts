// Notifications: in the app, by e-mail and by signed webhook to national systems, sent by jobs retried with back-off.
// What leaves the portal (e-mail, webhook) carries only an event, a reference and a link: never classified content.
import { randomBytes } from 'node:crypto';
import { type Actor, recordedBy } from '../../access/actor.js';
import { deliveriesFollowedBy, keepsStateWebhook, seesStateWebhook } from '../../access/notifications.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../errors.js';
import { savedLanguage } from '../../i18n/languages.js';
import { rendered, type Text } from '../../i18n/text.js';
import type { JobRetry } from '../../jobs/definition.js';
import { type Notice, sendOnce } from '../../jobs/notices.js';
import type { JobRunner } from '../../jobs/runner.js';
import type { Keyring } from '../../secrets/keyring.js';
import { notificationEmail } from './emails.js';
import { say } from './messages.js';
import { NotificationsStore } from './store.js';
import type { Outbound } from './transport.js';

export interface Message {
  /** Event name, e.g. intel.released, alert.issued, watchlist.match. */
  kind: string;
  /** Shown in the app (signed in): a coded Text is written in each recipient's own language. */
  title: string | Text;
  body?: string | Text;
  /** Path in the app, e.g. /intel/reports/ID. */
  link?: string | null;
  /** A reference safe to send outside (no content): the report or alert reference. */
  reference?: string;
}

/** Roles that receive operational notifications for their state. */
export const OPERATIONAL_ROLES = ['officer', 'analyst', 'focal_point'] as const;

/** Eight tries in all, 30 s after the first failure and doubling (about an hour between the last two). */
export const DELIVERY_RETRY: JobRetry = { limit: 7, delaySeconds: 30, backoff: true };
export const DELIVER_JOB = 'notifications.deliver';

export class NotificationsService {
  readonly store: NotificationsStore;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly outbound: Outbound,
    private readonly jobs: Pick<JobRunner, 'enqueue'>,
    private readonly options: { email: boolean },
    /** Webhook signing secrets are stored sealed. */
    private readonly secrets: Keyring,
  ) {
    this.store = new NotificationsStore(db);
  }

  /** Records a delivery and queues the job that sends it, in one transaction (never one without the other). */
  private async enqueue(d: Parameters<NotificationsStore['enqueue']>[0]) {
    await this.db.transaction(async () => {
      const id = await this.store.enqueue(d);
      await this.jobs.enqueue(DELIVER_JOB, { deliveryId: id });
    });
  }

  /** In-app notification for each user, and an e-mail to each when an SMTP server is configured, both in the user's saved language. */
  async toUsers(userIds: string[], m: Message): Promise<void> {
    if (!userIds.length) return;
    const users = await this.store.usersByIds([...new Set(userIds)]);
    const email = notificationEmail(m);
    await this.db.transaction(async () => {
      for (const u of users) {
        const lang = savedLanguage(u.locale);
        const { subject, text } = email(lang);
        await this.store.insertNotification(u.id, { kind: m.kind, title: rendered(m.title, lang), body: rendered(m.body ?? '', lang), link: m.link ?? null });
        if (this.options.email)
          await this.enqueue({
            channel: 'email',
            target: u.email,
            state: null,
            userId: u.id,
            subject,
            payload: { event: m.kind, reference: m.reference ?? null, link: m.link ?? null, text },
          });
      }
    });
  }

  /** Enabled accounts of a state holding one of these roles (a duty's recipients). */
  usersOfState(state: string, roles: readonly string[]) {
    return this.store.usersOfState(state, roles);
  }

  /**
   * A duty's notice, told once: recorded in job_notices with the notifications and the audit entry, in one transaction,
   * so a re-run, a retry after a crash or a second instance never tells anyone twice. Answers false when already told.
   */
  notifyOnce(actor: Actor, job: string, notice: Notice, sends: readonly { userIds: string[]; message: Message }[]): Promise<boolean> {
    return sendOnce(this.db, this.audit, actor, job, notice, async () => {
      for (const s of sends) await this.toUsers(s.userIds, s.message);
    });
  }

  /** E-mail only (no in-app notification), one delivery per address, when an SMTP server is configured; answers how many. */
  async queueEmails(to: string[], subject: string, text: string): Promise<number> {
    if (!this.options.email) return 0;
    await this.db.transaction(async () => {
      for (const address of new Set(to))
        await this.enqueue({
          channel: 'email',
          target: address,
          state: null,
          userId: null,
          subject,
          payload: { event: 'email', reference: null, link: null, text },
        });
    });
    return new Set(to).size;
  }

  /** The operational users of each state, and each state's webhook when one is configured. */
  async toStates(states: string[], m: Message): Promise<void> {
    for (const state of [...new Set(states)]) {
      const users = await this.store.usersOfState(state, OPERATIONAL_ROLES);
      await this.toUsers(
        users.map((u) => u.id),
        m,
      );
      const hook = await this.store.webhookOf(state);
      if (hook)
        await this.enqueue({
          channel: 'webhook',
          target: hook.url,
          state,
          userId: null,
          subject: m.kind,
          payload: { event: m.kind, reference: m.reference ?? null, link: m.link ?? null, state, at: new Date().toISOString() },
        });
    }
  }

  list(actor: Actor) {
    return this.store.notificationsOf(actor.userId, 100).then((notifications) => ({ notifications }));
  }

  async markRead(actor: Actor, id: string) {
    if (!(await this.store.markRead(actor.userId, id))) throw new NotFound(`notification ${id}`);
    return { ok: true as const };
  }

  /** A focal point keeps their own state's webhook; the secret is generated and shown once. */
  async setWebhook(actor: Actor, state: string, url: string) {
    if (!keepsStateWebhook(actor, state)) throw new Forbidden(say('webhookKeepers'));
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Invalid('url', say('notUrl'));
    }
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)))
      throw new Invalid('url', say('httpsOnly'));
    const secret = randomBytes(32).toString('hex');
    await this.db.transaction(async () => {
      await this.store.setWebhook(state, parsed.toString(), this.secrets.seal(secret, 'webhook'), recordedBy(actor));
      await this.audit.record(actor, {
        action: 'notifications.webhook',
        outcome: 'ok',
        targetType: 'state_webhook',
        targetId: state,
        detail: { url: parsed.origin },
      });
    });
    return { state, url: parsed.toString(), secret };
  }

  /** A state's webhook with its signing secret opened, for the delivery that signs with it; undefined when none is set. */
  async signingSecretOf(state: string): Promise<{ url: string; secret: string } | undefined> {
    const hook = await this.store.webhookOf(state);
    return hook && { url: hook.url, secret: this.secrets.open(hook.secret, 'webhook') };
  }

  async webhook(actor: Actor, state: string) {
    if (!seesStateWebhook(actor, state)) throw new NotFound(`webhook of ${state}`);
    const hook = await this.store.webhookOf(state);
    return { state, url: hook?.url ?? null, updatedAt: hook?.updatedAt ?? null };
  }

  /** Deliveries a user may follow: their own; a focal point also their state's webhooks; the RSO admin all. */
  async deliveries(actor: Actor) {
    const rows = await this.store.deliveries(deliveriesFollowedBy(actor, 'd'), 200);
    return { deliveries: rows.map(({ payload: _payload, ...d }) => d) };
  }

  /**
   * Sends one queued delivery (the notifications.deliver job). A failure is recorded on the delivery and thrown, so
   * the job runner tries again with back-off; after the last try the delivery shows as failed.
   */
  async deliver(deliveryId: string, retryCount: number): Promise<{ status: 'sent' | 'skipped' }> {
    const d = await this.store.delivery(deliveryId);
    // Already sent (by an earlier try that crashed before completing): never twice. A failed one is sent again when an admin re-runs it.
    if (!d || d.status === 'sent') return { status: 'skipped' };
    try {
      if (d.channel === 'email') await this.outbound.email(d.target, d.subject, String(d.payload.text ?? d.subject));
      else {
        const hook = d.state ? await this.signingSecretOf(d.state) : undefined;
        if (!hook) throw new Error('webhook no longer configured');
        await this.outbound.webhook(hook.url, hook.secret, JSON.stringify(d.payload));
      }
    } catch (error) {
      const last = retryCount >= DELIVERY_RETRY.limit;
      // The queue waits between delay * 2^(n-1) and delay * 2^n seconds before try n+1: the earliest is shown.
      const next = last ? null : new Date(Date.now() + DELIVERY_RETRY.delaySeconds * 1000 * 2 ** retryCount);
      await this.store.markFailedAttempt(d.id, (error as Error).message, next);
      throw error;
    }
    await this.store.markSent(d.id);
    return { status: 'sent' };
  }
}
