// The portal on a phone (390 px wide), as an official opens it away from the desk: the menu folds behind one button,
// content starts under the header, no page is pushed sideways by a table, a form or a chart, in English and in
// Bahasa Indonesia, and axe finds nothing serious.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, newPhonePage, restoreEnglish, sidewaysOverflow, signIn } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  if (browser) await restoreEnglish(browser, 'focal.idn@demo.example');
  await browser?.close();
});

/** Opens a page by its address, waits for its heading and for its data, and checks it fits the screen. */
async function fits(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await sidewaysOverflow(page), `${path} is pushed sideways`).toBe(0);
  expect(await axeViolations(page), path).toEqual([]);
}

describe('on a phone', () => {
  it('opens on the page, not on a column of menu links; the menu opens, leads to a page and folds again', async () => {
    const page = await newPhonePage(browser);
    await signIn(page, 'officer.idn@demo.example');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    // The heading sits under the header, within the first screen's top third (it sat at 775 px under 14 links).
    expect((await heading.boundingBox())!.y).toBeLessThan(280);
    expect(await page.locator('nav#sidenav').isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.locator('nav#sidenav');
    await nav.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await nav.getByRole('link', { name: 'Regional flows' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regional flows' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('nav#sidenav').isVisible()).toBe(false);
    await page.waitForLoadState('networkidle');
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.context().close();
  });

  it("fits every key page of an officer's day on the screen, in English", async () => {
    const page = await newPhonePage(browser);
    await signIn(page, 'officer.idn@demo.example');
    for (const path of [
      '/',
      '/members',
      '/flows',
      '/flows/report',
      '/intel',
      '/alerts',
      '/networks',
      '/agreements',
      '/legislation',
      '/groups',
      '/plans',
      '/profile',
    ])
      await fits(page, path);
    await page.context().close();
  });

  it('fits the coordinator and focal point pages on the screen, in Bahasa Indonesia', async () => {
    const page = await newPhonePage(browser);
    await signIn(page, 'focal.idn@demo.example');
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('button', { name: 'Menu' }).waitFor();
    for (const path of ['/', '/surveys', '/directory', '/capacity', '/legislation/states/IDN', '/admin/users', '/verifications', '/victims'])
      await fits(page, path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.context().close();
  });
});
