// How a delivery leaves the portal: e-mail through the configured SMTP server, or an HMAC-SHA256-signed POST to a state's webhook.
import { createHmac } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';

export interface Outbound {
  email(to: string, subject: string, text: string): Promise<void>;
  webhook(url: string, secret: string, body: string): Promise<void>;
}

/** The signature a national system checks: hex HMAC-SHA256 over "timestamp.body" with the state's secret. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export class NetworkOutbound implements Outbound {
  private mailer: Transporter | null = null;
  constructor(
    private readonly smtpUrl: string | null,
    private readonly from: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async email(to: string, subject: string, text: string): Promise<void> {
    if (!this.smtpUrl) throw new Error('no SMTP server configured (SMTP_URL)');
    this.mailer ??= nodemailer.createTransport(this.smtpUrl, { from: this.from });
    await this.mailer.sendMail({ from: this.from, to, subject, text });
  }

  async webhook(url: string, secret: string, body: string): Promise<void> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portal-timestamp': timestamp, 'x-portal-signature': `sha256=${signWebhook(secret, timestamp, body)}` },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }

  close() {
    this.mailer?.close();
  }
}
