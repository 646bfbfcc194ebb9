// The session answer tells the app what this user may do (permissions and features), so the app never names a role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, makeUser, signedIn, type TestPortal } from '../testing/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(() => portal.close());

describe('the session answer', () => {
  it('gives a cleared officer the intelligence permissions and features, and not the administrator ones', async () => {
    const officer = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'secret' });
    const body = (await officer.get('/api/auth/session')).json();
    expect(body.permissions).toEqual(expect.arrayContaining(['intel.read', 'intel.write', 'alerts.read', 'networks.read', 'agreements.read']));
    expect(body.permissions).not.toContain('audit.read');
    expect(body.permissions).not.toContain('users.manage');
    expect(body.features).toEqual(expect.arrayContaining(['intel', 'alerts', 'networks', 'agreements', 'legislation']));
    expect(body.features).not.toContain('public');
  });

  it('gives a policy officer no intelligence, and the RSO administrator the audit trail but no intelligence', async () => {
    const policy = await signedIn(portal, { role: 'policy', state: 'IDN' });
    const p = (await policy.get('/api/auth/session')).json();
    expect(p.permissions).toContain('legislation.instruments.write');
    expect(p.permissions).not.toContain('intel.read');
    expect(p.features).not.toContain('intel');
    expect(p.features).not.toContain('networks');

    const admin = await signedIn(portal, { role: 'admin', state: null });
    const a = (await admin.get('/api/auth/session')).json();
    expect(a.permissions).toEqual(expect.arrayContaining(['audit.read', 'users.manage', 'organisations.manage']));
    expect(a.permissions).not.toContain('intel.read');
    expect(a.features).not.toContain('intel');
  });

  it('answers the login with the same grants as the session', async () => {
    const user = await makeUser(portal.services, { role: 'coordinator', state: 'THA' });
    const res = await portal.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const session = await portal.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(res.json().permissions).toEqual(session.json().permissions);
    expect(res.json().features).toEqual(session.json().features);
    expect(res.json().permissions).toContain('legislation.assessments.validate');
  });

  it('grants nothing while a cleared account still has to enrol its second factor', async () => {
    const user = await makeUser(portal.services, { role: 'officer', clearance: 'secret' });
    await portal.db.exec(`UPDATE users SET totp_secret = NULL WHERE id = '${user.id}'`);
    const res = await portal.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    expect(res.json().mfaEnrolmentRequired).toBe(true);
    expect(res.json().permissions).toEqual([]);
    expect(res.json().features).toEqual([]);
  });
});
