// TOTP second factor (RFC 6238): secrets, otpauth URLs with QR codes, and replay-safe verification.
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const PERIOD = 30;

function totpFor(secret: string, label = 'user'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: 'Bali Portal',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function enrolment(secret: string, email: string): Promise<{ otpauthUrl: string; qrSvg: string }> {
  const otpauthUrl = totpFor(secret, email).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { otpauthUrl, qrSvg };
}

/**
 * Checks a code against the secret, allowing one step of clock drift. Returns the time step it matched,
 * or null. A step at or before `lastStep` is a replay and does not match.
 */
export function verifyTotp(secret: string, token: string, lastStep: number, now: number = Date.now()): { step: number } | { replay: true } | null {
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (step <= lastStep) return { replay: true };
  return { step };
}

/** The current code; used by the CLI's demo output and by tests acting as a user's authenticator. */
export function currentTotp(secret: string, now: number = Date.now()): string {
  return totpFor(secret).generate({ timestamp: now });
}
