// Account administration as the RSO admin uses it: changing an account's role, organisation and clearance (renewing its
// expiry), at desktop and at phone width; refused, beside the roles, when the admin would lower their own role.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newPage, newPhonePage, refuseNextSearch, sidewaysOverflow, signIn, waitForProblemAt } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now().toString(36);
const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

async function openUsers(page: Page) {
  await signIn(page, 'admin@rso.demo.example', '/admin/users');
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
}

describe('changing an account', () => {
  it('the admin changes an officer’s role, organisation and clearance and renews its expiry', async () => {
    const page = await newPage(browser);
    await openUsers(page);
    const name = `Ketut Accountwalk ${stamp}`;
    const create = page.getByRole('form', { name: 'Create account' });
    await create.getByLabel('E-mail').fill(`accounts.${stamp}@demo.example`);
    await create.getByLabel('Name').fill(name);
    await create.getByLabel('Roles').selectOption({ label: 'Officer' });
    await create.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/Account created\. Temporary password/).waitFor();

    // A search the server refuses (the box holds its 100 characters) is said beside the box, and what was typed stays.
    await refuseNextSearch(page, '/api/users', 'q', 100);
    await page.getByLabel('Search').fill('Ketut');
    expect(await waitForProblemAt(page, 'q')).toMatchObject({ problem: 'Write at most 100 characters.' });
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByLabel('Search').inputValue()).toBe('Ketut');
    await page.getByLabel('Search').fill(name);
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: `Edit the account of ${name}` }).click();
    const edit = page.getByRole('form', { name: `Change the account of ${name}` });
    const organisation = edit.getByLabel('Organisation');
    await organisation.locator('option').nth(1).waitFor({ state: 'attached' });
    const moved = await organisation
      .locator('option')
      .nth(1)
      .evaluate((o: HTMLOptionElement) => ({ value: o.value, label: o.textContent ?? '' }));
    await organisation.selectOption(moved.value);
    await edit.getByLabel('Officer', { exact: true }).uncheck();
    await edit.getByLabel('Analyst').check();
    await edit.getByLabel('Clearance', { exact: true }).selectOption({ label: 'Confidential' });
    await edit.getByLabel('Clearance expires').fill(inAYear);
    expect(await axeViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The account of ${name} is saved.` })
      .waitFor();
    await row.getByRole('cell', { name: 'Analyst', exact: true }).waitFor();
    await row.getByRole('cell', { name: /^Confidential · / }).waitFor();
    expect(await row.textContent()).toContain(moved.label.split(' · ')[1]);
    await page.context().close();
  });

  it('on a phone, the admin cannot lower their own role: said beside the roles, the account unchanged', async () => {
    const page = await newPhonePage(browser);
    await openUsers(page);
    await page.getByLabel('Search').fill('admin@rso');
    const own = page.getByRole('row', { name: /admin@rso\.demo\.example/ });
    await own.getByRole('button', { name: /^Edit the account of / }).click();
    const edit = page.getByRole('form', { name: /^Change the account of / });
    await edit.getByLabel('Policy officer').check();
    await edit.getByLabel('RSO administrator').uncheck();
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await edit
      .getByRole('group', { name: 'Roles' })
      .getByText(/lower your own role/)
      .waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await own.getByRole('cell', { name: 'RSO administrator', exact: true }).waitFor();
    await page.context().close();
  });
});
