// Reminders to states that have not submitted: a week before the deadline and once it has passed, in the app and by e-mail.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Actor } from '../../access/actor.js';
import type { AuditLog } from '../../audit/log.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/index.js';
import { catalogue } from '../../i18n/catalogue.js';
import { type Lang, savedLanguage } from '../../i18n/languages.js';
import { day, messages, type Text } from '../../i18n/text.js';
import type { SurveysStore } from './store.js';

export const REMIND_DAYS_BEFORE = 7;

/** A reminder e-mail, written in each recipient's saved language (English when they never chose one). */
const say = messages(
  'surveyReminders',
  catalogue({
    en: {
      dueSubject: 'Reminder: “{{title}}” is due on {{deadline}}',
      dueBody_one:
        'Your state’s answers to the survey “{{title}}” are due on {{deadline}} (one day left). Sign in to the Bali Portal to complete and submit them.',
      dueBody_other:
        'Your state’s answers to the survey “{{title}}” are due on {{deadline}} ({{count}} days left). Sign in to the Bali Portal to complete and submit them.',
      overdueSubject: 'Overdue: “{{title}}” was due on {{deadline}}',
      overdueBody:
        'Your state’s answers to the survey “{{title}}” were due on {{deadline}}. Sign in to the Bali Portal to complete and submit them, or tell the coordinators when to expect them.',
    },
    id: {
      dueSubject: 'Pengingat: “{{title}}” jatuh tempo pada {{deadline}}',
      dueBody_other:
        'Jawaban negara Anda untuk survei “{{title}}” jatuh tempo pada {{deadline}} (tersisa {{count}} hari). Masuk ke Bali Portal untuk melengkapi dan mengirimkannya.',
      overdueSubject: 'Terlambat: “{{title}}” jatuh tempo pada {{deadline}}',
      overdueBody:
        'Jawaban negara Anda untuk survei “{{title}}” jatuh tempo pada {{deadline}}. Masuk ke Bali Portal untuk melengkapi dan mengirimkannya, atau beri tahu koordinator kapan jawaban itu dapat diharapkan.',
    },
    th: {
      dueSubject: 'แจ้งเตือน: “{{title}}” ครบกำหนดวันที่ {{deadline}}',
      dueBody_other: 'คำตอบของประเทศท่านสำหรับแบบสำรวจ “{{title}}” ครบกำหนดวันที่ {{deadline}} (เหลืออีก {{count}} วัน) โปรดเข้าสู่ระบบ Bali Portal เพื่อกรอกและส่งคำตอบ',
      overdueSubject: 'เลยกำหนด: “{{title}}” ครบกำหนดวันที่ {{deadline}}',
      overdueBody:
        'คำตอบของประเทศท่านสำหรับแบบสำรวจ “{{title}}” ครบกำหนดวันที่ {{deadline}} แล้ว โปรดเข้าสู่ระบบ Bali Portal เพื่อกรอกและส่งคำตอบ หรือแจ้งผู้ประสานงานว่าจะส่งได้เมื่อใด',
    },
  }),
);

/** The addresses grouped by the language each recipient reads, so that each group gets one message in its language. */
function byLanguage(recipients: readonly { email: string; locale: string | null }[]): Map<Lang, string[]> {
  const groups = new Map<Lang, string[]>();
  for (const r of recipients) {
    const lang = savedLanguage(r.locale);
    groups.set(lang, [...(groups.get(lang) ?? []), r.email]);
  }
  return groups;
}

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
      const recipients = byLanguage(await this.store.answerersOf(p.survey_id, p.state));
      const words = { title: p.title, deadline: day(p.deadline) };
      const subject: Text = kind === 'before_deadline' ? say('dueSubject', words) : say('overdueSubject', words);
      const text: Text = kind === 'before_deadline' ? say('dueBody', { ...words, count: left }) : say('overdueBody', words);
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
        let n = 0;
        for (const [lang, to] of recipients) n += await this.mail.send(to, subject.render(lang), text.render(lang));
        if (n) await this.store.markEmailed(p.survey_id, p.state, kind, n);
        return n;
      });
      if (emailed === null) continue;
      sent.push({ surveyId: p.survey_id, state: p.state, kind, emailed });
    }
    return { sent, email: this.mail.enabled };
  }
}
