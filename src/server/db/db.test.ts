// What the portal relies on from its database layer, the same on PGlite (queries sent in one protocol call,
// db/pglite-wire.ts) and on PostgreSQL: parameters and results mean the same on both, errors carry their SQLSTATE and
// leave the connection usable, a transaction is not joined by a query from outside it, and a named prepared statement
// is parsed once, keeps working after errors and rollbacks, and never runs another text under its name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/db.js';
import { sql } from './index.js';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await t.db.exec(
    `CREATE TABLE db_probe (id int PRIMARY KEY, at timestamptz, day date, tags text[], doc jsonb, big int8, amount numeric, flag boolean, raw bytea)`,
  );
});
afterAll(async () => t?.drop());

describe('parameters and results', () => {
  it('round-trips every kind of value the portal stores', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    await t.db.query(sql`
      INSERT INTO db_probe (id, at, day, tags, doc, big, amount, flag, raw)
      VALUES (1, ${at}, ${'2026-02-28'}, ${['a', 'b,c', 'd"e', 'ไทย']}, ${JSON.stringify({ k: [1, 'x'], n: null })}, ${9_007_199_254_740_991}, ${'12.50'}, ${true}, ${Buffer.from([0, 1, 255])})`);
    const row = await t.db.one<Record<string, unknown>>(sql`SELECT * FROM db_probe WHERE id = ${1}`);
    expect(row).toEqual({
      id: 1,
      at,
      day: '2026-02-28',
      tags: ['a', 'b,c', 'd"e', 'ไทย'],
      doc: { k: [1, 'x'], n: null },
      big: 9_007_199_254_740_991,
      amount: 12.5,
      flag: true,
      raw: expect.anything(),
    });
    expect(Buffer.from(row!.raw as Uint8Array)).toEqual(Buffer.from([0, 1, 255]));
  });

  it('sends null and undefined as NULL, and an object as JSON', async () => {
    await t.db.query(sql`INSERT INTO db_probe (id, at, doc) VALUES (2, ${undefined}, ${{ nested: { ok: true } }})`);
    expect(await t.db.one(sql`SELECT at, doc, tags FROM db_probe WHERE id = 2`)).toEqual({ at: null, doc: { nested: { ok: true } }, tags: null });
  });

  it('answers every row and column in order, and no row as an empty list', async () => {
    const rows = await t.db.query<{ n: number; sq: number }>(sql`SELECT n, n * n AS sq FROM generate_series(1, ${500}) n ORDER BY n`);
    expect(rows).toHaveLength(500);
    expect(rows[499]).toEqual({ n: 500, sq: 250_000 });
    expect(await t.db.query(sql`SELECT 1 WHERE false`)).toEqual([]);
  });
});

describe('errors', () => {
  it('carry the SQLSTATE and leave the database usable', async () => {
    await expect(t.db.query(sql`INSERT INTO db_probe (id) VALUES (${1})`)).rejects.toMatchObject({ code: '23505' });
    await expect(t.db.query(sql`SELECT ${'not a number'}::int`)).rejects.toMatchObject({ code: '22P02' });
    expect(await t.db.one(sql`SELECT count(*)::int AS n FROM db_probe`)).toEqual({ n: 2 });
  });

  it('roll the whole transaction back', async () => {
    await expect(
      t.db.transaction(async () => {
        await t.db.query(sql`INSERT INTO db_probe (id) VALUES (${3})`);
        await t.db.query(sql`INSERT INTO db_probe (id) VALUES (${1})`);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await t.db.one(sql`SELECT count(*)::int AS n FROM db_probe WHERE id = 3`)).toEqual({ n: 0 });
  });
});

describe('transactions', () => {
  it('are not joined by a query from outside, which sees only what was committed', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const insertedOnce = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const writer = t.db.transaction(async () => {
      await t.db.query(sql`INSERT INTO db_probe (id) VALUES (${4})`);
      inserted();
      await held;
      await t.db.query(sql`UPDATE db_probe SET flag = true WHERE id = ${4}`);
    });
    await insertedOnce;
    // On PostgreSQL another connection reads at once; on PGlite (one session) the read waits for the commit.
    const reader = t.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM db_probe WHERE id = 4 AND flag IS NOT TRUE`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await writer;
    expect((await reader)!.n).toBe(0);
    expect(await t.db.one(sql`SELECT flag FROM db_probe WHERE id = 4`)).toEqual({ flag: true });
  });
});

describe('prepared statements', () => {
  const byId = (id: unknown) => sql.prepared('db_probe_by_id', sql`SELECT id, flag FROM db_probe WHERE id = ${id}`);

  it('answer like the same text, call after call, inside and outside transactions', async () => {
    expect(await t.db.query(byId(4))).toEqual([{ id: 4, flag: true }]);
    expect(await t.db.query(byId(99))).toEqual([]);
    await t.db.transaction(async () => {
      await t.db.query(sql`UPDATE db_probe SET flag = false WHERE id = ${4}`);
      expect(await t.db.query(byId(4))).toEqual([{ id: 4, flag: false }]);
    });
    expect(await t.db.one(byId(4))).toEqual({ id: 4, flag: false });
  });

  it('keep working after a failed call and after a rolled-back transaction', async () => {
    await expect(t.db.query(byId('not a number'))).rejects.toMatchObject({ code: '22P02' });
    expect(await t.db.one(byId(4))).toEqual({ id: 4, flag: false });
    const first = sql.prepared('db_probe_first_in_rollback', sql`SELECT count(*)::int AS n FROM db_probe WHERE id = ${1}`);
    await expect(
      t.db.transaction(async () => {
        expect(await t.db.one(first)).toEqual({ n: 1 });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await t.db.one(first)).toEqual({ n: 1 });
  });

  it('refuse another text under a name already used', async () => {
    await t.db.one(byId(4));
    await expect(t.db.query(sql.prepared('db_probe_by_id', sql`SELECT id FROM db_probe WHERE id > ${0}`))).rejects.toThrow();
    expect(await t.db.one(byId(4))).toEqual({ id: 4, flag: false });
  });
});
