// Document checks end to end: a state records, another checks and learns only hit, status and whom to contact; MRZ
// check digits are reported; uploads are all or nothing with line numbers; a hashed list answers hits with no clear number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { documentHash, regionalKey } from './keyed-hash.js';

const KEY = 'ab'.repeat(32);
let portal: TestPortal;
let idn: Awaited<ReturnType<typeof signedIn>>;
let idnFocal: Awaited<ReturnType<typeof signedIn>>;
let aus: Awaited<ReturnType<typeof signedIn>>;
let ausSecret: Awaited<ReturnType<typeof signedIn>>;
let lka: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  portal = await createTestPortal({ documentKey: KEY });
  idn = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'restricted' });
  idnFocal = await signedIn(portal, { role: 'focal_point', state: 'IDN', clearance: 'secret' });
  aus = await signedIn(portal, { role: 'officer', state: 'AUS' });
  ausSecret = await signedIn(portal, { role: 'officer', state: 'AUS', clearance: 'secret' });
  lka = await signedIn(portal, { role: 'officer', state: 'LKA', clearance: 'secret' });
});
afterAll(() => portal.close());

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('recording and checking', () => {
  let recordId: string;

  it('a cleared officer records a stolen passport; the number is stored normalised', async () => {
    const res = await idn.post('/api/documents', {
      number: ' b 765-4321 ',
      issuingState: 'idn',
      type: 'passport',
      status: 'stolen',
      reportedOn: '2025-06-14',
      notes: 'taken from a hotel room',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ number: 'B7654321', issuingState: 'IDN', ownerState: 'IDN', status: 'stolen', hashed: false, created: true });
    recordId = res.json().id;
  });

  it('another state checks a batch and gets, in input order, hit or no hit with the status and the recording state only', async () => {
    const res = await aus.post('/api/documents/check', {
      documents: [
        { number: 'X0000001', issuingState: 'IDN' },
        { number: 'B7654321', issuingState: 'IDN', type: 'passport' },
        { number: 'B7654321', issuingState: 'MYS' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const { results } = res.json();
    expect(results.map((r: { index: number; hit: boolean }) => [r.index, r.hit])).toEqual([
      [0, false],
      [1, true],
      [2, false],
    ]);
    expect(results[1]).toMatchObject({ status: 'stolen', recordedBy: 'IDN' });
    expect(results[1].hits[0].record).toBeNull();
    expect(res.body).not.toContain('hotel room');
    expect(res.body).not.toContain(recordId);
  });

  it('a secret-cleared officer of a third state still sees only the hit: the record was not released to them', async () => {
    const res = await ausSecret.post('/api/documents/check', { documents: [{ number: 'B7654321', issuingState: 'IDN' }] });
    expect(res.json().results[0].hit).toBe(true);
    expect(res.json().results[0].hits[0].record).toBeNull();
    expect((await ausSecret.get(`/api/documents/${recordId}`)).statusCode).toBe(404);
    expect((await lka.get(`/api/documents/${recordId}`)).statusCode).toBe(404);
  });

  it('the recording state reads its own record whole in the answer', async () => {
    const res = await idn.post('/api/documents/check', { documents: [{ number: 'B7654321', issuingState: 'IDN' }] });
    expect(res.json().results[0].hits[0].record).toMatchObject({ id: recordId, notes: 'taken from a hotel room' });
  });

  it('the recording state is notified of the hit, with no document number in the text', async () => {
    const notes = await portal.db.query<{ user_id: string; title: string; link: string }>(
      sql`SELECT user_id::text, title, link FROM notifications WHERE kind = 'documents.hit'`,
    );
    expect(notes.map((n) => n.user_id)).toContain(idn.user.id);
    expect(notes.every((n) => n.link === '/documents/ours')).toBe(true);
    expect(notes[0].title).toMatch(/^One document recorded by Indonesia was hit in a check by Australia$/);
    expect(JSON.stringify(notes)).not.toContain('B7654321');
  });

  it('tells each person of the recording state in the language they chose', async () => {
    expect((await idn.put('/api/auth/locale', { locale: 'id' })).statusCode).toBe(200);
    try {
      await aus.post('/api/documents/check', { documents: [{ number: 'B7654321', issuingState: 'IDN' }] });
      const [latest] = await portal.db.query<{ title: string }>(
        sql`SELECT title FROM notifications WHERE kind = 'documents.hit' AND user_id = ${idn.user.id} ORDER BY created_at DESC, id DESC LIMIT 1`,
      );
      expect(latest.title).toBe('1 dokumen yang dicatat oleh Indonesia cocok dalam pemeriksaan oleh Australia');
    } finally {
      await idn.put('/api/auth/locale', { locale: 'en' });
    }
  });

  it('the recording state sees who checked its records and when; no one else does', async () => {
    const res = await idn.get('/api/documents/checks/ours');
    expect(res.statusCode, res.body).toBe(200);
    const emails = res.json().hits.map((h: { checkerEmail: string }) => h.checkerEmail);
    expect(emails).toContain(aus.user.email);
    expect(emails).toContain(ausSecret.user.email);
    expect(res.json().hits[0]).toMatchObject({ recordId, number: 'B7654321', issuingState: 'IDN' });
    const theirs = await aus.get('/api/documents/checks/ours');
    expect(theirs.statusCode).toBe(403); // no clearance
    const lkaView = await lka.get('/api/documents/checks/ours');
    expect(lkaView.json().hits).toEqual([]);
  });

  it('every check is audited with the records it hit, never the numbers', async () => {
    const rows = await portal.db.query<{ actor_email: string; detail: { hits: number; records: string[] } }>(sql`
      SELECT actor_email, detail FROM audit_log WHERE action = 'documents.check' ORDER BY id`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toMatchObject({ actor_email: aus.user.email, detail: { hits: 1, records: [recordId] } });
    expect(JSON.stringify(rows)).not.toContain('B7654321');
  });

  it('other states, a lower clearance and other roles see nothing of the list', async () => {
    expect((await lka.get('/api/documents')).json().records).toEqual([]);
    expect((await aus.get('/api/documents')).statusCode).toBe(403);
    const policy = await signedIn(portal, { role: 'policy', state: 'IDN' });
    expect((await policy.post('/api/documents/check', { documents: [{ number: 'B7654321', issuingState: 'IDN' }] })).statusCode).toBe(403);
    const uncleared = await signedIn(portal, { role: 'officer', state: 'IDN' });
    expect((await uncleared.get(`/api/documents/${recordId}`)).statusCode).toBe(403);
    expect((await uncleared.post('/api/documents', { number: 'A1', issuingState: 'IDN', type: 'passport', status: 'lost' })).statusCode).toBe(403);
    const restricted = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'restricted' });
    const secret = await idn.post('/api/documents', {
      number: 'S9999999',
      issuingState: 'IDN',
      type: 'passport',
      status: 'fraudulent',
      classification: 'secret',
    });
    expect(secret.statusCode).toBe(201);
    expect((await restricted.get(`/api/documents/${secret.json().id}`)).statusCode).toBe(404);
    expect((await restricted.get('/api/documents?q=S999')).json().records).toEqual([]);
    expect((await idnFocal.get('/api/documents?q=S999')).json().records).toHaveLength(1);
  });

  it('a withdrawn record no longer answers checks', async () => {
    const made = await idn.post('/api/documents', { number: 'W1111111', issuingState: 'IDN', type: 'identity_card', status: 'lost' });
    expect((await idn.post(`/api/documents/${made.json().id}/withdraw`, {})).json().withdrawnAt).not.toBeNull();
    expect((await aus.post('/api/documents/check', { documents: [{ number: 'W1111111', issuingState: 'IDN' }] })).json().results[0].hit).toBe(false);
    expect((await lka.post(`/api/documents/${made.json().id}/withdraw`, {})).statusCode).toBe(404);
    const reader = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'restricted' }); // no saved language
    const again = await reader.post(`/api/documents/${made.json().id}/withdraw`, {}, { 'accept-language': 'id' });
    expect(again.json()).toMatchObject({ error: 'conflict', message: 'Catatan ini sudah ditarik.' });
  });
});

describe('MRZ and pasted manifests', () => {
  const TD3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';

  it('an MRZ with a wrong check digit is reported, and the number it carries is still checked', async () => {
    await idn.post('/api/documents', { number: 'L898902C4', issuingState: 'UTO', type: 'passport', status: 'counterfeit' });
    const res = await aus.post('/api/documents/check', { mrz: [TD3, TD3.replace('L898902C36', 'L898902C46')] });
    const [good, forged] = res.json().results;
    expect(good).toMatchObject({ hit: false, mrz: { format: 'TD3', valid: true }, number: 'L898902C3', type: 'passport' });
    expect(forged).toMatchObject({ hit: true, status: 'counterfeit', recordedBy: 'IDN', mrz: { valid: false } });
    expect(forged.mrz.checkDigits.filter((c: { ok: boolean }) => !c.ok).map((c: { field: string }) => c.field)).toEqual(['documentNumber', 'composite']);
  });

  it('a pasted manifest mixes typed lines and MRZ lines; a bad line is answered with its problem, the rest are checked', async () => {
    const text = ['# flight GA 714 manifest', 'B7654321, IDN, passport', 'nonsense', '', ...TD3.split('\n'), 'X1; IDN; spaceship'].join('\n');
    const res = await aus.post('/api/documents/check', { text });
    expect(res.statusCode, res.body).toBe(200);
    const { results } = res.json();
    expect(results.map((r: { line: number; hit: boolean }) => [r.line, r.hit])).toEqual([
      [2, true],
      [3, false],
      [5, false],
      [7, false],
    ]);
    expect(results[1].problem).toMatch(/number, issuing state/i);
    expect(results[3].problem).toMatch(/not a document type/);
  });

  it('an uploaded manifest (CSV) is checked line by line with its line numbers', async () => {
    const csv = 'number,issuing_state,type\nB7654321,IDN,passport\nZZ1,AUS,\n';
    const res = await aus.post('/api/documents/check', { file: { format: 'csv', contentBase64: base64(csv) } });
    expect(res.json().results.map((r: { line: number; hit: boolean }) => [r.line, r.hit])).toEqual([
      [2, true],
      [3, false],
    ]);
  });

  it('more than 500 documents, or two kinds of input at once, are refused naming the field', async () => {
    const many = Array.from({ length: 501 }, (_v, i) => ({ number: `N${i}`, issuingState: 'IDN' }));
    const tooMany = await aus.post('/api/documents/check', { documents: many });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().field).toMatch(/documents/);
    const text = Array.from({ length: 501 }, (_v, i) => `N${i}, IDN`).join('\n');
    expect((await aus.post('/api/documents/check', { text })).json()).toMatchObject({ field: 'text' });
    const both = await aus.post('/api/documents/check', { documents: [{ number: 'A', issuingState: 'IDN' }], text: 'A, IDN' });
    expect(both.statusCode).toBe(400);
    const reader = await signedIn(portal, { role: 'officer', state: 'AUS' }); // no saved language
    const bothId = await reader.post(
      '/api/documents/check',
      { documents: [{ number: 'A', issuingState: 'IDN' }], text: 'A, IDN' },
      { 'accept-language': 'id' },
    );
    expect(bothId.json()).toMatchObject({
      field: 'body.documents',
      message: 'Berikan dokumen dengan satu cara saja: daftar, baris MRZ, teks yang ditempel, atau berkas.',
    });
  });
});

describe('lists by file and in bulk', () => {
  it('an upload with bad lines records nothing and names every line', async () => {
    const before = await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM document_records`);
    const csv =
      'number,issuing_state,type,status,issued_on\nC1000001,IDN,passport,stolen,2020-01-01\nC1000002,IDN,passport,misplaced,\nC1000001,IDN,passport,lost,\nC1#03,IDN,visa,lost,2020-02-30\n';
    const res = await idn.post('/api/documents/uploads', { format: 'csv', contentBase64: base64(csv) });
    expect(res.statusCode).toBe(400);
    const report = res.json().report as { line: number; field: string }[];
    expect(report.map((r) => [r.line, r.field])).toEqual([
      [3, 'status'],
      [5, 'issued_on'],
    ]);
    const after = await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM document_records`);
    expect(after!.n).toBe(before!.n);
    // Each line's problem reaches a reader of Bahasa Indonesia in their language, with the column named.
    const reader = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'restricted' }); // no saved language
    const inId = await reader.post('/api/documents/uploads', { format: 'csv', contentBase64: base64(csv) }, { 'accept-language': 'id' });
    expect(inId.json()).toMatchObject({
      field: 'status',
      message: 'Baris 3: Pilih salah satu pilihan. (1 baris lain juga bermasalah.) Tidak ada yang dicatat.',
      report: [
        { line: 3, field: 'status', message: 'Pilih salah satu pilihan.' },
        { line: 5, field: 'issued_on', message: 'Tanggal ini tidak ada.' },
      ],
    });
    const notCsv = await reader.post('/api/documents/uploads', { format: 'xlsx', contentBase64: base64('number\n') }, { 'accept-language': 'id' });
    expect(notCsv.json()).toMatchObject({ field: 'file', message: 'Berkas ini bukan buku kerja XLSX.' });
    const dup = await idn.post('/api/documents/uploads', {
      format: 'csv',
      contentBase64: base64('number,issuing_state,type,status\nC1000001,IDN,passport,stolen\nc100-0001,IDN,passport,lost\n'),
    });
    expect(dup.json()).toMatchObject({ field: 'number', report: [{ line: 3, message: 'The same document as line 2.' }] });
  });

  it('a good upload records every line, and a second one updates rather than duplicates', async () => {
    const csv = 'number,issuing_state,type,status\nC2000001,IDN,passport,stolen\nC2000002,IDN,identity_card,lost\n';
    expect((await idn.post('/api/documents/uploads', { format: 'csv', contentBase64: base64(csv) })).json()).toEqual({ created: 2, updated: 0, hashed: 0 });
    expect((await idn.post('/api/documents/uploads', { format: 'csv', contentBase64: base64(csv.replace('lost', 'revoked')) })).json()).toEqual({
      created: 0,
      updated: 2,
      hashed: 0,
    });
    expect((await aus.post('/api/documents/check', { documents: [{ number: 'C2000002', issuingState: 'IDN' }] })).json().results[0].status).toBe('revoked');
  });

  it('the XLSX template reads back as a list', async () => {
    const res = await idn.get('/api/documents/templates/document-list-template.xlsx');
    expect(res.statusCode).toBe(200);
    const imported = await idn.post('/api/documents/uploads', { format: 'xlsx', contentBase64: res.rawPayload.toString('base64') });
    // The example's hash line is a hash: the portal accepts it as a hashed record.
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ hashed: 1 });
  });

  it('a failure in the middle of a write leaves nothing half-recorded', async () => {
    const audit = portal.services.audit;
    const original = audit.record.bind(audit);
    audit.record = async () => {
      throw new Error('power cut');
    };
    try {
      const res = await idn.post('/api/documents/import', {
        documents: [
          { number: 'F1', issuingState: 'IDN', type: 'passport', status: 'lost' },
          { number: 'F2', issuingState: 'IDN', type: 'passport', status: 'lost' },
        ],
      });
      expect(res.statusCode).toBe(500);
    } finally {
      audit.record = original;
    }
    expect(await portal.db.query(sql`SELECT 1 FROM document_records WHERE number_norm IN ('F1', 'F2')`)).toEqual([]);
  });
});

describe('keyed-hash lists', () => {
  it('switching to a hashed list leaves no clear number of the state, and checks still hit', async () => {
    const res = await idnFocal.put('/api/documents/settings', { mode: 'hashed' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'hashed', keyConfigured: true });
    const clear = await portal.db.query(sql`SELECT 1 FROM document_records WHERE owner_state = 'IDN' AND number_norm IS NOT NULL`);
    expect(clear).toEqual([]);
    const check = await aus.post('/api/documents/check', { documents: [{ number: 'b7654321', issuingState: 'IDN' }] });
    expect(check.json().results[0]).toMatchObject({ hit: true, status: 'stolen', recordedBy: 'IDN' });
    const own = (await idn.post('/api/documents/check', { documents: [{ number: 'B7654321', issuingState: 'IDN' }] })).json().results[0].hits[0].record;
    expect(own).toMatchObject({ number: null, hashed: true, staleKey: false });
  });

  it('a new clear number is hashed on arrival; a state may also send only the hash it computed', async () => {
    const made = await idn.post('/api/documents', { number: 'H1234567', issuingState: 'IDN', type: 'passport', status: 'lost' });
    expect(made.json()).toMatchObject({ number: null, hashed: true });
    const hash = documentHash(regionalKey(KEY), 'IDN', 'H7654321').toString('hex');
    expect((await idn.post('/api/documents', { numberHash: hash, issuingState: 'IDN', type: 'passport', status: 'fraudulent' })).statusCode).toBe(201);
    const check = await aus.post('/api/documents/check', {
      documents: [
        { number: 'H1234567', issuingState: 'IDN' },
        { number: 'H-765-4321', issuingState: 'IDN' },
      ],
    });
    expect(check.json().results.map((r: { status: string }) => r.status)).toEqual(['lost', 'fraudulent']);
    const stored = await portal.db.query<Record<string, unknown>>(sql`SELECT * FROM document_records WHERE owner_state = 'IDN'`);
    expect(JSON.stringify(stored)).not.toContain('H1234567');
  });

  it('only the focal point changes the mode', async () => {
    expect((await idn.put('/api/documents/settings', { mode: 'clear' })).statusCode).toBe(403);
  });

  it('without a regional key a hashed list is refused, naming why', async () => {
    const keyless = await createTestPortal();
    try {
      const focal = await signedIn(keyless, { role: 'focal_point', state: 'MYS', clearance: 'secret' });
      const res = await focal.put('/api/documents/settings', { mode: 'hashed' });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/PORTAL_DOCUMENT_KEY/);
    } finally {
      await keyless.close();
    }
  });
});
