// Every import is a job with an id, a status, counts and per-line errors that only its starter reads: here a flows return
// uploaded as a file, accepted whole or refused whole, and a fault while writing it that leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../testing/portal.js';

let portal: TestPortal;
let focal: Client;
let colleague: Client;

const header =
  'record,direction,citizenship,count,origin,transit,destination,means,vessel_type,fraudulent_documents,visa_misuse,fee_amount,fee_currency,group_size,deaths,injuries,profile,age_band,sex,nationality';
const csv = (rows: string[]) => Buffer.from([header, ...rows].join('\n')).toString('base64');
const crossings = async () => (await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM flow_crossings`))!.n;

beforeAll(async () => {
  portal = await createTestPortal();
  focal = await signedIn(portal, { role: 'focal_point', state: 'MYS' });
  colleague = await signedIn(portal, { role: 'focal_point', state: 'MYS' });
}, 60_000);
afterAll(async () => portal?.close());

describe('a flows return uploaded as a file is an import job', () => {
  it('answers its importId; the job reads back completed with its counts, for its starter only', async () => {
    const res = await focal.post('/api/flows/uploads', {
      period: '2024-02',
      format: 'csv',
      contentBase64: csv(['crossing,entry,MMR,10,,,,,,,,,,,,,,,,', 'crossing,exit,THA,4,,,,,,,,,,,,,,,,']),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { importId } = res.json();
    const job = (await focal.get(`/api/imports/${importId}`)).json();
    expect(job).toMatchObject({ module: 'flows', format: 'csv', status: 'completed', lines: 2, imported: 2, errorCount: 0 });
    expect((await colleague.get(`/api/imports/${importId}`)).statusCode).toBe(404);
    expect((await portal.app.inject({ method: 'GET', url: `/api/imports/${importId}` })).statusCode).toBe(401);
  });

  it('refuses a file with bad lines whole: the answer and the failed job name each line, and nothing is stored', async () => {
    const before = await crossings();
    const res = await focal.post('/api/flows/uploads', {
      period: '2024-03',
      format: 'csv',
      contentBase64: csv(['crossing,entry,MMR,10,,,,,,,,,,,,,,,,', 'crossing,entry,MMR,-1,,,,,,,,,,,,,,,,']),
    });
    expect(res.statusCode).toBe(400);
    const job = (await focal.get(`/api/imports/${res.json().importId}`)).json();
    expect(job).toMatchObject({ status: 'failed', imported: 0, errors: [{ line: 3, message: expect.stringMatching(/count: cannot be negative/i) }] });
    expect(await crossings()).toBe(before);
  });

  it('leaves nothing when writing fails half-way, and marks the job failed', async () => {
    const db = portal.db;
    await db.exec(`CREATE FUNCTION test_refuse_crossing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.citizenship = 'AFG' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_crossing BEFORE INSERT ON flow_crossings FOR EACH ROW EXECUTE FUNCTION test_refuse_crossing();`);
    try {
      const before = await crossings();
      const res = await focal.post('/api/flows/uploads', {
        period: '2024-04',
        format: 'csv',
        contentBase64: csv(['crossing,entry,MMR,10,,,,,,,,,,,,,,,,', 'crossing,entry,AFG,3,,,,,,,,,,,,,,,,']),
      });
      expect(res.statusCode).toBe(500);
      expect(await crossings()).toBe(before);
      const [job] = await db.query<{ status: string; message: string }>(
        sql`SELECT status, message FROM imports WHERE module = 'flows' ORDER BY started_at DESC LIMIT 1`,
      );
      expect(job).toMatchObject({ status: 'failed', message: expect.stringMatching(/injected fault/) });
    } finally {
      await db.exec('DROP TRIGGER test_refuse_crossing ON flow_crossings; DROP FUNCTION test_refuse_crossing();');
    }
  });
});
