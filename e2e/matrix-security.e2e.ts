// Security cooperation on a phone in Bahasa Indonesia, as an Indonesian officer works in the field: signs in in
// Bahasa, files an intelligence report, keeps a watch-list (a missing name said beside it), finds the organiser of a
// network and his graph, reads the regional flows and is told beside the field what a return upload lacks, checks
// passengers' documents and opens the verification requests; the RSO administrator adds an organisation and runs a
// scheduled job. Every page fits the screen, speaks Bahasa and passes axe.
// The same flows at desktop in English: intel, networks, flows, identity, forms and jobs walks (see e2e/README.md).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../src/server/i18n/vocabulary';
import { formI18n } from '../src/web/components/form-i18n';
import { alertsI18n } from '../src/web/features/alerts/i18n';
import { documentsI18n } from '../src/web/features/documents/i18n';
import { flowsI18n } from '../src/web/features/flows/i18n';
import { intelI18n } from '../src/web/features/intel/i18n';
import { jobsI18n } from '../src/web/features/jobs/i18n';
import { networksI18n } from '../src/web/features/networks/i18n';
import { verificationsI18n } from '../src/web/features/verifications/i18n';
import { core } from '../src/web/i18n/core';
import { baseUrl, launch, newPhonePage } from './harness';
import { backToEnglish, escapeRegExp, readsWellInBahasa, signInInBahasa, words } from './in-bahasa';

const OFFICER = 'officer.idn@demo.example';
const ADMIN = 'admin@rso.demo.example';
const stamp = Date.now().toString(36);
let browser: Browser;
let page: Page;
let admin: Page | undefined;

beforeAll(async () => {
  browser = await launch();
  page = await newPhonePage(browser);
  await signInInBahasa(page, OFFICER, baseUrl());
});
afterAll(async () => {
  if (browser) {
    await backToEnglish(browser, page, OFFICER);
    if (admin) await backToEnglish(browser, admin, ADMIN);
  }
  await browser?.close();
});

/** Opens a page from the folded menu, as a thumb does, and waits for its heading. */
async function fromMenu(on: Page, link: string, heading: string): Promise<void> {
  await on.getByRole('button', { name: core.id.nav.menu, exact: true }).click();
  await on.locator('nav#sidenav').getByRole('link', { name: link, exact: true }).click();
  await on.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The text that describes the focused input (its problem), once the form has focused one that is invalid. */
async function focusedProblem(on: Page): Promise<string> {
  await on.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
  return on.evaluate(() =>
    (document.activeElement!.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe('security cooperation on a phone, in Bahasa Indonesia', () => {
  it('an officer files an intelligence report, graded and classified in Bahasa', async () => {
    const I = intelI18n.id;
    const title = `Fasilitator penyelundupan di Kupang ${stamp}`;
    await fromMenu(page, I.nav, I.title);
    const form = page.getByRole('form', { name: I.file });
    await form.getByLabel(I.reportTitle, { exact: true }).fill(title);
    await form.getByLabel(I.body, { exact: true }).fill(`Seorang fasilitator memungut uang tunai untuk keberangkatan dari Kupang. ${stamp}`);
    await form.getByLabel(I.category).selectOption('people_smuggling');
    await form.getByLabel(I.reliability).selectOption('B');
    await form.getByLabel(I.credibility).selectOption('2');
    await form.getByLabel(I.classification).selectOption('restricted');
    await form.getByRole('button', { name: I.submit }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    const report = await page.getByRole('main').innerText();
    expect(report).toContain(VOCABULARIES.intelligenceCategory.id.people_smuggling);
    expect(report).toContain(VOCABULARIES.classification.id.restricted);
    await readsWellInBahasa(page, '/intel/reports/…');
  });

  it('keeps a watch-list: a list with no name to watch is refused beside the names, then created', async () => {
    const W = alertsI18n.id;
    const list = `Daftar pantau ${stamp}`;
    await fromMenu(page, W.nav, W.title);
    await page.getByRole('link', { name: W.tabs.watchlists, exact: true }).click();
    const form = page.getByRole('form', { name: W.newWatchlist });
    await form.getByLabel(W.watchlistName).fill(list);
    await form.getByRole('button', { name: W.create }).click();
    expect(await focusedProblem(page)).toBe(W.needEntry);
    await form.getByLabel(W.kindLines.name).fill(`Zephyrin Vaskel ${stamp}`);
    await form.getByRole('button', { name: W.create }).click();
    await page.getByRole('status').filter({ hasText: W.created }).waitFor();
    await page.getByRole('link', { name: `${W.open}: ${list}` }).waitFor();
    await readsWellInBahasa(page, '/alerts/watchlists');
  });

  it('finds the organiser of the demo network by the words of his name and opens him in the graph', async () => {
    const N = networksI18n.id;
    await fromMenu(page, N.nav, N.title);
    await page.getByLabel(N.search).fill('Baloch Rashid');
    await page.getByRole('main').getByRole('table').getByRole('link', { name: 'Rashid Karim Baloch' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Rashid Karim Baloch' }).waitFor();
    await page.waitForLoadState('networkidle');
    await readsWellInBahasa(page, '/networks/entities/…');
    await page.getByRole('link', { name: N.showGraph }).click();
    const [before, after] = N.nodes.split('{{nodes}}');
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`${escapeRegExp(before!)}\\d+${escapeRegExp(after!.split('{{edges}}')[0]!)}`) })
      .waitFor();
    await readsWellInBahasa(page, '/networks/graph');
  });

  it('reads the regional flows, and an incident line with no one in the group is refused beside the group size', async () => {
    const F = flowsI18n.id;
    await fromMenu(page, F.nav, F.title);
    await page.waitForLoadState('networkidle');
    await readsWellInBahasa(page, '/flows');
    await page.getByRole('link', { name: F.tabs.report, exact: true }).click();
    const line = page.getByRole('form', { name: F.addIncident });
    await line.getByLabel(F.origin).fill('LKA');
    await line.getByLabel(F.destination).fill('AUS');
    await line.getByLabel(F.groupSize).fill('0');
    await line.getByRole('button', { name: F.addIncident }).click();
    expect(await focusedProblem(page)).toBe(words(formI18n.id.problem.atLeast, { min: 1 }));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe(F.groupSize);
    await readsWellInBahasa(page, '/flows/report');
  });

  it('checks the passengers of a landing in one batch and is told which state to contact', async () => {
    const C = documentsI18n.id.check;
    await fromMenu(page, documentsI18n.id.nav, documentsI18n.id.title);
    await page.getByLabel(C.manifest, { exact: true }).fill(`# pendaratan di Rote ${stamp}\nN4821937, LKA, passport\nZ9999999, IDN`);
    await page.getByRole('button', { name: C.submit, exact: true }).click();
    const results = page.getByRole('table', { name: C.results });
    await results.waitFor();
    await expect.poll(() => results.getByRole('row').count()).toBe(3);
    await readsWellInBahasa(page, '/documents');
  });

  it('opens the verification requests', async () => {
    const V = verificationsI18n.id;
    await fromMenu(page, V.nav, V.title);
    await page.waitForLoadState('networkidle');
    await readsWellInBahasa(page, '/verifications');
  });
});

describe('administration on a phone, in Bahasa Indonesia', () => {
  it('the RSO administrator adds an organisation, then runs a scheduled job and sees it queued', async () => {
    const U = core.id.users;
    const J = jobsI18n.id;
    const name = `Satuan tugas pesisir ${stamp}`;
    admin = await newPhonePage(browser);
    await signInInBahasa(admin, ADMIN, baseUrl());
    await fromMenu(admin, core.id.nav.users, U.title);
    const form = admin.getByRole('form', { name: U.addOrganisation });
    await form.getByLabel(U.organisationName).fill(name);
    await form.getByLabel(U.member).selectOption('IDN');
    await form.getByRole('button', { name: U.addOrganisation }).click();
    await admin.getByText(words(U.organisationAdded, { name })).waitFor();
    await readsWellInBahasa(admin, '/admin/users');

    await fromMenu(admin, J.nav, J.title);
    await admin.getByRole('button', { name: words(J.runNow, { name: 'auth.cleanup' }) }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: words(J.queued, { name: 'auth.cleanup' }) })
      .waitFor();
    await readsWellInBahasa(admin, '/admin/jobs');
  });
});
