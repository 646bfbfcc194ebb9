// Password hashing (argon2id) and the strength rule for new passwords.

import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Text } from '../i18n/text.js';
import { say } from './messages.js';

// OWASP's argon2id minimum (19 MiB, t=2, p=1): strong, and quick enough for a login on two cores.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
/** Spends the same time as a real check when the account does not exist, so timing does not reveal it. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

const COMMON = new Set([
  'password1234',
  'passwordpassword',
  '123456789012',
  'qwertyuiopas',
  'iloveyou1234',
  'administrator',
  'welcome12345',
  'letmein12345',
  'changeme1234',
  'baliprocess2002',
  'balipassword',
]);

/** Returns why a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, email?: string): Text | null {
  if (password.length < 12) return say('passwordShort');
  if (password.length > 256) return say('passwordLong');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (password.length < 16 && classes < 3) return say('passwordMix');
  if (new Set(password).size < 5) return say('passwordRepeats');
  if (COMMON.has(password.toLowerCase())) return say('passwordCommon');
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return say('passwordEmail');
  return null;
}

/** A random password that meets the rule, for new accounts and resets. */
export function temporaryPassword(): string {
  const raw = randomBytes(18).toString('base64url');
  return `${raw.slice(0, 6)}-${raw.slice(6, 12)}-${raw.slice(12, 18)}-Aa1`;
}
