// Forms as a person meets them: a problem is said beside its field and focused, what was typed stays, a step that locks
// someone out is asked first and said after, and an administrator cannot lock themselves out.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, newPage, signIn } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The text of the element that describes the focused input (its problem), and the focused input's accessible name. */
async function focusedProblem(page: Page): Promise<{ label: string; problem: string; invalid: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return {
      label: el.labels?.[0]?.textContent ?? '',
      problem: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      invalid: el.getAttribute('aria-invalid'),
    };
  });
}

async function openUsers(page: Page) {
  await signIn(page, 'admin@rso.demo.example');
  await page.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
}

describe('a form says what is wrong where the eye is', () => {
  it('an empty required field is named beside it and focused; a refusal from the server lands on its field, keeping what was typed', async () => {
    const page = await newPage(browser);
    await openUsers(page);
    const form = page.getByRole('form', { name: 'Create account' });
    await form.getByRole('button', { name: 'Create account' }).click();
    // The form focuses its first problem in an effect after drawing it: wait for the focus, then read what it says.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(await focusedProblem(page)).toEqual({ label: 'E-mail', problem: 'This is required.', invalid: 'true' });

    // The server refuses an e-mail already in use: said beside the e-mail field, the rest of the form as typed.
    await form.getByLabel('E-mail').fill('officer.idn@demo.example');
    await form.getByLabel('Name').fill('Second Budi');
    await form.getByLabel('Roles').selectOption({ label: 'Officer' });
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.type === 'email' && document.activeElement?.getAttribute('aria-invalid') === 'true',
    );
    const refused = await focusedProblem(page);
    expect(refused.label).toBe('E-mail');
    expect(refused.problem).toMatch(/already exists/i);
    expect(refused.problem).not.toMatch(/body\.|email:/);
    expect(await form.getByLabel('Name').inputValue()).toBe('Second Budi');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a step that locks someone out is asked first', () => {
  it('creates an account, cancels its disabling, then disables it and is told so; the admin has no Disable on their own account', async () => {
    const page = await newPage(browser);
    await openUsers(page);
    const email = `forms.${Date.now()}@demo.example`;
    const form = page.getByRole('form', { name: 'Create account' });
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('Name').fill('Dewi Formwalk');
    await form.getByLabel('Roles').selectOption({ label: 'Officer' });
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/Account created\. Temporary password/).waitFor();

    await page.getByLabel('Search').fill('Formwalk');
    const row = page.getByRole('row', { name: /Dewi Formwalk/ });
    await row.getByRole('button', { name: 'Disable' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Disable the account of Dewi Formwalk?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.getByRole('button', { name: 'Disable' }).count()).toBe(1);

    await row.getByRole('button', { name: 'Disable' }).click();
    await dialog.getByRole('button', { name: 'Disable the account' }).click();
    await page.getByRole('status').getByText('The account of Dewi Formwalk is disabled; they have been signed out.').waitFor();
    await page.getByLabel('Show disabled accounts').check();
    await page
      .getByRole('row', { name: /Dewi Formwalk.*Disabled/ })
      .getByRole('button', { name: 'Enable' })
      .waitFor();

    await page.getByLabel('Search').fill('admin@rso');
    const own = page.getByRole('row', { name: /admin@rso\.demo\.example/ });
    await own.getByRole('button', { name: 'Reset password' }).waitFor();
    expect(await own.getByRole('button', { name: 'Disable' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('replacing a state’s webhook is asked first', () => {
  it('the focal point sets a webhook; a second address asks before replacing it, and Cancel keeps the first', async () => {
    const page = await newPage(browser);
    await signIn(page, 'focal.idn@demo.example');
    await page.goto(`${baseUrl()}/alerts/notifications`);
    const form = page.getByRole('form', { name: /My state’s webhook/ });
    const first = `https://hooks.idn.example/forms-${Date.now()}`;
    await form.getByLabel('Webhook address (https://…)').fill('not an address');
    await form.getByRole('button', { name: 'Save the webhook' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await form.getByLabel('Webhook address (https://…)').fill(first);
    await form.getByRole('button', { name: 'Save the webhook' }).click();
    await page.getByText(first).waitFor();

    await form.getByLabel('Webhook address (https://…)').fill('https://hooks.idn.example/other');
    await form.getByRole('button', { name: 'Save the webhook' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Replace the webhook?' });
    await ask.getByText(first).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.getByText(first).count()).toBeGreaterThan(0);
    expect(await form.getByLabel('Webhook address (https://…)').inputValue()).toBe('https://hooks.idn.example/other');
    await page.context().close();
  });
});
