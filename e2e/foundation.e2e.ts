// The foundation as a person meets it: sign in with an authenticator, switch language, browse members, be refused.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, axeViolations, baseUrl, launch, newPage, refuseNextSearch, signIn, totpFor, waitForProblemAt } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('signing in and finding one’s way', () => {
  it('an officer signs in with a TOTP code, sees the demo banner, and the login page passes axe', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, 'officer.idn@demo.example');
    await page.getByRole('heading', { level: 1, name: /Welcome, Budi Officer/ }).waitFor();
    await page
      .getByRole('note')
      .filter({ hasText: /DEMO DATA/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a wrong password is said in the sign-in form, a wrong code beside the code, and what was typed stays', async () => {
    const page = await newPage(browser);
    const officer = account('officer.idn@demo.example');
    await page.goto(`${baseUrl()}/`);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('E-mail').fill(officer.email);
    await form.getByLabel('Password').fill('not-the-password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await form.getByRole('alert').getByText('The e-mail address or the password is wrong.').waitFor();
    expect(await form.getByLabel('E-mail').inputValue()).toBe(officer.email);

    await form.getByLabel('Password').fill(officer.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    const code = form.getByLabel('Authenticator code');
    await code.waitFor();
    // A code that is not six digits is said beside it before anything is sent; a wrong one, by the server, there too.
    await code.fill('12');
    await form.getByRole('button', { name: 'Sign in' }).click();
    expect((await waitForProblemAt(page, 'totp')).invalid).toBe('true');
    const good = await totpFor(officer.totpSecret!);
    await code.fill(good === '000000' ? '000001' : '000000');
    await form.getByRole('button', { name: 'Sign in' }).click();
    const wrong = await waitForProblemAt(page, 'totp');
    expect(wrong.problem).toMatch(/^This code is wrong/);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('switches the whole app to Bahasa Indonesia and Thai', async () => {
    const page = await newPage(browser);
    await signIn(page, 'policy.idn@demo.example');
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('link', { name: 'Anggota' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.getByLabel('Bahasa').selectOption('th');
    await page.getByRole('link', { name: 'สมาชิก' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    await page.getByLabel('ภาษา').selectOption('en');
    await page.context().close();
  });

  it('browses the members directory: search, filter, open a member', async () => {
    const page = await newPage(browser);
    await signIn(page, 'policy.idn@demo.example');
    await page.getByRole('link', { name: 'Members' }).first().click();
    await page.getByText('49 members').waitFor();
    await page.getByLabel('Search by name or code').fill('thai');
    await page.getByText('1 member', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Thailand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thailand' }).waitFor();
    await page.goBack();
    await page.getByLabel('Search by name or code').fill('');
    await page.getByLabel('Kind').selectOption('organisation');
    await page.getByText('4 members').waitFor();
    // A search the server refuses (the box holds its 100 characters) is said beside the box, and what was typed stays.
    await refuseNextSearch(page, '/api/members', 'q', 100);
    await page.getByLabel('Search by name or code').fill('pacific');
    expect(await waitForProblemAt(page, 'q')).toMatchObject({ problem: 'Write at most 100 characters.' });
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByLabel('Search by name or code').inputValue()).toBe('pacific');
    expect(await page.getByLabel('Search by name or code').getAttribute('maxlength')).toBe('100');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is refused where it must be: an officer cannot administer users, and the API says 403', async () => {
    const page = await newPage(browser);
    await signIn(page, 'officer.aus@demo.example');
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/admin/users`);
    await page.getByRole('heading', { name: 'You do not have access to this page.' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/users')).status);
    expect(status).toBe(403);
    await page.context().close();
  });

  it('an anonymous visitor gets 401 from the API and the sign-in page from the app', async () => {
    const page = await newPage(browser);
    const res = await page.goto(`${baseUrl()}/api/users`);
    expect(res?.status()).toBe(401);
    await page.goto(`${baseUrl()}/admin/audit`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('the RSO admin reads the audit log and verifies the chain', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin@rso.demo.example');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText(/Chain intact: [\d,.]+ entries/).waitFor();
    await page.getByLabel('Outcome').selectOption('denied');
    await page.getByRole('cell', { name: 'Refused' }).first().waitFor();
    // A filter the server refuses (the box holds its 100 characters) is said beside that box, and what was typed stays.
    await refuseNextSearch(page, '/api/audit', 'action', 100);
    await page.getByLabel('Action', { exact: true }).fill('auth.login');
    expect(await waitForProblemAt(page, 'action')).toMatchObject({ problem: 'Write at most 100 characters.' });
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe('auth.login');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
