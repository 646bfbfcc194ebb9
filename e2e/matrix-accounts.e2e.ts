// An account from its first day, at desktop in English: the RSO administrator adds an agency and a cleared officer in
// it, the officer signs in with the temporary password, is made to set up an authenticator before anything else,
// chooses a password of their own, and signs in again with it and the authenticator code.
// The same steps on a phone in Bahasa Indonesia: matrix-security (the administrator), matrix-cooperation (sign-in).

import * as OTPAuth from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, newPage, signIn, totpFor, waitForProblemAt } from './harness';

const stamp = Date.now().toString(36);
const AGENCY = `Coastal Task Force ${stamp}`;
const EMAIL = `newcomer.${stamp}@idn.example`;
const NEW_PASSWORD = `Tide-Gauge-${stamp}-Kupang`;
let browser: Browser;
let temporary = '';
let secret = '';
let newcomer: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Signs in through the form with what the newcomer was given; the authenticator code when asked. */
async function signInAs(page: Page, password: string, code?: () => Promise<string>): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('E-mail').fill(EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (code) {
    await page.getByLabel('Authenticator code').fill(await code());
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
}

describe('an account from its first day', () => {
  it('the RSO administrator adds an agency and a cleared officer in it, and is given a temporary password', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin@rso.demo.example');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();

    const org = page.getByRole('form', { name: 'Add organisation' });
    await org.getByLabel('Organisation name').fill(AGENCY);
    await org.getByLabel('Member state or organisation').selectOption('IDN');
    await org.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByText(`Organisation ${AGENCY} added.`).waitFor();

    const form = page.getByRole('form', { name: 'Create account' });
    await form.getByLabel('E-mail').fill(EMAIL);
    await form.getByLabel('Name').fill('Wulan Newcomer');
    // The new agency is offered as soon as it is added.
    await form.getByLabel('Organisation').locator('option', { hasText: AGENCY }).waitFor({ state: 'attached' });
    await form.getByLabel('Organisation').selectOption({ label: `IDN · ${AGENCY}` });
    await form.getByLabel('Roles').selectOption({ label: 'Officer' });
    await form.getByLabel('Clearance', { exact: true }).selectOption('restricted');
    await form.getByLabel('Clearance expires').fill(new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Create account' }).click();
    const created = page.getByText(/Account created\. Temporary password: \S+/);
    await created.waitFor();
    temporary = /Temporary password: (\S+)/.exec((await created.textContent()) ?? '')![1]!;
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the officer signs in with it and must set up an authenticator before anything else', async () => {
    const page = await newPage(browser);
    await signInAs(page, temporary);
    await page.getByRole('heading', { level: 1, name: 'Set up your authenticator' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await page.getByRole('img', { name: 'Set up your authenticator' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The secret is typed into the authenticator app; the app shows the code.
    secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
    const app = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
    await page.getByLabel('Authenticator code').fill('000000' === app.generate() ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    // A code the authenticator did not show is said beside the code, which keeps the focus for the next try.
    expect((await waitForProblemAt(page, 'totp')).problem).toMatch(/^The code does not match/);
    await page.getByLabel('Authenticator code').fill(await totpFor(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome, Wulan Newcomer/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).first().waitFor();
    newcomer = page;
  });

  it('chooses a password of their own, and signs in again with it and the authenticator', async () => {
    const page = newcomer;
    await page.getByRole('link', { name: 'My account' }).click();
    const form = page.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill(temporary);
    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').filter({ hasText: 'Password changed.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // The temporary password no longer opens the account; the new one does, with the authenticator code.
    await signInAs(page, temporary);
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Authenticator code').count()).toBe(0);
    await signInAs(page, NEW_PASSWORD, () => totpFor(secret));
    await page.getByRole('heading', { level: 1, name: /Welcome, Wulan Newcomer/ }).waitFor();
    await page.context().close();
  });
});
