// The portal in Bahasa Indonesia as an Indonesian officer uses it: every capability's main page, a network record and
// the legislation coverage show the working vocabulary (categories, scales, classifications, kinds, roles, fields,
// standards) in Indonesian, and never an id as it is stored ("people_smuggling", "birthDate") or its English label.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../src/server/i18n/vocabulary';
import { ftmI18n } from '../src/web/features/networks/ftmI18n';
import { axeViolations, baseUrl, launch, newPage, restoreEnglish, signIn } from './harness';
import { englishLeft, escapeRegExp } from './in-bahasa';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  if (browser) await restoreEnglish(browser, 'officer.idn@demo.example');
  await browser?.close();
});

async function visit(page: Page, path: string, heading: RegExp) {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
  // Lists arrive after the heading: wait for the page to stop loading.
  await page.waitForLoadState('networkidle');
}

describe('the portal in Bahasa Indonesia', () => {
  it('an Indonesian officer walks the capabilities and finds no English working word and no stored id', async () => {
    const page = await newPage(browser);
    await signIn(page, 'officer.idn@demo.example');
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('link', { name: 'Anggota' }).first().waitFor();

    const pages: [string, RegExp][] = [
      ['/intel', /intelijen/i],
      ['/alerts', /peringatan/i],
      ['/directory', /direktori|kontak/i],
      ['/agreements', /perjanjian/i],
      ['/capacity/offers', /tawaran|kapasitas/i],
      ['/networks', /jaringan/i],
      ['/legislation', /perundang|legislasi|undang/i],
      ['/legislation/compare', /banding/i],
      ['/networks/graph', /graf|jaringan/i],
      ['/groups', /kelompok/i],
      ['/plans', /rencana/i],
      ['/surveys', /survei/i],
      ['/documents', /dokumen/i],
      ['/verifications', /verifikasi/i],
    ];
    const left: Record<string, string[]> = {};
    for (const [path, heading] of pages) {
      await visit(page, path, heading);
      const english = await englishLeft(page);
      if (english.length) left[path] = english;
      // The check reads the page: the intelligence list shows its categories in Indonesian.
      if (path === '/intel') expect(await page.getByRole('main').innerText()).toContain(VOCABULARIES.intelligenceCategory.id.people_smuggling);
    }

    // A record of the network catalogue: its kind, schema, fields and the roles of its links.
    await visit(page, '/networks', /jaringan/i);
    await page.getByRole('searchbox').or(page.getByLabel(/cari/i)).first().fill('a');
    await page.keyboard.press('Enter');
    const first = page.getByRole('main').getByRole('table').getByRole('link').first();
    await first.waitFor();
    await first.click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const english = await englishLeft(page);
    if (english.length) left['/networks/entities/…'] = english;
    // The profile line opens with the record's FtM schema in Indonesian ("Orang · ..."), never its English label.
    const schemata = Object.values(ftmI18n.id.ftm.schemata);
    const entityText = await page.getByRole('main').innerText();
    expect(schemata.some((k) => new RegExp(`^${escapeRegExp(k)} · `, 'm').test(entityText))).toBe(true);

    expect(left).toEqual({});
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
