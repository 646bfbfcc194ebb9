// The portal in Bahasa Indonesia as an Indonesian officer uses it: every capability's main page, a network record and
// the legislation coverage show the working vocabulary (categories, scales, classifications, kinds, roles, fields,
// standards) in Indonesian, and never an id as it is stored ("people_smuggling", "birthDate") or its English label.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARIES, type Vocabulary } from '../src/server/i18n/vocabulary';
import { ftmI18n } from '../src/web/features/networks/ftmI18n';
import { axeViolations, baseUrl, launch, newPage, restoreEnglish, signIn } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  if (browser) await restoreEnglish(browser, 'officer.idn@demo.example');
  await browser?.close();
});

/**
 * English labels of the shared vocabulary whose Indonesian differs: none may stand on an Indonesian page. Single
 * lower-case words ("leads", "uses") are left out, as demo records' own free text (names, summaries) is English.
 */
const ENGLISH_WORDS = [
  ...new Set(
    (Object.values(VOCABULARIES) as Vocabulary[]).flatMap((v) =>
      Object.entries(v.en)
        .filter(([id, en]) => v.id[id] !== en)
        .map(([, en]) => en),
    ),
  ),
].filter((en) => en.length > 3 && (/\s/.test(en) || /^\p{Lu}/u.test(en)));

/** Words of the screens themselves, beyond the shared vocabulary, that an untranslated page would show. */
const ENGLISH_SCREEN_WORDS = ['Reliability', 'Credibility', 'Classification', 'Search', 'Sign out', 'Reported by'];

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What an Indonesian reader would find still in English (or as a stored id) in the page's main region. */
async function englishLeft(page: Page): Promise<string[]> {
  const main = page.getByRole('main');
  await main.waitFor();
  // Records the viewer may read carry free text as their authors wrote it; the working words around them must not be English.
  // Demo records are labelled "(demo)" in their own text: those lines are the authors' words, not the portal's.
  // Links name records (a report's title, a person's name, another test's record): the authors' words, left out too.
  const withoutLinks = await main.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const a of copy.querySelectorAll('a')) a.remove();
    document.body.append(copy);
    const words = copy.innerText;
    copy.remove();
    return words;
  });
  const text = withoutLinks
    .split('\n')
    .filter((line) => !line.includes('(demo)'))
    .join('\n');
  const lines = text.split('\n');
  // Each English word with the line it stands in, so that a failure says where to look.
  // In a table row (cells separated by tabs) a working word fills a cell, or one item of a comma-separated cell: other cells
  // hold records' own names, which may contain such a word ("Returns Desk", a contact another walk recorded).
  const inLine = (w: string, l: string) =>
    l.includes('\t')
      ? l.split('\t').some((cell) => cell.split(/,\s*/).some((item) => item.trim() === w))
      : new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}($|[^\\p{L}])`, 'u').test(l);
  const found = [...ENGLISH_WORDS, ...ENGLISH_SCREEN_WORDS].flatMap((w) => {
    const line = lines.find((l) => inLine(w, l));
    return line === undefined ? [] : [`${w} in “${line.trim().slice(0, 120)}”`];
  });
  const ids = text.match(/\b[a-z]+(?:_[a-z]+)+\b|\b[a-z]+[A-Z][a-z]+\b/g) ?? [];
  return [...found, ...ids.map((id) => `id: ${id}`)];
}

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
