// SQL for in-app notifications, state webhooks and the deliveries (e-mail and webhook) that jobs send, no rules.
import { type Db, type Sql, sql } from '../../db/index.js';

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface DeliveryRow {
  id: string;
  channel: 'email' | 'webhook';
  target: string;
  state: string | null;
  userId: string | null;
  subject: string;
  payload: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

export interface Recipient {
  id: string;
  email: string;
  /** The language the person chose (null: not chosen, English). */
  locale?: string | null;
}

const deliveryColumns = sql`id, channel, target, state, user_id AS "userId", subject, payload, status, attempts,
  next_attempt_at AS "nextAttemptAt", last_error AS "lastError", sent_at AS "sentAt", created_at AS "createdAt"`;

export class NotificationsStore {
  constructor(private readonly db: Db) {}

  /** Enabled accounts of a state holding one of these roles. */
  usersOfState(state: string, roles: readonly string[]): Promise<Recipient[]> {
    return this.db.query<Recipient>(sql`
      SELECT u.id, u.email FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE o.member_code = ${state} AND u.disabled_at IS NULL AND u.roles && ${roles as string[]}::text[] ORDER BY u.email`);
  }

  usersByIds(ids: string[]): Promise<Recipient[]> {
    return this.db.query<Recipient>(sql`SELECT id, email, locale FROM users WHERE id = ANY(${ids}::uuid[]) AND disabled_at IS NULL`);
  }

  async insertNotification(userId: string, n: { kind: string; title: string; body: string; link: string | null }) {
    await this.db.query(sql`INSERT INTO notifications (user_id, kind, title, body, link) VALUES (${userId}, ${n.kind}, ${n.title}, ${n.body}, ${n.link})`);
  }

  notificationsOf(userId: string, limit: number): Promise<NotificationRow[]> {
    return this.db.query<NotificationRow>(sql`
      SELECT id, kind, title, body, link, read_at AS "readAt", created_at AS "createdAt" FROM notifications
      WHERE user_id = ${userId} ORDER BY created_at DESC, id LIMIT ${limit}`);
  }

  async markRead(userId: string, id: string): Promise<boolean> {
    const rows = await this.db.query(sql`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = ${id} AND user_id = ${userId} RETURNING id`);
    return rows.length > 0;
  }

  webhookOf(state: string) {
    return this.db.one<{ state: string; url: string; secret: string; updatedAt: Date }>(
      sql`SELECT state, url, secret, updated_at AS "updatedAt" FROM state_webhooks WHERE state = ${state}`,
    );
  }

  async setWebhook(state: string, url: string, secret: string, userId: string | null) {
    await this.db.query(sql`
      INSERT INTO state_webhooks (state, url, secret, updated_by) VALUES (${state}, ${url}, ${secret}, ${userId})
      ON CONFLICT (state) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret, updated_by = EXCLUDED.updated_by, updated_at = now()`);
  }

  async enqueue(d: {
    channel: 'email' | 'webhook';
    target: string;
    state: string | null;
    userId: string | null;
    subject: string;
    payload: Record<string, unknown>;
  }): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO deliveries (channel, target, state, user_id, subject, payload)
      VALUES (${d.channel}, ${d.target}, ${d.state}, ${d.userId}, ${d.subject}, ${JSON.stringify(d.payload)}::jsonb) RETURNING id`);
    return row!.id;
  }

  delivery(id: string): Promise<DeliveryRow | undefined> {
    return this.db.one<DeliveryRow>(sql`SELECT ${deliveryColumns} FROM deliveries WHERE id = ${id}`);
  }

  async markSent(id: string) {
    await this.db.query(sql`UPDATE deliveries SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = ${id}`);
  }

  async markFailedAttempt(id: string, error: string, next: Date | null) {
    await this.db.query(sql`
      UPDATE deliveries SET attempts = attempts + 1, last_error = ${error.slice(0, 500)},
        status = ${next ? 'pending' : 'failed'}, next_attempt_at = coalesce(${next}::timestamptz, next_attempt_at) WHERE id = ${id}`);
  }

  /** Deliveries the filter (access/notifications.ts, over alias `d`) lets through, newest first. */
  deliveries(followed: Sql, limit: number): Promise<DeliveryRow[]> {
    return this.db.query<DeliveryRow>(sql`SELECT ${deliveryColumns} FROM deliveries d WHERE ${followed} ORDER BY created_at DESC, id LIMIT ${limit}`);
  }
}
