// Keyed hashes of documents (Ma3tch-style lists): HMAC-SHA256 of the issuing state and the normalised number under the
// regional key. A state keeping its list hashed sends (or has the portal compute and forget) only these; a check hashes
// each line under the same key and finds the hit without the portal ever holding the clear number.
import { createHash, createHmac } from 'node:crypto';

export interface RegionalKey {
  /** A short, public fingerprint of the key: records hashed under another key are told apart and reported as stale. */
  id: string;
  secret: Buffer;
}

export const MIN_KEY_BYTES = 32;

/** Reads the key as 64+ hex characters or base64 of 32+ bytes; throws saying why not. */
export function regionalKey(text: string): RegionalKey {
  const trimmed = text.trim();
  const secret = /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0 ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (secret.length < MIN_KEY_BYTES) throw new Error(`the regional document key must hold at least ${MIN_KEY_BYTES} bytes (64 hex characters)`);
  return { secret, id: createHash('sha256').update('bali-portal document key id\0').update(secret).digest('hex').slice(0, 16) };
}

/** The text the hash covers: the issuing state and the normalised number, separated so that no two pairs collide. */
export function hashedText(issuingState: string, normalisedNumber: string): string {
  return `${issuingState}|${normalisedNumber}`;
}

export function documentHash(key: RegionalKey, issuingState: string, normalisedNumber: string): Buffer {
  return createHmac('sha256', key.secret).update(hashedText(issuingState, normalisedNumber)).digest();
}

/** A hash as states exchange it: 64 lower-case hex characters. */
export const HASH_PATTERN = /^[0-9a-f]{64}$/;
