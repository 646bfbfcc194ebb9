// What the server says to a person follows their language: the saved choice, else Accept-Language, else English.
// The machine part of an error (its code and field) never changes with the language.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, makeUser, signIn, type TestPortal } from '../testing/portal.js';
import { negotiateLanguage } from './languages.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(() => portal.close());

describe('choosing the language of a request', () => {
  it('takes the best of en, id and th from Accept-Language, by weight, English when none fits', () => {
    expect(negotiateLanguage('id-ID,id;q=0.9,en-US;q=0.8')).toBe('id');
    expect(negotiateLanguage('fr-FR, th;q=0.5, en;q=0.3')).toBe('th');
    expect(negotiateLanguage('en;q=0.2, th-TH;q=0.9')).toBe('th');
    expect(negotiateLanguage('de, fr')).toBe('en');
    expect(negotiateLanguage('th;q=0, id')).toBe('id');
    expect(negotiateLanguage(undefined)).toBe('en');
  });
});

describe("error messages in the reader's language", () => {
  const login = (payload: object, lang: string) => portal.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: { 'accept-language': lang } });

  it('says a missing field in plain words, in the language asked for, with the same code and field', async () => {
    const [en, id, th] = await Promise.all(['en', 'id-ID', 'th'].map((l) => login({ password: 'x' }, l)));
    for (const res of [en, id, th]) {
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid', field: 'body.email' });
    }
    expect(en.json().message).toBe('This is required.');
    expect(id.json().message).toBe('Wajib diisi.');
    expect(th.json().message).toBe('ต้องกรอกข้อมูลนี้');
    expect(id.json().fields).toEqual(expect.arrayContaining([{ field: 'body.email', message: 'Wajib diisi.' }]));
  });

  it("translates a schema's own message (a TOTP code of 6 digits)", async () => {
    const res = await login({ email: 'a@b.example', password: 'x', totp: '12' }, 'id');
    expect(res.json()).toMatchObject({ error: 'invalid', field: 'body.totp', message: 'Masukkan 6 digit kode.' });
  });

  it('follows the saved choice of a signed-in user over the browser, and the browser until they choose', async () => {
    const user = await makeUser(portal.services, { role: 'focal_point', state: 'IDN' });
    const client = await signIn(portal.app, user);
    const missing = () =>
      portal.app.inject({ method: 'GET', url: `/api/capacity/needs/${randomUUID()}/matches`, headers: { cookie: client.cookie, 'accept-language': 'th' } });
    const before = await missing();
    expect(before.statusCode).toBe(404);
    expect(before.json()).toMatchObject({ error: 'not_found', message: 'ไม่มีบันทึกนี้ หรือคุณไม่มีสิทธิ์ดูบันทึกนี้' });
    expect((await client.put('/api/auth/locale', { locale: 'id' })).statusCode).toBe(200);
    const after = await missing();
    expect(after.json()).toMatchObject({ error: 'not_found', message: 'Catatan ini tidak ada, atau Anda tidak berwenang melihatnya.' });
  });

  it('never shows an internal id to a person when a record is missing', async () => {
    const user = await makeUser(portal.services, { role: 'focal_point', state: 'IDN' });
    const client = await signIn(portal.app, user);
    const id = randomUUID();
    const res = await client.get(`/api/capacity/needs/${id}/matches`);
    expect(res.json().message).not.toContain(id);
    expect(res.json().message).toBe('This record does not exist, or you may not see it.');
  });

  it('refuses an anonymous caller in their language', async () => {
    const res = await portal.app.inject({ method: 'GET', url: '/api/capacity/offers', headers: { 'accept-language': 'id' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated', message: 'Silakan masuk.' });
  });
});
