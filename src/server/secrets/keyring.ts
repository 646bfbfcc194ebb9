// The portal's secret keys: seals secrets kept at rest (TOTP, webhook and SMTP secrets) with AES-256-GCM and derives
// the key that encrypts backups. The current key seals; older keys only open what they sealed until `portal keys rotate`.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** What a sealed value is for; a value sealed for one purpose never opens as another (it is the GCM associated data). */
export type SealPurpose = 'totp' | 'webhook' | `env:${string}`;

const PREFIX = 'sealed:v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Names and shapes of the environment variables, for messages that tell an operator what to set. */
export const KEY_VARIABLES = { current: 'PORTAL_SECRET_KEY', previous: 'PORTAL_SECRET_KEYS_OLD' } as const;

export class SecretKeyMissing extends Error {
  constructor(what: string) {
    super(`${what} needs a secret key: set ${KEY_VARIABLES.current} to 32 random bytes in base64 (make one with \`npx portal keys generate\`)`);
  }
}

interface Key {
  id: string;
  /** Subkey for sealed values; the raw key is never used directly, so sealing and backups never share a key. */
  seal: Buffer;
  raw: Buffer;
}

/** Parses one key as written in the environment: 32 bytes in base64 (standard or URL alphabet) or 64 hex digits. */
export function parseKey(text: string, variable: string): Buffer {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (bytes.length !== KEY_BYTES || (!/^[0-9a-f]{64}$/i.test(trimmed) && !/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)))
    throw new Error(`${variable} must be ${KEY_BYTES} random bytes in base64 (make one with \`npx portal keys generate\`)`);
  return bytes;
}

/** A key's public name, stored beside everything it seals: derived from the key, so operators never have to name keys. */
export function keyIdOf(raw: Buffer): string {
  return `k${createHash('sha256').update('bali-portal key id\0').update(raw).digest('hex').slice(0, 12)}`;
}

export function generateKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** The id of the key that sealed a value, or null when the value is not sealed. */
export function sealedKeyId(value: string): string | null {
  if (!isSealed(value)) return null;
  return value.slice(PREFIX.length).split(':', 1)[0] ?? null;
}

function derive(raw: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), `bali-portal ${purpose}`, KEY_BYTES));
}

export class Keyring {
  private keys: Key[] = [];

  /** Keys as written in the environment, the current one first. */
  constructor(encoded: readonly string[] = []) {
    this.use(encoded);
  }

  /** Replaces the keys (the demo's `portal keys rotate` puts a new one in front while the server runs). */
  use(encoded: readonly string[]): void {
    const seen = new Set<string>();
    const keys: Key[] = [];
    encoded.forEach((text, i) => {
      const raw = parseKey(text, i === 0 ? KEY_VARIABLES.current : KEY_VARIABLES.previous);
      const id = keyIdOf(raw);
      if (seen.has(id)) return;
      seen.add(id);
      keys.push({ id, raw, seal: derive(raw, 'sealed values') });
    });
    this.keys = keys;
  }

  get configured(): boolean {
    return this.keys.length > 0;
  }

  /** The id of the key that seals new values. */
  get currentId(): string {
    if (!this.keys[0]) throw new SecretKeyMissing('sealing a secret');
    return this.keys[0].id;
  }

  get ids(): string[] {
    return this.keys.map((k) => k.id);
  }

  has(id: string): boolean {
    return this.keys.some((k) => k.id === id);
  }

  seal(plain: string, purpose: SealPurpose): string {
    const key = this.keys[0];
    if (!key) throw new SecretKeyMissing('sealing a secret');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.seal, iv);
    cipher.setAAD(Buffer.from(`${key.id}:${purpose}`));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${key.id}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  open(sealed: string, purpose: SealPurpose): string {
    if (!isSealed(sealed)) throw new Error(`a ${purpose} secret is stored unsealed; start the server once with a key to seal it`);
    const [id, data] = sealed.slice(PREFIX.length).split(':');
    const key = this.keys.find((k) => k.id === id);
    if (!key) {
      if (!this.keys.length) throw new SecretKeyMissing(`opening a ${purpose} secret`);
      throw new Error(`a ${purpose} secret is sealed with key ${id}, which is not configured: add that key to ${KEY_VARIABLES.previous}`);
    }
    const bytes = Buffer.from(data ?? '', 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error(`a ${purpose} secret sealed with key ${id} is damaged`);
    const decipher = createDecipheriv('aes-256-gcm', key.seal, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`${key.id}:${purpose}`));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`a ${purpose} secret sealed with key ${id} is damaged or was sealed for another use`);
    }
  }

  /** A key for another scheme (backup files), derived from the key with this id; the current key when id is absent. */
  derived(purpose: string, id?: string): { id: string; key: Buffer } {
    const key = id === undefined ? this.keys[0] : this.keys.find((k) => k.id === id);
    if (!key) {
      if (!this.keys.length) throw new SecretKeyMissing(purpose);
      throw new Error(`${purpose} needs key ${id}, which is not configured: set ${KEY_VARIABLES.current} or ${KEY_VARIABLES.previous} to it`);
    }
    return { id: key.id, key: derive(key.raw, purpose) };
  }
}
