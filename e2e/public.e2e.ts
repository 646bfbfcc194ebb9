// The public site as a visitor walks it, without an account: its own header, language and landmarks; the published
// survey results as a summary and a map with the table below; the coverage figures; at desktop and phone width, in
// English and in Bahasa Indonesia (chosen once, kept by the browser).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicI18n } from '../src/web/features/public/i18n';
import { core } from '../src/web/i18n/core';
import { axeViolations, baseUrl, launch, newPage, newPhonePage, sidewaysOverflow } from './harness';
import { escapeRegExp, readsWellInBahasa, words } from './in-bahasa';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const P = publicI18n.en;
const PI = publicI18n.id;

/** One banner, one main, one footer; no two landmarks of a kind share a name. */
async function landmarks(page: Page) {
  return {
    banner: await page.getByRole('banner').count(),
    main: await page.getByRole('main').count(),
    contentinfo: await page.getByRole('contentinfo').count(),
    navigation: await page.getByRole('navigation').count(),
  };
}

async function opened(page: Page, title: string) {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('main').getByRole('article').first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe('the public site', () => {
  it('a visitor at a desktop reads what the members made public, then switches to Bahasa and comes back to it in Bahasa', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/public`);
    await opened(page, P.title);
    expect(await landmarks(page)).toEqual({ banner: 1, main: 1, contentinfo: 1, navigation: 0 });
    const header = page.getByRole('banner');
    await header.getByRole('link', { name: core.en.app.name }).waitFor();
    await header.getByRole('link', { name: P.signIn }).waitFor();
    await header.getByLabel(core.en.app.language).waitFor();

    // A published survey reads as figures and a map; its members' answers are in the table below the map.
    // The demo's survey: the surveys walk publishes one of its own, answered by one member, listed first when it ran before.
    const main = page.getByRole('main');
    const survey = main
      .getByRole('article')
      .filter({ has: page.getByLabel(P.showOnMap) })
      .filter({ hasText: '(demo)' })
      .first();
    await survey.getByRole('heading', { level: 4, name: P.whatTheySaid }).waitFor();
    const question = await survey.getByLabel(P.showOnMap).locator('option:checked').textContent();
    expect(question).not.toBe(P.whoPublished);
    await survey.getByRole('group', { name: words(P.mapOfAnswers, { question: question ?? '' }) }).waitFor();
    expect(await survey.getByText(new RegExp(`^${P.publishedBy_other.split('{{')[0]}`)).count()).toBe(1);
    await survey.getByRole('table', { name: new RegExp(P.answersCaption.split('{{')[0]) }).waitFor();
    // The map can show who published instead, with its legend saying so.
    await survey.getByLabel(P.showOnMap).selectOption({ label: P.whoPublished });
    await survey.getByRole('group', { name: new RegExp(`^${escapeRegExp(P.mapOfPublication.split('“')[0]!)}`) }).waitFor();
    expect(await survey.getByRole('listitem').filter({ hasText: P.not_published }).count()).toBeGreaterThan(0);

    // Coverage: per indicator, in how many members it is in place.
    const coverage = main.getByRole('region', { name: new RegExp(`^${P.coverage}`) });
    expect(await coverage.getByText(new RegExp(words(P.inPlaceIn, { count: '\\d+', total: '\\d+' }))).count()).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Bahasa, chosen once in the header, stays for the next visit: no account needed.
    await header.getByLabel(core.en.app.language).selectOption('id');
    await page.getByRole('heading', { level: 1, name: PI.title }).waitFor();
    await page.reload();
    await opened(page, PI.title);
    await page.getByRole('banner').getByRole('link', { name: PI.signIn }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a visitor on a phone in Bahasa reads it without sideways scrolling, and signs in from its header', async () => {
    const page = await newPhonePage(browser, { locale: 'id-ID' });
    await page.goto(`${baseUrl()}/public`);
    await opened(page, PI.title);
    expect(await landmarks(page)).toEqual({ banner: 1, main: 1, contentinfo: 1, navigation: 0 });
    await page.getByRole('main').getByRole('heading', { level: 4, name: PI.whatTheySaid }).first().waitFor();
    // The maps' legends are named in Bahasa too (screen readers read them).
    expect(await page.getByRole('main').getByRole('list', { name: core.id.app.mapLegend }).count()).toBeGreaterThan(0);
    await readsWellInBahasa(page, '/public');
    await page.getByRole('banner').getByRole('link', { name: PI.signIn }).click();
    await page.getByRole('heading', { level: 1, name: core.id.login.title }).waitFor();
    await page.context().close();
  });
});
