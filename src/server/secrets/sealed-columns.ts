// Every column that holds a sealed secret, and the passes over them: seal what an older version stored in clear,
// re-seal under the current key (`portal keys rotate`), and count values per key.
import { type Db, sql } from '../db/index.js';
import { isSealed, type Keyring, type SealPurpose, sealedKeyId } from './keyring.js';

export interface SealedColumn {
  table: string;
  column: string;
  /** The primary key column, to update one row at a time. */
  key: string;
  purpose: SealPurpose;
}

/** A new secret column is added here, so that rotation, the upgrade pass and the tests that look for clear secrets cover it. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: 'users', column: 'totp_secret', key: 'id', purpose: 'totp' },
  { table: 'users', column: 'totp_pending_secret', key: 'id', purpose: 'totp' },
  { table: 'state_webhooks', column: 'secret', key: 'state', purpose: 'webhook' },
];

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

async function rewrite(db: Db, c: SealedColumn, where: (value: string) => boolean, next: (value: string) => string): Promise<number> {
  const rows = await db.query<{ k: string; v: string }>(sql`
    SELECT ${ident(c.key)}::text AS k, ${ident(c.column)} AS v FROM ${ident(c.table)} WHERE ${ident(c.column)} IS NOT NULL FOR UPDATE`);
  let changed = 0;
  for (const row of rows) {
    if (!where(row.v)) continue;
    await db.query(sql`UPDATE ${ident(c.table)} SET ${ident(c.column)} = ${next(row.v)} WHERE ${ident(c.key)}::text = ${row.k}`);
    changed++;
  }
  return changed;
}

/** Seals values an older version stored in clear. Idempotent; runs when the portal opens its database with a key. */
export async function sealClearSecrets(db: Db, keyring: Keyring): Promise<number> {
  if (!keyring.configured) return 0;
  return db.transaction(async () => {
    let sealed = 0;
    for (const c of SEALED_COLUMNS)
      sealed += await rewrite(
        db,
        c,
        (v) => !isSealed(v),
        (v) => keyring.seal(v, c.purpose),
      );
    return sealed;
  });
}

/** Re-seals every value not sealed under the current key; one transaction, so a failure leaves every value as it was. */
export async function resealAll(db: Db, keyring: Keyring): Promise<Record<string, number>> {
  const current = keyring.currentId;
  return db.transaction(async () => {
    const moved: Record<string, number> = {};
    for (const c of SEALED_COLUMNS) {
      await rewrite(
        db,
        c,
        (v) => sealedKeyId(v) !== current,
        (v) => {
          const from = sealedKeyId(v) ?? 'clear';
          moved[from] = (moved[from] ?? 0) + 1;
          return keyring.seal(isSealed(v) ? keyring.open(v, c.purpose) : v, c.purpose);
        },
      );
    }
    return moved;
  });
}

/** How many values each key id seals ('clear' for values not sealed yet). */
export async function sealedCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const c of SEALED_COLUMNS) {
    const rows = await db.query<{ v: string }>(sql`SELECT ${ident(c.column)} AS v FROM ${ident(c.table)} WHERE ${ident(c.column)} IS NOT NULL`);
    for (const { v } of rows) {
      const id = sealedKeyId(v) ?? 'clear';
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return counts;
}
