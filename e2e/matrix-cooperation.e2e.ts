// Cooperation on a phone in Bahasa Indonesia, as Indonesia's focal point works away from the desk: signs in in Bahasa,
// keeps the contact directory, records an agreement (a missing scope said beside it), reports progress on a plan of
// action, records a capacity need, reads a survey and a working group's meeting, compares a route's laws and reads the
// treaty status; a visitor reads the public site. Every page fits the screen, speaks Bahasa and passes axe.
// The same flows at desktop in English: cooperation-a, surveys, groups and legislation walks (see e2e/README.md).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../src/server/i18n/vocabulary';
import { formI18n } from '../src/web/components/form-i18n';
import { agreementsI18n } from '../src/web/features/agreements/i18n';
import { capacityI18n } from '../src/web/features/capacity/i18n';
import { directoryI18n } from '../src/web/features/directory/i18n';
import { groupsI18n } from '../src/web/features/groups/i18n';
import { legislationI18n } from '../src/web/features/legislation/i18n';
import { plansI18n } from '../src/web/features/plans/i18n';
import { publicI18n } from '../src/web/features/public/i18n';
import { surveysI18n } from '../src/web/features/surveys/i18n';
import { core } from '../src/web/i18n/core';
import { baseUrl, launch, newPhonePage, waitForFocusInGroup } from './harness';
import { backToEnglish, escapeRegExp, readsWellInBahasa, signInInBahasa, words } from './in-bahasa';

const FOCAL = 'focal.idn@demo.example';
const stamp = Date.now().toString(36);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPhonePage(browser);
  await signInInBahasa(page, FOCAL, baseUrl());
});
afterAll(async () => {
  if (browser) await backToEnglish(browser, page, FOCAL);
  await browser?.close();
});

/** Opens a page from the folded menu, as a thumb does, and waits for its heading. */
async function fromMenu(link: string, heading: string = link): Promise<void> {
  await page.getByRole('button', { name: core.id.nav.menu, exact: true }).click();
  await page.locator('nav#sidenav').getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('cooperation on a phone, in Bahasa Indonesia', () => {
  it('the focal point adds a contact point to the directory and finds it listed', async () => {
    const D = directoryI18n.id;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await fromMenu(D.nav, D.title);
    const form = page.getByRole('form', { name: D.add });
    await form.getByLabel(D.topic).selectOption('returns');
    await form.getByLabel(D.name, { exact: true }).fill(`Meja Pemulangan ${stamp}`);
    await form.getByLabel(D.agency).fill('Direktorat Jenderal Imigrasi');
    await form.getByLabel(D.email).fill(`pemulangan.${stamp}@idn.example`);
    await form.getByRole('button', { name: D.addButton }).click();
    await page.getByRole('status').filter({ hasText: D.added }).waitFor();
    await page.getByRole('cell', { name: `pemulangan.${stamp}@idn.example` }).waitFor();
    await readsWellInBahasa(page, '/directory');
  });

  it('records an agreement: a missing scope is said beside it in Bahasa, then the agreement is listed with its scope', async () => {
    const A = agreementsI18n.id;
    const title = `Nota kesepahaman IDN-FJI ${stamp}`;
    await fromMenu(A.nav, A.title);
    const form = page.getByRole('form', { name: A.record });
    await form.getByLabel(A.titleCol, { exact: true }).fill(title);
    await form.getByLabel(A.parties, { exact: true }).fill('IDN,FJI');
    await form.getByRole('button', { name: A.save }).click();
    const scope = form.getByRole('group', { name: A.scope });
    await scope.getByText(formI18n.id.problem.chooseAtLeastOne).waitFor();
    await waitForFocusInGroup(page, A.scope);
    expect(await form.getByLabel(A.titleCol, { exact: true }).inputValue()).toBe(title);
    await readsWellInBahasa(page, '/agreements, scope refused');

    // An agreement in force needs the date it took effect: the server's refusal lands beside that date, in Bahasa.
    const scopeWord = VOCABULARIES.agreementScope.id.corruption_intelligence;
    await scope.getByLabel(scopeWord).check();
    await form.getByRole('button', { name: A.save }).click();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('name') === 'effectiveOn' && document.activeElement.getAttribute('aria-invalid') === 'true',
    );
    await readsWellInBahasa(page, '/agreements, effective date refused');
    const today = new Date().toISOString().slice(0, 10);
    await form.getByLabel(A.signed).fill(today);
    await form.getByLabel(A.effective).fill(today);
    await form.getByRole('button', { name: A.save }).click();
    await page.getByRole('status').filter({ hasText: A.recorded }).waitFor();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByRole('cell', { name: scopeWord }).waitFor();
    await readsWellInBahasa(page, '/agreements');
  });

  it('reports progress on an action of a plan of action', async () => {
    const P = plansI18n.id;
    await fromMenu(P.nav, P.title);
    // Another walk reports on strategy 4 for Indonesia: this one takes the first other action Indonesia acts on.
    const report = page.getByRole('button', { name: new RegExp(`^${P.report} \\((?!${words(P.strategy, { n: 4 })}\\))`) }).first();
    await report.click();
    const form = page.getByRole('form', { name: P.report });
    await form.getByLabel(P.status).selectOption('in_progress');
    await form.getByLabel(P.narrative).fill(`Rancangan undang-undang dibahas dengan kementerian terkait ${stamp}`);
    await form.getByRole('button', { name: P.submit }).click();
    await page.getByRole('status').filter({ hasText: P.reported }).waitFor();
    await readsWellInBahasa(page, '/plans');
  });

  it('records a capacity-building need of Indonesia, listed with its kind of help in Bahasa', async () => {
    const C = capacityI18n.id;
    const need = `Pelatihan pemeriksaan dokumen di bandara ${stamp}`;
    await fromMenu(C.nav, C.title);
    const form = page.getByRole('form', { name: words(C.recordNeed, { state: 'Indonesia' }) });
    await form.getByLabel(C.needTitle).fill(need);
    await form.getByLabel(C.helpKind).selectOption('training');
    await form.getByRole('button', { name: C.record }).click();
    await page.getByRole('link', { name: `${C.matches}: ${need}` }).waitFor();
    const row = page.getByRole('row').filter({ hasText: need });
    expect(await row.innerText()).toContain(VOCABULARIES.capacityHelpKind.id.training);
    await readsWellInBahasa(page, '/capacity');
  });

  it('opens a survey sent to Indonesia and reads where its answers stand', async () => {
    const S = surveysI18n.id;
    await fromMenu(S.nav, S.title);
    // The demo's survey, sent to every member: the surveys walk's own survey (newest, so listed first) may be published already.
    const survey = page
      .getByRole('main')
      .getByRole('table')
      .getByRole('link', { name: /\(demo\)/ })
      .first();
    await survey.waitFor();
    const name = (await survey.textContent()) ?? '';
    await survey.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const mine = page.getByRole('region', { name: S.detail.yourResponse });
    await mine.getByRole('link', { name: words(S.detail.answer, { state: 'Indonesia' }) }).waitFor();
    await page.waitForLoadState('networkidle');
    // The questionnaire is the coordinator's own words: the state's part is the portal's.
    await readsWellInBahasa(page, '/surveys/…', mine);
  });

  it('reads a meeting of a working group', async () => {
    const G = groupsI18n.id;
    await fromMenu(G.nav, G.title);
    await page
      .getByRole('main')
      .getByRole('link', { name: /\(demo\)/ })
      .first()
      .click();
    await page.getByRole('link', { name: G.tabs.meetings, exact: true }).click();
    const meeting = page
      .getByRole('main')
      .getByRole('table')
      .getByRole('link', { name: /\(demo\)/ })
      .first();
    await meeting.waitFor();
    await readsWellInBahasa(page, '/groups/…/meetings');
    const title = (await meeting.textContent()) ?? '';
    await meeting.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.waitForLoadState('networkidle');
    await readsWellInBahasa(page, '/groups/meetings/…');
  });

  it('compares the laws along a route and reads the treaty status of Indonesia', async () => {
    const L = legislationI18n.id;
    await page.goto(`${baseUrl()}/legislation/compare`);
    await page.getByRole('heading', { level: 1, name: L.compareTitle }).waitFor();
    await page.getByLabel(L.route).fill('LKA,MYS,IDN,AUS');
    await page.getByRole('button', { name: L.compareButton }).click();
    await page.getByTestId('weakest-link').waitFor();
    const weakest = words(L.weakest, { state: '%s' }).split('%s')[0]!;
    expect(await page.getByTestId('weakest-link').textContent()).toMatch(new RegExp(`^${escapeRegExp(weakest)}(LKA|MYS|IDN|AUS)`));
    await readsWellInBahasa(page, '/legislation/compare');

    await page.goto(`${baseUrl()}/legislation/states/IDN`);
    const untoc = page.getByTestId('treaty-table').locator('tr[data-instrument="UNTOC"] td').first();
    await untoc.waitFor();
    expect(await untoc.textContent()).toContain('2009-04-20');
    await page.waitForLoadState('networkidle');
    // The laws listed are titled as enacted (English titles of the reference file): the treaty table is the portal's words.
    await readsWellInBahasa(page, '/legislation/states/IDN', page.getByTestId('treaty-table'));
  });
});

describe('the public site on a phone set to Bahasa Indonesia', () => {
  it('a visitor reads what the members made public, in Bahasa, without signing in', async () => {
    const P = publicI18n.id;
    const visitor = await newPhonePage(browser, { locale: 'id-ID' });
    await visitor.goto(`${baseUrl()}/public`);
    await visitor.getByRole('heading', { level: 1, name: P.title }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: P.surveys }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: P.coverage }).waitFor();
    await readsWellInBahasa(visitor, '/public');
    await visitor.context().close();
  });
});
