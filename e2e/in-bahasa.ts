// What walks in Bahasa Indonesia share: choosing the language as a person does, giving the account back English, the
// app's own words to find things by, and the check that no English working word or stored id is left on a page.

import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { VOCABULARIES, type Vocabulary } from '../src/server/i18n/vocabulary';
import { core } from '../src/web/i18n/core';
import { axeViolations, restoreEnglish, sidewaysOverflow, signIn } from './harness';

/**
 * English labels of the shared vocabulary whose Indonesian differs: none may stand on an Indonesian page. Single
 * lower-case words ("leads", "uses") are left out, as demo records' own free text (names, summaries) is English.
 */
const englishWordsFor = (lang: 'id' | 'th') =>
  [
    ...new Set(
      (Object.values(VOCABULARIES) as Vocabulary[]).flatMap((v) =>
        Object.entries(v.en)
          .filter(([id, en]) => v[lang][id] !== en)
          .map(([, en]) => en),
      ),
    ),
  ].filter((en) => en.length > 3 && (/\s/.test(en) || /^\p{Lu}/u.test(en)));
const ENGLISH_WORDS = { id: englishWordsFor('id'), th: englishWordsFor('th') };

/** Words of the screens themselves, beyond the shared vocabulary, that an untranslated page would show. */
const ENGLISH_SCREEN_WORDS = ['Reliability', 'Credibility', 'Classification', 'Search', 'Sign out', 'Reported by'];

export function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A catalogue's words with their {{placeholders}} filled, as i18next renders them. */
export function words(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? `{{${key}}}`));
}

/**
 * What an Indonesian reader (or a Thai one: `lang`) would find still in English, or as a stored id, in the page's main
 * region (or `region`).
 */
export async function englishLeft(page: Page, region: Locator = page.getByRole('main'), lang: 'id' | 'th' = 'id'): Promise<string[]> {
  const main = region;
  await main.waitFor();
  // Records the viewer may read carry free text as their authors wrote it; the working words around them must not be English.
  // Demo records are labelled "(demo)" in their own text: those lines are the authors' words, not the portal's.
  // Links name records (a report's title, a person's name, another test's record): the authors' words, left out too.
  // <code> shows a technical name as such (a scheduled duty, a cron schedule), beside the words that explain it.
  const withoutLinks = await main.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const a of copy.querySelectorAll('a, code')) a.remove();
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
  const found = [...ENGLISH_WORDS[lang], ...ENGLISH_SCREEN_WORDS].flatMap((w) => {
    const line = lines.find((l) => inLine(w, l));
    return line === undefined ? [] : [`${w} in “${line.trim().slice(0, 120)}”`];
  });
  // A scheduled duty is named by its module ('accounts.clearance_expiry') wherever an administrator picks or runs it,
  // beside the words that describe it: a dotted name is that technical name, not a stored id left untranslated.
  const ids = text.match(/(?<![.\w])[a-z]+(?:_[a-z]+)+\b|\b[a-z]+[A-Z][a-z]+\b/g) ?? [];
  return [...found, ...ids.map((id) => `id: ${id}`)];
}

/**
 * What a page in Bahasa Indonesia on a phone owes its reader, once what it shows has loaded: it fits the screen, no
 * English working word or stored id is left (in its main region, or `region` where records' own words fill the rest),
 * and axe finds nothing serious.
 */
export async function readsWellInBahasa(page: Page, where: string, region?: Locator): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe('id');
  expect(await sidewaysOverflow(page), `${where} is pushed sideways`).toBe(0);
  expect(await englishLeft(page, region), where).toEqual([]);
  expect(await axeViolations(page), where).toEqual([]);
}

/** Signs in as an Indonesian official does: Bahasa Indonesia chosen on the sign-in page first (then saved on the account). */
export async function signInInBahasa(page: Page, email: string, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(core.en.app.language).selectOption('id');
  await page.getByRole('heading', { level: 1, name: core.id.login.title }).waitFor();
  await signIn(page, email);
}

/**
 * The language is saved on the account and later walks sign in as the same people: give it back English through the
 * page still signed in (no new sign-in), or through a new one if that page is gone. Call it from afterAll.
 */
export async function backToEnglish(browser: Browser, page: Page | undefined, email: string): Promise<void> {
  const status =
    page && !page.isClosed()
      ? await page
          .evaluate(async () => {
            const session = await fetch('/api/auth/session');
            if (!session.ok) return session.status;
            const { csrfToken } = await session.json();
            const res = await fetch('/api/auth/locale', {
              method: 'PUT',
              headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
              body: JSON.stringify({ locale: 'en' }),
            });
            return res.status;
          })
          .catch(() => 0)
      : 0;
  if (status !== 200) await restoreEnglish(browser, email);
}
