// Every SQL twin in access/ returns exactly the rows its single-record rule allows, for every actor of the grid;
// and every exported SQL filter of access/ is registered as a twin, so none escapes this proof.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/index.js';
import { createTestDb, type TestDb } from '../testing/db.js';
import { actorGrid } from './twins/actors.js';
import { TWINS } from './twins/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

let t: TestDb;
let db: Db;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
});
afterAll(() => t.drop());

class Discard extends Error {}

describe('every SQL twin agrees with its rule', () => {
  it.each(TWINS.map((twin) => [twin.name, twin] as const))('%s', async (_name, twin) => {
    const actors = twin.actors ?? actorGrid();
    // One transaction (one connection) holds the temporary tables; it is rolled back so they never outlive the test.
    await db
      .transaction(async () => {
        for (const ddl of twin.tables) await db.exec(ddl);
        for (const row of twin.rows) for (const q of twin.insert(row)) await db.query(q);
        for (const who of actors) {
          const got = (await db.query<{ id: number }>(twin.select(who))).map((r) => r.id).sort((a, b) => a - b);
          const expected = twin.rows
            .filter((r) => twin.rule(who, r))
            .map((r) => r.id)
            .sort((a, b) => a - b);
          expect(got, `${twin.name} for ${JSON.stringify(who)}`).toEqual(expected);
        }
        throw new Discard();
      })
      .catch((error) => {
        if (!(error instanceof Discard)) throw error;
      });
    expect(actors.length).toBeGreaterThan(0);
    expect(twin.rows.length).toBeGreaterThan(1);
  });

  it('covers every SQL filter that access/ exports', () => {
    const covered = new Set(TWINS.flatMap((twin) => twin.covers));
    const filters: string[] = [];
    for (const file of fs.readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = fs.readFileSync(path.join(here, file), 'utf8');
      for (const m of text.matchAll(/export function (\w+)\([^{]*?\)\s*:\s*Sql\s*\{/g)) filters.push(m[1]);
    }
    expect(filters.length).toBeGreaterThan(0);
    expect(
      filters.filter((f) => !covered.has(f)),
      'SQL twins without an equality test: register them in access/twins/index.ts',
    ).toEqual([]);
  });
});
