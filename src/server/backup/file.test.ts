// The backup file itself: what an operator is told when a file is not a backup, is for another key or passphrase,
// was cut short, grew, or was altered anywhere; and that its content is neither readable nor guessable from outside.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKey, Keyring } from '../secrets/keyring.js';
import { type BackupKeys, BackupWriter, openBackupFile } from './file.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-file-'));
const portalKeys: BackupKeys = { keyring: new Keyring([generateKey()]), passphrase: null };
const lines = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ i, text: `line ${i} with a secret-looking SECRET${i % 7}` }));

async function write(name: string, keys: BackupKeys): Promise<string> {
  const file = path.join(dir, name);
  const writer = await BackupWriter.create(file, keys);
  for (const line of lines) await writer.line(line);
  await writer.finish();
  return file;
}

async function readAll(file: string, keys: BackupKeys): Promise<string[]> {
  const reader = await openBackupFile(file, keys);
  try {
    const out: string[] = [];
    for await (const line of reader.lines()) out.push(line);
    return out;
  } finally {
    await reader.close();
  }
}

function altered(file: string, name: string, change: (bytes: Buffer) => Buffer): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, change(fs.readFileSync(file)));
  return target;
}

describe('backup file', () => {
  it('round-trips its lines, encrypted: no line appears in the file', async () => {
    const file = await write('plain-key.backup', portalKeys);
    expect(await readAll(file, portalKeys)).toEqual(lines);
    const raw = fs.readFileSync(file);
    expect(raw.includes('SECRET')).toBe(false);
    expect(raw.includes('line 1 ')).toBe(false);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    // Nothing is left beside it.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('opens with the passphrase it was written with, and names what is wrong otherwise', { timeout: 60_000 }, async () => {
    const withPassphrase = { keyring: new Keyring(), passphrase: 'correct horse battery staple' };
    const file = await write('passphrase.backup', withPassphrase);
    expect(await readAll(file, withPassphrase)).toEqual(lines);
    await expect(readAll(file, { keyring: new Keyring(), passphrase: null })).rejects.toThrow(/encrypted with a passphrase: set PORTAL_BACKUP_PASSPHRASE/);
    await expect(readAll(file, { keyring: new Keyring(), passphrase: 'wrong' })).rejects.toThrow(
      /cannot be decrypted: PORTAL_BACKUP_PASSPHRASE is wrong, or the file is damaged/,
    );
  });

  it('refuses a file cut short, grown, or altered in its header or content', async () => {
    const file = await write('whole.backup', portalKeys);
    const size = fs.statSync(file).size;
    await expect(
      readAll(
        altered(file, 'cut.backup', (b) => b.subarray(0, size - 100)),
        portalKeys,
      ),
    ).rejects.toThrow(/cut short/);
    await expect(
      readAll(
        altered(file, 'grown.backup', (b) => Buffer.concat([b, Buffer.from('more')])),
        portalKeys,
      ),
    ).rejects.toThrow(/4 unexpected bytes after its last chunk/);
    await expect(
      readAll(
        altered(file, 'middle.backup', (b) => {
          b[size - 50] ^= 1;
          return b;
        }),
        portalKeys,
      ),
    ).rejects.toThrow(/damaged at byte \d+ \(chunk \d+ fails its integrity check\)/);
    // The header is bound into the key: changing how the file says it is encrypted makes it undecryptable.
    const header = altered(file, 'header.backup', (b) => Buffer.from(b.toString('latin1').replace('"salt":"', '"salt":"A'), 'latin1'));
    await expect(readAll(header, portalKeys)).rejects.toThrow(/cannot be decrypted: the key is wrong, or the file is damaged/);
  });

  it('tells a foreign file and an old unencrypted backup from a backup', async () => {
    const foreign = path.join(dir, 'foreign.txt');
    fs.writeFileSync(foreign, 'PGDMP something else entirely\n');
    await expect(readAll(foreign, portalKeys)).rejects.toThrow(/foreign.txt is not a Bali Portal backup/);
    const old = path.join(dir, 'old.jsonl');
    fs.writeFileSync(old, '{"format":"bali-portal-backup","version":1,"createdAt":"2026-01-01","migrations":[]}\n');
    await expect(readAll(old, portalKeys)).rejects.toThrow(/unencrypted backup from an older version \(format 1\)/);
    await expect(readAll(path.join(dir, 'missing.backup'), portalKeys)).rejects.toThrow(/missing.backup does not exist/);
  });
});
