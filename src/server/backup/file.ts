// The backup file: one clear line naming the format, one clear JSON line saying how it is encrypted, then the content
// (JSON Lines) in chunks, each compressed (raw deflate) and sealed with AES-256-GCM from node:crypto. A chunk's nonce is
// its index and a last-chunk flag, so a reordered, cut short or extended file fails to open, and the header is bound
// into the key, so editing it fails too. Written beside the target and renamed into place only when whole.
// Hand-written (about 200 lines) rather than age: node:crypto has every primitive, and restore must tell an operator
// precisely which of "wrong key", "damaged at byte N" and "cut short" happened.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, scrypt as scryptCallback } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { KEY_VARIABLES, type Keyring } from '../secrets/keyring.js';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

export const MAGIC = 'BALI-PORTAL-BACKUP 2\n';
export const PASSPHRASE_VARIABLE = 'PORTAL_BACKUP_PASSPHRASE';
const CHUNK_TEXT_BYTES = 1 << 20;
const MAX_FRAME_BYTES = 64 << 20;
const TAG_BYTES = 16;
const SCRYPT = { N: 1 << 17, r: 8, p: 1 };

export interface BackupKeys {
  keyring: Keyring;
  /** When set, backups are written with it, and files written with a passphrase are opened with it. */
  passphrase: string | null;
}

type KeyHeader = { kind: 'portal'; id: string } | { kind: 'passphrase'; kdf: 'scrypt'; N: number; r: number; p: number };

interface FileHeader {
  cipher: 'aes-256-gcm';
  compression: 'deflate-raw';
  salt: string;
  key: KeyHeader;
}

/** A backup file this portal will not read, with a message an operator can act on. */
export class BackupRefused extends Error {}

async function fileKey(header: FileHeader, headerText: string, keys: BackupKeys, file: string): Promise<Buffer> {
  const salt = Buffer.from(header.salt, 'base64');
  let ikm: Buffer;
  if (header.key.kind === 'portal') {
    if (!keys.keyring.has(header.key.id))
      throw new BackupRefused(
        `${file} is encrypted with the portal key ${header.key.id}, which is not configured here: set ${KEY_VARIABLES.current} (or ${KEY_VARIABLES.previous}) to the key of the portal that wrote it`,
      );
    ikm = keys.keyring.derived('backup files', header.key.id).key;
  } else {
    if (!keys.passphrase) throw new BackupRefused(`${file} is encrypted with a passphrase: set ${PASSPHRASE_VARIABLE}`);
    const { N, r, p } = header.key;
    ikm = await scrypt(keys.passphrase, salt, 32, { N, r, p, maxmem: 256 * N * r + (1 << 20) });
  }
  const info = `bali-portal backup file\0${createHash('sha256').update(MAGIC).update(headerText).digest('hex')}`;
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

function nonce(index: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(index, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

export class BackupWriter {
  private pending: string[] = [];
  private pendingBytes = 0;
  private index = 0;
  bytes = 0;

  private constructor(
    private readonly handle: fs.promises.FileHandle,
    private readonly key: Buffer,
    readonly file: string,
    private readonly tmp: string,
  ) {}

  /** Starts a backup file; nothing appears at `file` until finish(). */
  static async create(file: string, keys: BackupKeys): Promise<BackupWriter> {
    const salt = randomBytes(16);
    const header: FileHeader = {
      cipher: 'aes-256-gcm',
      compression: 'deflate-raw',
      salt: salt.toString('base64'),
      key: keys.passphrase ? { kind: 'passphrase', kdf: 'scrypt', ...SCRYPT } : { kind: 'portal', id: keys.keyring.derived('backup files').id },
    };
    const headerText = `${JSON.stringify(header)}\n`;
    const key = await fileKey(header, headerText, keys, file);
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
    const handle = await fs.promises.open(tmp, 'w', 0o600);
    const writer = new BackupWriter(handle, key, file, tmp);
    await writer.raw(Buffer.from(MAGIC + headerText));
    return writer;
  }

  private async raw(bytes: Buffer) {
    await this.handle.write(bytes);
    this.bytes += bytes.length;
  }

  private async frame(last: boolean) {
    const text = Buffer.from(this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.index++, last));
    const sealed = Buffer.concat([cipher.update(deflateRawSync(text)), cipher.final(), cipher.getAuthTag()]);
    const head = Buffer.alloc(5);
    head[0] = last ? 1 : 0;
    head.writeUInt32BE(sealed.length, 1);
    await this.raw(Buffer.concat([head, sealed]));
  }

  async line(text: string): Promise<void> {
    this.pending.push(text, '\n');
    this.pendingBytes += text.length + 1;
    if (this.pendingBytes >= CHUNK_TEXT_BYTES) await this.frame(false);
  }

  /** Writes the last chunk, flushes to disk and moves the file into place. */
  async finish(): Promise<void> {
    await this.frame(true);
    await this.handle.sync();
    await this.handle.close();
    await fs.promises.rename(this.tmp, this.file);
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await fs.promises.rm(this.tmp, { force: true });
  }
}

export interface BackupReader {
  size: number;
  /** Bytes of the file consumed so far (for progress). */
  readonly position: number;
  lines(): AsyncGenerator<string>;
  close(): Promise<void>;
}

async function readHeader(handle: fs.promises.FileHandle, file: string): Promise<{ header: FileHeader; headerText: string; start: number }> {
  const probe = Buffer.alloc(64 * 1024);
  const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
  const head = probe.subarray(0, bytesRead);
  if (!head.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) {
    const first = head.toString('utf8').split('\n', 1)[0] ?? '';
    if (first.startsWith('BALI-PORTAL-BACKUP '))
      throw new BackupRefused(`${file} is a backup in a newer format (${first.slice(19)}); restore it with the version that wrote it`);
    if (first.includes('"format":"bali-portal-backup"'))
      throw new BackupRefused(
        `${file} is an unencrypted backup from an older version (format 1), which this version does not restore; restore it with that version`,
      );
    throw new BackupRefused(`${file} is not a Bali Portal backup`);
  }
  const end = head.indexOf(0x0a, MAGIC.length);
  if (end < 0) throw new BackupRefused(`${file} is damaged: its header is cut short`);
  const headerText = head.subarray(MAGIC.length, end + 1).toString('utf8');
  let header: FileHeader;
  try {
    header = JSON.parse(headerText) as FileHeader;
  } catch {
    throw new BackupRefused(`${file} is damaged: its header is not readable`);
  }
  if (header.cipher !== 'aes-256-gcm' || header.compression !== 'deflate-raw' || !header.key)
    throw new BackupRefused(`${file} uses an encryption this version does not know (${header.cipher}, ${header.compression})`);
  return { header, headerText, start: end + 1 };
}

/** Opens a backup for reading: refuses a file that is not a backup, or whose key is not here, before any content is read. */
export async function openBackupFile(file: string, keys: BackupKeys): Promise<BackupReader> {
  const handle = await fs.promises.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new BackupRefused(error.code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${error.code})`);
  });
  try {
    const size = (await handle.stat()).size;
    const { header, headerText, start } = await readHeader(handle, file);
    const key = await fileKey(header, headerText, keys, file);
    let position = start;
    const readExactly = async (length: number): Promise<Buffer | null> => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead === 0 && length > 0) return null;
      if (bytesRead < length)
        throw new BackupRefused(`${file} is cut short at byte ${position + bytesRead} of a chunk: was the backup interrupted or the copy incomplete?`);
      position += length;
      return buffer;
    };
    async function* lines(): AsyncGenerator<string> {
      let carry = '';
      for (let index = 0; ; index++) {
        const frameAt = position;
        const head = await readExactly(5);
        if (!head) throw new BackupRefused(`${file} is cut short: it ends before its last chunk (was the backup interrupted or the copy incomplete?)`);
        const last = head[0] === 1;
        const length = head.readUInt32BE(1);
        if (head[0]! > 1 || length < TAG_BYTES || length > MAX_FRAME_BYTES) throw new BackupRefused(`${file} is damaged at byte ${frameAt}`);
        const sealed = (await readExactly(length))!;
        const decipher = createDecipheriv('aes-256-gcm', key, nonce(index, last));
        decipher.setAuthTag(sealed.subarray(length - TAG_BYTES));
        let text: string;
        try {
          text = inflateRawSync(Buffer.concat([decipher.update(sealed.subarray(0, length - TAG_BYTES)), decipher.final()])).toString('utf8');
        } catch {
          if (index === 0)
            throw new BackupRefused(
              `${file} cannot be decrypted: ${header.key.kind === 'passphrase' ? `${PASSPHRASE_VARIABLE} is wrong` : 'the key is wrong'}, or the file is damaged`,
            );
          throw new BackupRefused(`${file} is damaged at byte ${frameAt} (chunk ${index + 1} fails its integrity check)`);
        }
        const parts = (carry + text).split('\n');
        carry = parts.pop()!;
        for (const line of parts) if (line) yield line;
        if (last) {
          if (carry) throw new BackupRefused(`${file} is damaged: its content ends in the middle of a line`);
          if (position !== size) throw new BackupRefused(`${file} has ${size - position} unexpected bytes after its last chunk`);
          return;
        }
      }
    }
    return {
      size,
      get position() {
        return position;
      },
      lines,
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
