// Reminders to states that have not submitted: a week before the deadline and once it has passed, in the app and by e-mail.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Actor } from '../../access/actor.js';
import type { AuditLog } from '../../audit/log.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/index.js';
import type { SurveysStore } from './store.js';

export const REMIND_DAYS_BEFORE = 7;

export interface ReminderMail {
  readonly enabled: boolean;
  /** Sends (or queues, inside the caller's transaction) one message to each address; answers how many. */
  send(to: string[], subject: string, text: string): Promise<number>;
}

/** Queues e-mail as deliveries that the job runner sends and retries (the notifications module). */
export interface Outbox {
  queueEmails(to: string[], subject: string, text: string): Promise<number>;
}

export function queuedMail(config: Pick<Config, 'smtpUrl'>, outbox: Outbox): ReminderMail {
  return { enabled: Boolean(config.smtpUrl), send: (to, subject, text) => (config.smtpUrl ? outbox.queueEmails(to, subject, text) : Promise.resolve(0)) };
}

/** Sends e-mail straight through the configured SMTP server (config.smtpUrl); without one, reminders stay in the app. */
export class SurveyMail implements ReminderMail {
  private transport: Transporter | null;
  constructor(private readonly config: Pick<Config, 'smtpUrl' | 'mailFrom'>) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(to: string[], subject: string, text: string): Promise<number> {
    if (!this.transport || to.length === 0) return 0;
    await this.transport.sendMail({ from: this.config.mailFrom, to, subject, text });
    return to.length;
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export class SurveyReminders {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly store: SurveysStore,
    private readonly mail: ReminderMail,
  ) {}

  /** Sends each due reminder once (a second run the same day sends nothing); returns what was sent. */
  async run(actor: Actor, now: Date = new Date()) {
    const today = now.toISOString().slice(0, 10);
    const sent: { surveyId: string; state: string; kind: string; emailed: number }[] = [];
    for (const p of await this.store.pendingRecipients()) {
      const left = daysBetween(today, p.deadline);
      const kind = left < 0 ? 'after_deadline' : left <= REMIND_DAYS_BEFORE ? 'before_deadline' : null;
      if (!kind) continue;
      const to = await this.store.answerersOf(p.survey_id, p.state);
      const subject = kind === 'before_deadline' ? `Reminder: "${p.title}" is due on ${p.deadline}` : `Overdue: "${p.title}" was due on ${p.deadline}`;
      const text =
        kind === 'before_deadline'
          ? `Your state's answers to the survey "${p.title}" are due on ${p.deadline} (${left} day${left === 1 ? '' : 's'} left). Sign in to the Bali Portal to complete and submit them.`
          : `Your state's answers to the survey "${p.title}" were due on ${p.deadline}. Sign in to the Bali Portal to complete and submit them, or tell the coordinators when to expect them.`;
      // The reminder, its audit entry and its queued e-mails commit together: a re-run or a second instance sends nothing more.
      const emailed = await this.db.transaction(async () => {
        if (!(await this.store.recordReminder(p.survey_id, p.state, kind))) return null;
        await this.audit.record(actor, {
          action: 'surveys.remind',
          outcome: 'ok',
          targetType: 'survey',
          targetId: p.survey_id,
          detail: { state: p.state, kind },
        });
        const n = await this.mail.send(to, subject, text);
        if (n) await this.store.markEmailed(p.survey_id, p.state, kind, n);
        return n;
      });
      if (emailed === null) continue;
      sent.push({ surveyId: p.survey_id, state: p.state, kind, emailed });
    }
    return { sent, email: this.mail.enabled };
  }
}
