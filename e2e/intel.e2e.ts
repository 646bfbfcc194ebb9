// The intelligence exchange and regional alerts as two officers use them: IDN files and releases a report (refused
// where no agreement covers it), AUS acknowledges and asks, IDN answers; an alert acknowledged across states; a
// watch-list match raised when another state records the watched person.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, newPage, newPhonePage, refuseNextSearch, sidewaysOverflow, signIn, waitForProblemAt } from './harness';

let browser: Browser;
let idn: Page;
let aus: Page;
const token = `e2e${Date.now().toString(36)}`;
const letters = Array.from(Date.now().toString(36).slice(-5), (c) => String.fromCharCode(97 + (parseInt(c, 36) % 26))).join('');
const reportTitle = `Smuggling facilitator in Kupang ${token}`;
const alertTitle = `Wanted facilitator ${token}`;
const watchedName = `Zephyrin Vaskel${letters}`;
const listName = `Watch-list ${token}`;
/** The issued alert's own address, shared with the next walk. */
let alertAddress = '';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function open(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation', { name: /main/i }).first().getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

beforeAll(async () => {
  browser = await launch();
  idn = await newPage(browser);
  aus = await newPage(browser);
  await signIn(idn, 'officer.idn@demo.example');
  await signIn(aus, 'officer.aus@demo.example');
});
afterAll(async () => {
  await idn?.context().close();
  await aus?.context().close();
  await browser?.close();
});

describe('intelligence exchange', () => {
  it('IDN files a report, releases it to AUS, and is refused for LKA with the missing agreement named', async () => {
    await open(idn, 'Intelligence');
    await idn.getByLabel('Title', { exact: true }).fill(reportTitle);
    await idn.getByLabel('Report', { exact: true }).fill(`A facilitator collects cash for departures from Kupang. ${token}`);
    await idn.getByLabel('Category').selectOption('people_smuggling');
    await idn.getByLabel('Source reliability').selectOption('B');
    await idn.getByLabel('Information credibility').selectOption('2');
    await idn.getByLabel('Classification').selectOption('restricted');
    await idn.getByRole('button', { name: 'File the report' }).click();
    await idn.getByRole('heading', { name: reportTitle }).waitFor();

    const states = idn.getByLabel('Release to states (codes, comma separated)');
    await states.fill('AUS');
    await idn.getByRole('button', { name: 'Release', exact: true }).click();
    await idn.getByRole('status').filter({ hasText: 'Released.' }).waitFor();

    // Refused: said beside the states in plain words (the category by its name, not its code), focused, as typed.
    await states.fill('LKA');
    await idn.getByRole('button', { name: 'Release', exact: true }).click();
    const refusal = await waitForProblemAt(idn, 'states');
    expect(refusal.problem).toMatch(/^No agreement in force covers people smuggling for Sri Lanka\. Nothing was released\.$/);
    expect(refusal.problem).not.toMatch(/people_smuggling/);
    expect(await states.inputValue()).toBe('LKA');
    expect(await axeViolations(idn)).toEqual([]);
  });

  it('AUS acknowledges the report and sends a request for information', async () => {
    await open(aus, 'Intelligence');
    await aus.getByRole('link', { name: reportTitle }).first().click();
    await aus.getByRole('heading', { name: reportTitle }).waitFor();
    await aus.getByRole('button', { name: 'Acknowledge' }).click();
    await aus.getByRole('status').filter({ hasText: 'Acknowledged' }).waitFor();
    await aus.getByLabel('Question').fill(`Is the facilitator's phone number known? ${token}`);
    await aus.getByLabel('Deadline').fill(inDays(10));
    await aus.getByRole('button', { name: 'Send' }).click();
    await aus.getByText(/AUS → IDN: Is the facilitator's phone number known\?/).waitFor();
    expect(await axeViolations(aus)).toEqual([]);
  });

  it('IDN answers the request for information', async () => {
    await idn.reload();
    await open(idn, 'Intelligence');
    // The first list (every report IDN may read) is there before the server is made to refuse the next search.
    await idn.getByRole('table', { name: 'Results' }).waitFor();
    const search = idn.getByLabel('Search reports');
    expect(await search.getAttribute('maxlength')).toBe('200');
    // A search the server refuses (the box holds its 200 characters) is said beside the box, focused, what was typed kept.
    await refuseNextSearch(idn, '/api/intel/reports', 'q', 200);
    await search.fill(token);
    await idn.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await waitForProblemAt(idn, 'q')).toMatchObject({ invalid: 'true', problem: 'Write at most 200 characters.' });
    expect(await idn.getByRole('alert').count()).toBe(0);
    expect(await search.inputValue()).toBe(token);
    await idn.getByRole('button', { name: 'Search', exact: true }).click();
    await idn.getByRole('table', { name: 'Results' }).getByRole('link', { name: reportTitle }).click();
    await idn.getByText(/AUS → IDN: Is the facilitator's phone number known\?/).waitFor();
    await idn.getByLabel('Your reply').fill(`Yes, shared through the liaison officer. ${token}`);
    await idn.getByRole('button', { name: 'Reply' }).click();
    await idn.getByText(`IDN: Yes, shared through the liaison officer. ${token}`).waitFor();
    // The originator sees where its report went: released to AUS, and read there.
    await idn.getByRole('table', { name: 'Released to' }).getByRole('rowheader', { name: 'AUS' }).waitFor();
    await expect.poll(() => idn.getByRole('table', { name: 'Who read it' }).getByRole('cell', { name: 'AUS', exact: true }).count()).toBeGreaterThan(0);
    expect(await axeViolations(idn)).toEqual([]);
    // The report has its own address: AUS opens it from a bookmark; LKA, to whom it was not released, gets the not-found page.
    const address = idn.url();
    expect(address).toMatch(/\/intel\/reports\/[0-9a-f-]{36}$/);
    await aus.goto(address);
    await aus.getByRole('heading', { name: reportTitle }).waitFor();
    const lka = await newPage(browser);
    await signIn(lka, 'officer.lka@demo.example');
    await lka.goto(address);
    await lka.getByRole('heading', { level: 1, name: /This page does not exist|You do not have access to this page/ }).waitFor();
    expect(await lka.getByText(token).count()).toBe(0);
    await lka.context().close();
  });
});

describe('regional alerts', () => {
  it('IDN issues an alert to AUS; AUS acknowledges; the issuer sees who has acknowledged', async () => {
    await open(idn, 'Alerts');
    await idn.getByRole('link', { name: 'Issue an alert' }).click();
    await idn.getByLabel('Type').selectOption('wanted_person');
    await idn.getByLabel('Title', { exact: true }).fill(alertTitle);
    await idn.getByLabel('Alert text').fill(`Synthetic e2e alert: facilitator sought for questioning. ${token}`);
    await idn.getByLabel('Audience').selectOption('states');
    await idn.getByLabel(/^States \(codes/).fill('AUS');
    await idn.getByLabel('Classification').selectOption('restricted');
    await idn.getByLabel('Expires').fill(inDays(30));
    expect(await axeViolations(idn)).toEqual([]);
    await idn.getByRole('button', { name: 'Issue the alert' }).click();
    await idn.getByRole('heading', { name: alertTitle }).waitFor();
    await idn.getByText('0 of 1 recipient states have acknowledged.').waitFor();
    await idn.getByText(/Not acknowledged yet:\s*AUS/).waitFor();
    const alertUrl = idn.url();
    alertAddress = new URL(alertUrl).pathname;
    expect(await axeViolations(idn)).toEqual([]);

    await open(aus, 'Alerts');
    const row = aus.getByRole('row').filter({ hasText: alertTitle });
    await row.getByRole('cell', { name: 'Wanted person' }).waitFor();
    await row.getByRole('button', { name: `Acknowledge: ${alertTitle}` }).click();
    await aus.getByRole('status').filter({ hasText: 'Acknowledged for your state.' }).waitFor();
    await row.getByText('Acknowledged').waitFor();
    expect(await axeViolations(aus)).toEqual([]);

    await idn.goto(alertUrl);
    await idn.getByText('1 of 1 recipient states have acknowledged.').waitFor();
    await idn.getByText('Every recipient state has acknowledged.').waitFor();
  });

  it('the alert has its own address: the recipient opens the shared link signed out on a phone; a state it was not issued to is refused', async () => {
    expect(alertAddress).toMatch(/^\/alerts\/[0-9a-f-]{36}$/);
    const phone = await newPhonePage(browser);
    await signIn(phone, 'analyst.aus@demo.example', alertAddress);
    await phone.getByRole('heading', { name: alertTitle }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();

    const lka = await newPage(browser);
    await signIn(lka, 'officer.lka@demo.example', alertAddress);
    await lka.getByRole('heading', { level: 1, name: /This page does not exist\.|You do not have access to this page\./ }).waitFor();
    expect(await lka.getByText(token).count()).toBe(0);
    expect(await axeViolations(lka)).toEqual([]);
    await lka.context().close();
  });

  it('a watch-list raises a match when another state records the watched person', async () => {
    await aus.getByRole('link', { name: 'My watch-lists' }).click();
    await aus.getByLabel('Watch-list name').fill(listName);
    await aus.getByLabel('Names (one per line)').fill(watchedName);
    await aus.getByRole('button', { name: 'Create the watch-list' }).click();
    await aus.getByRole('status').filter({ hasText: 'Watch-list created.' }).waitFor();
    expect(await axeViolations(aus)).toEqual([]);

    // IDN records the person (restricted, released to AUS) through the networks import API, from its signed-in page.
    const line = JSON.stringify({ id: `e2e-watched-${token}`, schema: 'Person', properties: { name: [watchedName], nationality: ['IDN'] } });
    const imported = await idn.evaluate(
      async ({ line, url }) => {
        const session = await (await fetch('/api/auth/session')).json();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson', 'x-csrf-token': session.csrfToken },
          body: `${line}\n`,
        });
        return { status: res.status, body: await res.json() };
      },
      { line, url: `${baseUrl()}/api/networks/import?classification=restricted&releasableStates=AUS&reliability=B&credibility=2` },
    );
    expect(imported).toMatchObject({ status: 200, body: { entities: 1, errorCount: 0 } });

    await aus.reload();
    await aus.getByRole('link', { name: `Show matches: ${listName}` }).click();
    const match = aus.getByRole('row').filter({ hasText: watchedName });
    await aus.getByRole('heading', { name: `Matches: ${listName}` }).waitFor();
    await match.getByRole('link', { name: watchedName }).waitFor();
    await match.getByRole('cell', { name: 'Indonesia', exact: true }).waitFor();
    expect(await axeViolations(aus)).toEqual([]);

    await aus.getByRole('link', { name: 'Notifications' }).click();
    await aus.getByText(`Watch-list match: "${watchedName}" was recorded by Indonesia`).first().waitFor();
    await aus.getByRole('heading', { name: 'Delivery status' }).waitFor();
    expect(await axeViolations(aus)).toEqual([]);
  });

  it('a match on a record the owner may not read shows only who recorded it', async () => {
    await idn.getByRole('link', { name: 'My watch-lists' }).click();
    await idn.getByRole('link', { name: 'Show matches: Demo watch-list: Negombo organisers' }).click();
    await idn.getByText('A match was recorded by Sri Lanka; request access.').waitFor();
    expect(await idn.getByText('Suresh Pathirana', { exact: false }).count()).toBe(1); // the watched value only
    expect(await axeViolations(idn)).toEqual([]);
  });
});
