// The portal in Bahasa Indonesia as an Indonesian officer uses it: every capability's main page, a network record and
// the legislation coverage show the working vocabulary (categories, scales, classifications, kinds, roles, fields,
// standards) in Indonesian, and never an id as it is stored ("people_smuggling", "birthDate") or its English label.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../src/server/i18n/vocabulary';
import { ftmI18n } from '../src/web/features/networks/ftmI18n';
import { axeViolations, baseUrl, launch, newPage, restoreEnglish, signIn } from './harness';
import { backToEnglish, englishLeft, escapeRegExp, signInInBahasa } from './in-bahasa';

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

    // A record of the network catalogue: its kind, schema, fields and the roles of its links. The demo network's organiser,
    // found by his name: the networks walk imports records of its own, which a search for any letter may list first.
    await visit(page, '/networks', /jaringan/i);
    await page.getByRole('searchbox').or(page.getByLabel(/cari/i)).first().fill('Baloch Rashid');
    await page.keyboard.press('Enter');
    const organiser = page.getByRole('main').getByRole('table').getByRole('link', { name: 'Rashid Karim Baloch' }).first();
    await organiser.click();
    // His own heading: the search page has level-2 headings too, which a wait for any of them finds before the record opens.
    await page.getByRole('heading', { level: 2, name: 'Rashid Karim Baloch' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The profile line opens with the record's FtM schema in Indonesian ("Orang · ..."), never its English label.
    const schemata = Object.values(ftmI18n.id.ftm.schemata);
    await expect
      .poll(async () => {
        const entityText = await page.getByRole('main').innerText();
        return schemata.some((k) => new RegExp(`^${escapeRegExp(k)} · `, 'm').test(entityText));
      })
      .toBe(true);
    const english = await englishLeft(page);
    if (english.length) left['/networks/entities/…'] = english;

    expect(left).toEqual({});
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

/**
 * Every page a member can open, as the people who open it: an address, or a list page and the kind of record link to
 * follow from it (the record's own page). Each is read once loaded; what is left in English is gathered for all pages
 * before the walk fails, so that one run shows every page to fix. `authored`: words of a record's own text that the
 * check would take for working vocabulary (a survey author's section titles, a law's own title), allowed on that page only.
 */
type Stop = { path: string; authored?: string[] } | { from: string; link: RegExp; authored?: string[] };
const EVERY_PAGE: Record<string, Stop[]> = {
  'officer.idn@demo.example': [
    { path: '/' },
    { path: '/members' },
    { path: '/members/IDN' },
    { path: '/profile' },
    // The demo report's own text speaks of "Family members of passengers".
    { from: '/intel', link: /^\/intel\/reports\/[^/]+$/, authored: ['Family'] },
    { path: '/alerts/notifications' },
    { path: '/alerts/watchlists' },
    { from: '/alerts', link: /^\/alerts\/[0-9a-f-]{36}$/ },
    { from: '/agreements', link: /^\/agreements\/[0-9a-f-]{36}$/ },
    { from: '/plans', link: /^\/plans\/[^/]+$/ },
    { path: '/capacity' },
    { path: '/capacity/assistance' },
    { path: '/capacity/analysis' },
    { path: '/networks/map' },
    { path: '/networks/timeline' },
    { path: '/networks/matches' },
    { path: '/networks/record' },
    { path: '/networks/exchange' },
    // Indonesia's own instruments keep their titles ("Law Number 6 Year 2011 concerning Immigration").
    { path: '/legislation/states/IDN', authored: ['Number'] },
    { path: '/legislation/treaties' },
    { path: '/legislation/catalogue' },
    // The working group's terms of reference are its own document ("Purpose of the Working Group", "Membership").
    { from: '/groups', link: /^\/groups\/[A-Za-z0-9_-]+$/, authored: ['Purpose', 'Membership'] },
    // The survey's author titled its sections in English ("People smuggling", "Trafficking in persons"); when the
    // surveys walk ran first, its own survey ("Rules of evidence") heads the list and is the one opened.
    { from: '/surveys', link: /^\/surveys\/[0-9a-f-]{36}$/, authored: ['People smuggling', 'Trafficking in persons', 'Rules of evidence'] },
    { path: '/documents/record' },
    { path: '/documents/ours' },
    { path: '/verifications/outgoing' },
    { path: '/verifications/new' },
    { path: '/verifications/dashboard' },
    { from: '/verifications', link: /^\/verifications\/[0-9a-f-]{36}$/ },
    { path: '/victims' },
    { path: '/victims/new' },
    { from: '/victims', link: /^\/victims\/[0-9a-f-]{36}$/ },
    { path: '/flows' },
    { path: '/flows/report' },
    { path: '/flows/quality' },
  ],
  'focal.idn@demo.example': [
    { path: '/admin/users' },
    { path: '/verifications/officers' },
    { path: '/groups/disruption-wg/co-chairs' },
    { path: '/groups/disruption-wg/statements' },
    { from: '/groups/disruption-wg/meetings', link: /^\/groups\/meetings\/[^/]+$/ },
  ],
  'admin@rso.demo.example': [{ path: '/admin/users' }, { path: '/admin/audit' }, { path: '/admin/jobs' }, { path: '/legislation/reference' }],
};

/** Opens a stop and says where it landed, or null when the list had no record to follow. */
async function open(page: Page, stop: Stop): Promise<string | null> {
  if ('path' in stop) {
    await page.goto(`${baseUrl()}${stop.path}`);
  } else {
    await page.goto(`${baseUrl()}${stop.from}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    // Other walks add records to these lists (newest first) in their own words: the demo's record, labelled "(demo)" in
    // its row, is the one opened wherever the list has one, so that the page read does not depend on which walk ran first.
    const links = await page
      .getByRole('main')
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', row: (a.closest('tr, li') ?? a).textContent ?? '' })));
    const records = links.filter((l) => stop.link.test(l.href));
    const href = (records.find((l) => l.row.includes('(demo)')) ?? records[0])?.href;
    if (!href) return null;
    await page.goto(`${baseUrl()}${href}`);
  }
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return 'path' in stop ? stop.path : page.url().replace(baseUrl(), '');
}

/** Stops per test: an officer's 36 pages took 70-80 s at load 15, near the 90 s a test may take; a part takes a quarter. */
const STOPS_PER_TEST = 10;

describe('every page in Bahasa Indonesia', () => {
  for (const [email, stops] of Object.entries(EVERY_PAGE))
    describe(email.split('@')[0]!, () => {
      // One sign-in per person for all the parts: each part goes on from the page the last one left.
      let page: Page | undefined;
      beforeAll(async () => {
        page = await newPage(browser);
        await signInInBahasa(page, email, baseUrl());
      });
      afterAll(async () => {
        if (!page) return;
        await backToEnglish(browser, page, email);
        await page.context().close();
      });
      const parts = Math.ceil(stops.length / STOPS_PER_TEST);
      for (let part = 0; part < parts; part++) {
        const these = stops.slice(part * STOPS_PER_TEST, (part + 1) * STOPS_PER_TEST);
        const which = parts > 1 ? ` (part ${part + 1} of ${parts})` : '';
        it(`${email.split('@')[0]} opens every page${which} and finds no English working word and no stored id`, async () => {
          const left: Record<string, string[]> = {};
          for (const stop of these) {
            const where = await open(page!, stop);
            if (where === null) {
              left['from' in stop ? stop.from : stop.path] = [`no record link like ${'link' in stop ? stop.link : ''}`];
              continue;
            }
            const english = (await englishLeft(page!)).filter((found) => !stop.authored?.some((w) => found.startsWith(`${w} in `)));
            if (english.length) left[where] = english;
          }
          expect(left).toEqual({});
        });
      }
    });
});
