// Surveys from building to publication: answering, evidence files, review, consent, public results, exports, reminders by e-mail.

import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let smtp: SMTPServer;
const mails: { to: string[]; body: string }[] = [];
/** A message's text as a person reads it: quoted-printable soft breaks joined and its bytes decoded as UTF-8. */
const readable = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
type C = Awaited<ReturnType<typeof signedIn>>;
let coord: C, focalIdn: C, officerIdn: C, focalMys: C, focalAus: C, officerLka: C;

const questionnaire = {
  title: 'Legislation survey (test)',
  sections: [
    {
      id: 'smuggling',
      title: 'People smuggling',
      questions: [
        { id: 'crim', kind: 'yes_no_partly', text: 'Is people smuggling a criminal offence?', required: true },
        { id: 'law', kind: 'citation', text: 'Which provision?' },
        { id: 'cases', kind: 'number', text: 'Prosecutions last year' },
        { id: 'evidence', kind: 'file', text: 'Attach the law' },
      ],
    },
  ],
};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, cb) {
      let body = '';
      stream.on('data', (c) => (body += c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  portal = await createTestPortal({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'portal@test.example' });
  coord = await signedIn(portal, { role: 'coordinator', state: 'PHL' });
  focalIdn = await signedIn(portal, { role: 'focal_point', state: 'IDN' });
  officerIdn = await signedIn(portal, { role: 'officer', state: 'IDN' });
  focalMys = await signedIn(portal, { role: 'focal_point', state: 'MYS' });
  focalAus = await signedIn(portal, { role: 'focal_point', state: 'AUS' });
  officerLka = await signedIn(portal, { role: 'officer', state: 'LKA' });
}, 240_000);
afterAll(async () => {
  await portal?.close();
  await new Promise<void>((r) => smtp?.close(() => r()));
});

describe('a survey from creation to publication', () => {
  let id: string;
  const inAWeek = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);

  it('is built by a coordinator only, and unseen by states until it is sent', async () => {
    expect((await focalIdn.post('/api/surveys', questionnaire)).statusCode).toBe(403);
    const bad = await coord.post('/api/surveys', {
      ...questionnaire,
      sections: [{ id: 's', title: 'S', questions: [{ id: 'q', kind: 'choice', text: 'Pick one' }] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('sections.0.questions.0.options');
    // The specific reason reaches a reader of Bahasa Indonesia in their language, beside the field it concerns.
    const badId = await coord.post(
      '/api/surveys',
      { ...questionnaire, sections: [{ id: 's', title: 'S', questions: [{ id: 'q', kind: 'choice', text: 'Pick one' }] }] },
      { 'accept-language': 'id' },
    );
    expect(badId.json()).toMatchObject({ field: 'sections.0.questions.0.options', message: 'Pertanyaan pilihan memerlukan sekurang-kurangnya dua pilihan.' });
    const res = await coord.post('/api/surveys', questionnaire);
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect((await focalIdn.get(`/api/surveys/${id}`)).statusCode).toBe(404);
    expect((await focalIdn.get('/api/surveys')).json().surveys.map((s: { id: string }) => s.id)).not.toContain(id);
    const v2 = await coord.put(`/api/surveys/${id}/questionnaire`, { sections: questionnaire.sections });
    expect(v2.json().version).toBe(2);
  });

  it('is sent to a chosen set with a deadline; others never see it', async () => {
    const sent = await coord.post(`/api/surveys/${id}/send`, { audience: 'chosen', states: ['IDN', 'MYS', 'AUS'], deadline: inAWeek });
    expect(sent.statusCode).toBe(200);
    const mine = (await focalIdn.get('/api/surveys')).json().surveys.find((s: { id: string }) => s.id === id);
    expect(mine.myResponse).toMatchObject({ status: 'not_started', can: { consent: false } });
    // What each reader may do with the survey, from access/surveys.ts: the app reads this, not roles.
    expect(mine.can).toEqual({ manage: false, send: false, close: false, publish: false, answer: true });
    expect((await coord.get(`/api/surveys/${id}`)).json().can).toEqual({ manage: true, send: false, close: true, publish: true, answer: false });
    expect((await officerLka.get(`/api/surveys/${id}`)).statusCode).toBe(404);
    expect((await officerLka.get(`/api/surveys/${id}/responses/IDN`)).statusCode).toBe(404);
    expect((await portal.app.inject({ method: 'GET', url: '/api/surveys' })).statusCode).toBe(401);
  });

  it('is answered in drafts, with evidence files checked for size and type', async () => {
    expect((await officerIdn.put(`/api/surveys/${id}/responses/IDN`, { answers: { cases: 3 } })).statusCode).toBe(403);
    expect((await focalMys.put(`/api/surveys/${id}/responses/IDN`, { answers: { cases: 3 } })).statusCode).toBe(404);
    const bad = await focalIdn.put(`/api/surveys/${id}/responses/IDN`, { answers: { crim: 'maybe' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('answers.crim');
    const negative = await focalIdn.put(`/api/surveys/${id}/responses/IDN`, { answers: { cases: -3 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().field).toBe('answers.cases');
    const saved = await focalIdn.put(`/api/surveys/${id}/responses/IDN`, {
      answers: { cases: 12, law: { instrument: 'Law 6/2011 on Immigration', section: 'Art. 120' } },
    });
    expect(saved.statusCode).toBe(200);
    const draft = (await focalIdn.get(`/api/surveys/${id}/responses/IDN`)).json();
    expect(draft.answers.cases).toBe(12);
    expect(draft.can).toEqual({ edit: true, submit: true, consent: false, delegate: true, review: false });
    expect((await coord.get(`/api/surveys/${id}/responses/IDN`)).json().can).toMatchObject({ edit: false, submit: false, review: false });

    const upload = (type: string, size: number, question = 'evidence') =>
      portal.app.inject({
        method: 'POST',
        url: `/api/surveys/${id}/responses/IDN/files?question=${question}&filename=law.pdf`,
        headers: { cookie: focalIdn.cookie, 'x-csrf-token': focalIdn.csrfToken, 'content-type': type },
        payload: Buffer.alloc(size, 1),
      });
    const exe = await upload('application/x-msdownload', 100);
    expect(exe.statusCode).toBe(415);
    const huge = await upload('application/pdf', 5 * 1024 * 1024 + 10);
    expect(huge.statusCode).toBe(413);
    expect((await upload('application/pdf', 100, 'cases')).statusCode).toBe(400);
    const ok = await upload('application/pdf', 2048);
    expect(ok.statusCode).toBe(201);
    // An evidence file is an import job: stored with its answer in one transaction that completes the job.
    expect((await focalIdn.get(`/api/imports/${ok.json().importId}`)).json()).toMatchObject({ module: 'surveys', status: 'completed', imported: 1 });
    const after = (await focalIdn.get(`/api/surveys/${id}/responses/IDN`)).json();
    expect(after.files).toHaveLength(1);
    expect(after.answers.evidence).toEqual([ok.json().id]);
  });

  it('refuses a submission with required questions empty, and changes nothing', async () => {
    const res = await focalIdn.post(`/api/surveys/${id}/responses/IDN/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      field: 'answers.crim',
      missing: ['crim'],
      message: 'One required question is not answered yet.',
      fields: [{ field: 'answers.crim', message: 'Answer this question before submitting.' }],
    });
    // Said in the reader's language, beside each question left empty.
    const id_ = await focalIdn.post(`/api/surveys/${id}/responses/IDN/submit`, {}, { 'accept-language': 'id' });
    expect(id_.json()).toMatchObject({ fields: [{ field: 'answers.crim', message: 'Jawab pertanyaan ini sebelum mengirim.' }] });
    expect((await focalIdn.get(`/api/surveys/${id}/responses/IDN`)).json().status).toBe('draft');
  });

  it('is submitted by the focal point, returned with comments, resubmitted and accepted', async () => {
    await focalIdn.put(`/api/surveys/${id}/responses/IDN`, { answers: { crim: 'yes' } });
    expect((await focalIdn.post(`/api/surveys/${id}/responses/IDN/submit`)).statusCode).toBe(200);
    expect((await focalIdn.put(`/api/surveys/${id}/responses/IDN`, { answers: { cases: 1 } })).statusCode).toBe(409);
    expect((await focalIdn.get(`/api/surveys/${id}/responses/IDN`)).json().can).toMatchObject({ edit: false, submit: false, consent: true });
    expect((await coord.get(`/api/surveys/${id}/responses/IDN`)).json().can).toMatchObject({ review: true });
    expect((await coord.post(`/api/surveys/${id}/responses/IDN/return`, { comment: 'Please cite the article number' })).statusCode).toBe(200);
    // After review, returned or accepted, the focal point still decides on publication: the app offers it as the service takes it.
    expect((await focalIdn.get(`/api/surveys/${id}/responses/IDN`)).json()).toMatchObject({
      status: 'returned',
      reviewComment: 'Please cite the article number',
      can: { edit: true, submit: true, consent: true },
    });
    await focalIdn.post(`/api/surveys/${id}/responses/IDN/submit`);
    expect((await coord.post(`/api/surveys/${id}/responses/IDN/accept`)).statusCode).toBe(200);
    expect((await focalIdn.get(`/api/surveys/${id}/responses/IDN`)).json()).toMatchObject({ status: 'accepted', can: { consent: true, review: false } });
    expect((await officerIdn.get(`/api/surveys/${id}/responses/IDN`)).json().can.consent).toBe(false);
    // A citation written as a spreadsheet formula: the CSV export must give it as text (CSV injection).
    await focalMys.put(`/api/surveys/${id}/responses/MYS`, {
      answers: { crim: 'partly', cases: 4, law: { instrument: '=HYPERLINK("http://evil.example/","click")', section: 'Art. 1' } },
    });
    await focalMys.post(`/api/surveys/${id}/responses/MYS/submit`);
    await coord.post(`/api/surveys/${id}/responses/MYS/accept`);
  });

  it('sends reminders once, in the app and by e-mail to the late state, in the language each recipient reads', async () => {
    // The focal point chose Bahasa Indonesia; the request that runs the reminders is the coordinator's, in English.
    await portal.db.query(sql`UPDATE users SET locale = 'id' WHERE id = ${focalAus.user.id}`);
    const run = await coord.post('/api/surveys/reminders/run');
    expect(run.json().sent).toEqual([{ surveyId: id, state: 'AUS', kind: 'before_deadline', emailed: 1 }]);
    await portal.services.jobs.runDue(); // the e-mail is a queued delivery
    const mail = mails.find((m) => m.to.includes(focalAus.user.email));
    expect(readable(mail?.body ?? '')).toContain('Jawaban negara Anda untuk survei “Legislation survey (test)” jatuh tempo pada');
    expect(readable(mail?.body ?? '')).not.toContain('Sign in');
    await portal.db.query(sql`UPDATE users SET locale = NULL WHERE id = ${focalAus.user.id}`);
    expect((await coord.post('/api/surveys/reminders/run')).json().sent).toEqual([]);
    expect((await focalAus.get('/api/surveys')).json().surveys.find((s: { id: string }) => s.id === id).reminders[0].kind).toBe('before_deadline');
  });

  it('refuses answers once the survey is closed', async () => {
    expect((await coord.post(`/api/surveys/${id}/close`)).statusCode).toBe(200);
    const res = await focalAus.put(`/api/surveys/${id}/responses/AUS`, { answers: { crim: 'yes' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'survey_closed', message: 'The survey is closed; answers are accepted only while it is open.' });
    const submitId = await focalAus.post(`/api/surveys/${id}/responses/AUS/submit`, {}, { 'accept-language': 'id' });
    expect(submitId.json()).toMatchObject({ error: 'survey_closed', message: 'Survei ini sudah ditutup; jawaban hanya diterima selama survei terbuka.' });
    expect((await focalAus.get(`/api/surveys/${id}/responses/AUS`)).json().status).toBe('not_started');
  });

  it('is not published until every answering state has decided on consent', async () => {
    const res = await coord.post(`/api/surveys/${id}/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: 'consent_pending',
      states: ['IDN', 'MYS'],
      message: 'Indonesia and Malaysia have not yet decided whether to consent to publication.',
    });
    const resId = await coord.post(`/api/surveys/${id}/publish`, {}, { 'accept-language': 'id' });
    expect(resId.json().message).toBe('Indonesia dan Malaysia belum memutuskan apakah menyetujui penerbitan.');
    expect((await portal.app.inject({ method: 'GET', url: '/api/public/surveys' })).json().surveys).toEqual([]);
    // The decision is offered exactly to whom the server lets make it: the focal point, not the policy officer.
    expect((await focalIdn.get(`/api/surveys/${id}`)).json().myResponse.can).toEqual({ consent: true });
    expect((await officerIdn.get(`/api/surveys/${id}`)).json().myResponse.can).toEqual({ consent: false });
    expect((await officerIdn.post(`/api/surveys/${id}/responses/IDN/consent`, { consent: true })).statusCode).toBe(403);
    await focalIdn.post(`/api/surveys/${id}/responses/IDN/consent`, { consent: true });
    await focalMys.post(`/api/surveys/${id}/responses/MYS/consent`, { consent: false });
    expect((await focalIdn.post(`/api/surveys/${id}/publish`)).statusCode).toBe(403);
    const pub = await coord.post(`/api/surveys/${id}/publish`);
    expect(pub.json()).toMatchObject({ published: ['IDN'], notPublished: ['MYS'] });
  });

  it('shows published results to anyone, a withholding state as "not published", never its answers', async () => {
    const res = await portal.app.inject({ method: 'GET', url: '/api/public/surveys' });
    expect(res.statusCode).toBe(200);
    const survey = res.json().surveys.find((s: { surveyId: string }) => s.surveyId === id);
    expect(survey.states.map((s: { state: string; publication: string }) => [s.state, s.publication])).toEqual(
      expect.arrayContaining([
        ['IDN', 'published'],
        ['MYS', 'not_published'],
        ['AUS', 'no_answer'],
      ]),
    );
    expect(survey.answers.map((a: { state: string }) => a.state)).toEqual(['IDN']);
    expect(survey.questions.find((q: { id: string }) => q.id === 'crim').counts).toEqual([
      { option: 'yes', count: 1 },
      { option: 'no', count: 0 },
      { option: 'partly', count: 0 },
    ]);
    expect(JSON.stringify(res.json())).not.toContain('partly","count":1');
  });

  it('gives the coordinator every accepted answer, per question, state and sub-region, as CSV and XLSX', async () => {
    const r = (await coord.get(`/api/surveys/${id}/results`)).json();
    const crim = r.questions.find((q: { id: string }) => q.id === 'crim');
    expect(crim.counts).toEqual([
      { option: 'yes', count: 1 },
      { option: 'no', count: 0 },
      { option: 'partly', count: 1 },
    ]);
    expect(crim.bySubregion.map((s: { subregion: string }) => s.subregion)).toEqual(['South-eastern Asia']);
    expect(r.questions.find((q: { id: string }) => q.id === 'cases').number).toEqual({ min: 4, max: 12, mean: 8 });
    const csv = await coord.get(`/api/surveys/${id}/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Law 6/2011 on Immigration, Art. 120');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example/"",""click""), Art. 1"`);
    const xlsx = await coord.get(`/api/surveys/${id}/export?format=xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // The XLSX is for people: headers, sheets, publication and yes/no answers in the reader's language, no question ids.
    const inThai = await portal.app.inject({
      method: 'GET',
      url: `/api/surveys/${id}/export?format=xlsx`,
      headers: { cookie: coord.cookie, 'accept-language': 'th' },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(inThai.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['คำตอบ', 'รายคำถาม']);
    const rows = book.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0].slice(0, 3)).toEqual(['ประเทศ', 'อนุภูมิภาค', 'การเผยแพร่']);
    expect(rows[0].join(' ')).not.toContain('crim:');
    expect(rows).toContainEqual(expect.arrayContaining(['อินโดนีเซีย', 'เอเชียตะวันออกเฉียงใต้', 'ใช่']));
    expect((await officerLka.get(`/api/surveys/${id}/export?format=csv`)).body).not.toContain('partly');
  });
});
