// Cooperation as members meet it: a focal point adds a contact and records an agreement that shows in the matrix;
// an acting state reports progress on a Port Dickson action and the coordinator generates the report to the chair.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newPage, newPhonePage, sidewaysOverflow, signIn, waitForFocusInGroup } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now().toString(36);

describe('cooperation: directory, agreements, plans of action', () => {
  it('a focal point adds a contact point for their state and members see it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'focal.idn@demo.example');
    await page.getByRole('link', { name: 'Directory' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Contact directory' }).waitFor();
    const form = page.getByRole('form', { name: 'Add a contact point' });
    await form.getByLabel('Topic').selectOption('returns');
    await form.getByLabel('Name').fill(`Returns Desk ${stamp}`);
    await form.getByLabel('Agency').fill('Directorate General of Immigration');
    await form.getByLabel('E-mail').fill(`returns.${stamp}@idn.example`);
    await form.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact point added.' }).waitFor();
    await page.getByRole('cell', { name: `returns.${stamp}@idn.example` }).waitFor();
    // The demo has a stale entry for Indonesia: the focal point confirms it and it leaves the list.
    // The stale entries come from their own request: count them once the first is shown.
    const confirm = page.getByRole('button', { name: /^Still correct:/ }).first();
    await confirm.waitFor();
    const before = await page.getByRole('button', { name: /^Still correct:/ }).count();
    expect(before).toBeGreaterThan(0);
    await confirm.click();
    await page.getByRole('status').filter({ hasText: 'Confirmed.' }).waitFor();
    // The list reloads after the confirmation is announced: wait for it rather than count at once.
    await expect.poll(() => page.getByRole('button', { name: /^Still correct:/ }).count()).toBe(before - 1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a focal point changes and removes their own entry, asked first; another state’s focal point, on a phone, is offered neither', async () => {
    const page = await newPage(browser);
    await signIn(page, 'focal.idn@demo.example', '/directory');
    await page.getByRole('heading', { level: 1, name: 'Contact directory' }).waitFor();
    const name = `Visa Desk ${stamp}`;
    const add = page.getByRole('form', { name: 'Add a contact point' });
    await add.getByLabel('Topic').selectOption('document_fraud');
    await add.getByLabel('Name').fill(name);
    await add.getByLabel('Agency').fill('Directorate General of Immigration');
    await add.getByLabel('E-mail').fill(`visa.${stamp}@idn.example`);
    await add.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact point added.' }).waitFor();

    await page.getByRole('button', { name: `Edit: ${name}` }).click();
    const edit = page.getByRole('form', { name: `Change the entry for ${name}` });
    expect(await edit.getByLabel('E-mail').inputValue()).toBe(`visa.${stamp}@idn.example`);
    await edit.getByLabel('E-mail').fill('not an address');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('name') === 'email' && document.activeElement.getAttribute('aria-invalid') === 'true',
    );
    await edit.getByLabel('E-mail').fill(`visas.${stamp}@idn.example`);
    await edit.getByLabel('Phone').fill('+62 21 555 0100');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await page.getByRole('cell', { name: `visas.${stamp}@idn.example` }).waitFor();
    await page.getByRole('cell', { name: '+62 21 555 0100' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Another state's focal point reads the entry but is offered no change.
    const aus = await newPhonePage(browser);
    await signIn(aus, 'focal.aus@demo.example', '/directory');
    await aus.getByLabel('State', { exact: true }).first().selectOption('IDN');
    await aus.getByRole('cell', { name: `visas.${stamp}@idn.example` }).waitFor();
    expect(await aus.getByRole('button', { name: `Edit: ${name}` }).count()).toBe(0);
    expect(await aus.getByRole('button', { name: `Remove: ${name}` }).count()).toBe(0);
    expect(await sidewaysOverflow(aus)).toBe(0);
    expect(await axeViolations(aus)).toEqual([]);
    await aus.context().close();

    // Removing is asked first; saying no keeps the entry, saying yes removes it and says so.
    await page.getByRole('button', { name: `Remove: ${name}` }).click();
    const ask = page.getByRole('alertdialog', { name: `Remove ${name} from the directory?` });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('cell', { name: `visas.${stamp}@idn.example` }).waitFor();
    await page.getByRole('button', { name: `Remove: ${name}` }).click();
    await ask.getByRole('button', { name: 'Remove' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} was removed from the directory.` })
      .waitFor();
    await expect.poll(() => page.getByRole('cell', { name: `visas.${stamp}@idn.example` }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a focal point records an agreement and the matrix shows the new pair; a bad expiry is refused', async () => {
    const page = await newPage(browser);
    await signIn(page, 'focal.idn@demo.example');
    await page.getByRole('link', { name: 'Agreements' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    const matrix = page.getByRole('table', { name: 'Who has what with whom' });
    await matrix.waitFor();
    const cell = matrix.locator('td[data-pair="IDN-PHL"]');
    expect((await cell.textContent())?.trim()).toBe('');

    const form = page.getByRole('form', { name: 'Record an agreement' });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Title').fill(`IDN-PHL corruption intelligence ${stamp}`);
    await form.getByLabel('Parties').fill('IDN,PHL');
    // No scope ticked: said in plain words beside the scope, which takes the focus; nothing is sent.
    await form.getByRole('button', { name: 'Record the agreement' }).click();
    const scope = form.getByRole('group', { name: 'Scope' });
    await scope.getByText('Choose at least one.').waitFor();
    await waitForFocusInGroup(page, 'Scope');
    await form.getByLabel('Corruption intelligence').check();
    await form.getByLabel('Signed on').fill(yesterday);
    await form.getByLabel('Effective').fill(yesterday);
    await form.getByLabel('Expires').fill('2001-01-01');
    await form.getByRole('button', { name: 'Record the agreement' }).click();
    // The server's refusal is said beside the date it names, without the field's API name, and focused.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('name') === 'expiresOn' && document.activeElement.getAttribute('aria-invalid') === 'true',
    );
    const expires = await page.evaluate(
      () => document.getElementById(document.activeElement!.getAttribute('aria-describedby')!.split(' ')[0])?.textContent ?? '',
    );
    expect(expires).toMatch(/cannot expire/);
    expect(expires).not.toMatch(/expiresOn/);
    expect(await form.getByLabel('Title').inputValue()).toBe(`IDN-PHL corruption intelligence ${stamp}`);
    expect((await cell.textContent())?.trim()).toBe('');

    await form.getByLabel('Expires').fill('');
    await form.getByRole('button', { name: 'Record the agreement' }).click();
    await page.getByRole('status').filter({ hasText: 'Agreement recorded.' }).waitFor();
    await page.waitForFunction(() => document.querySelector('td[data-pair="IDN-PHL"]')?.textContent?.includes('✓'));
    expect(await cell.textContent()).toContain('✓ 1');
    await page.getByRole('cell', { name: new RegExp(`IDN-PHL corruption intelligence ${stamp}`) }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Terminating is asked first, and said after.
    const row = page.getByRole('row', { name: new RegExp(`IDN-PHL corruption intelligence ${stamp}`) });
    await row.getByRole('button', { name: 'Terminate' }).click();
    const ask = page.getByRole('alertdialog', { name: `Terminate “IDN-PHL corruption intelligence ${stamp}”?` });
    await ask.getByRole('button', { name: 'Terminate' }).click();
    await page.getByRole('status').filter({ hasText: 'The agreement is recorded as terminated.' }).waitFor();
    await row.getByRole('cell', { name: 'terminated' }).waitFor();
    await page.context().close();
  });

  it('an agreement and a plan have their own address: shared, reloaded, opened signed out at phone width; a draft stays with its parties', async () => {
    const page = await newPage(browser);
    await signIn(page, 'focal.idn@demo.example');
    await page.getByRole('link', { name: 'Agreements' }).first().click();
    const form = page.getByRole('form', { name: 'Record an agreement' });
    const title = `IDN-AUS draft returns arrangement ${stamp}`;
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Parties').fill('IDN,AUS');
    await form.getByLabel('Status').selectOption('draft');
    await form.getByLabel('Return of victims').check();
    await form.getByRole('button', { name: 'Record the agreement' }).click();
    await page.getByRole('status').filter({ hasText: 'Agreement recorded.' }).waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const address = new URL(page.url()).pathname;
    expect(address).toMatch(/^\/agreements\/[0-9a-f-]{36}$/);
    await page.getByRole('cell', { name: 'Australia' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The other party's focal point opens the shared link on a phone, signed out: sign-in first, then the agreement.
    const phone = await newPhonePage(browser);
    await signIn(phone, 'focal.aus@demo.example', address);
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();

    // A member who is not a party does not see a draft: the not-found page, not a piece of it.
    const other = await newPage(browser);
    await signIn(other, 'focal.mys@demo.example', address);
    await other.getByRole('heading', { level: 1, name: 'This page does not exist.' }).waitFor();
    expect(await other.getByText(title).count()).toBe(0);
    expect(await axeViolations(other)).toEqual([]);
    await other.context().close();

    // A plan of action opens at its own address too, and survives a reload.
    await page.getByRole('link', { name: 'Plans of action' }).first().click();
    const plan = page.getByRole('heading', { level: 2 }).getByRole('link').first();
    const planTitle = (await plan.textContent()) ?? '';
    await plan.click();
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/plans\/[a-z0-9-]+$/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await page.getByRole('link', { name: 'All plans of action' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an acting state reports progress and the coordinator sees it and generates the report to the chair', async () => {
    const page = await newPage(browser);
    await signIn(page, 'policy.idn@demo.example');
    await page.getByRole('link', { name: 'Plans of action' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Plans of action' }).waitFor();
    // Acting states and coordinators are named, not given as codes: the actions are drawn once the names are there.
    await expect.poll(() => page.getByText(/^Acting states:/).count()).toBeGreaterThan(0);
    expect(await page.getByText(/^Acting states: [A-Z]{3}\b/).count()).toBe(0);
    await page.getByRole('button', { name: 'Report progress (Strategy 4)' }).click();
    const form = page.getByRole('form', { name: 'Report progress' });
    await form.getByLabel('Status').selectOption('in_progress');
    await form.getByLabel('What has been done').fill(`Examined the criminal code against the key elements ${stamp}`);
    await form.getByLabel('Legislative drafting assistance').check();
    await form.getByRole('button', { name: 'Send the report' }).click();
    await page.getByRole('status').filter({ hasText: 'Progress reported.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();

    const coordinator = await newPage(browser);
    await signIn(coordinator, 'coordinator.tha@demo.example');
    await coordinator.getByRole('link', { name: 'Plans of action' }).first().click();
    const plan = coordinator.getByRole('region', { name: /Strategies for strengthening legislation/ });
    await plan.getByRole('button', { name: 'Show who has reported' }).click();
    await plan.getByText(/Strategy 4: \d+ of 45 acting states reported/).click();
    await plan.getByRole('row', { name: /Indonesia in progress/ }).waitFor();
    const md = await coordinator.evaluate(async () => (await fetch('/api/plans/port-dickson-2002/chair-report?format=md')).text());
    expect(md).toContain('Examined the criminal code against the key elements');
    expect(md).toMatch(/\*\*Indonesia\*\* \(strategy 4\): Legislative drafting assistance/);
    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      plan.getByRole('button', { name: 'Coordinator’s report to the chair (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chair-report-port-dickson-2002.pdf');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.context().close();
  });
});
