// The portal in Thai as Thailand's coordinator uses it: the key pages (home, legislation, directory, intelligence,
// flows) show no English working word and no stored id, and their Thai letters are drawn with the Noto Sans Thai font
// the app ships (no empty boxes whatever fonts the machine has, nothing fetched from elsewhere).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { core } from '../src/web/i18n/core';
import { axeViolations, baseUrl, launch, newPage, signIn } from './harness';
import { backToEnglish, englishLeft } from './in-bahasa';

const EMAIL = 'coordinator.tha@demo.example';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The fonts Chromium actually drew a heading's letters with (CSS.getPlatformFontsForNode), by family name. */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    // The text node inside the element carries the glyphs; the element itself reports them too in Chromium.
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/** Who reads which key page: Thailand's coordinator, and an officer who reads the portal in Thai for intelligence and flows. */
const READERS: Record<string, string[]> = {
  'coordinator.tha@demo.example': ['/', '/legislation', '/directory'],
  'officer.mys@demo.example': ['/intel', '/flows'],
};

describe('the portal in Thai', () => {
  for (const [email, pages] of Object.entries(READERS))
    it(`${email.split('@')[0]} reads the key pages in Thai, drawn in the shipped Thai font`, async () => {
      const page = await newPage(browser);
      try {
        await page.goto(`${baseUrl()}/`);
        await page.getByLabel(core.en.app.language).selectOption('th');
        await page.getByRole('heading', { level: 1, name: core.th.login.title }).waitFor();
        await signIn(page, email);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');

        const left: Record<string, string[]> = {};
        for (const path of pages) {
          await page.goto(`${baseUrl()}${path}`);
          const heading = page.getByRole('heading', { level: 1 }).first();
          await heading.waitFor();
          await page.waitForLoadState('networkidle');
          expect(await heading.innerText(), `${path} opens for ${email}`).not.toBe(core.th.app.forbidden);
          const english = await englishLeft(page, page.getByRole('main'), 'th');
          if (english.length) left[path] = english;
          // The heading is in Thai letters, and those letters come from Noto Sans Thai, not a fallback face or boxes.
          expect(await heading.innerText(), path).toMatch(/\p{Script=Thai}/u);
          await page.evaluate(() => document.fonts.ready);
          const drawn = await fontsDrawing(page, 'main h1');
          expect(drawn, `${path} draws its Thai heading with ${drawn.join(', ')}`).toContain('Noto Sans Thai');
          expect(await axeViolations(page), path).toEqual([]);
        }
        expect(left).toEqual({});
      } finally {
        await backToEnglish(browser, page, email);
        await page.context().close();
      }
    });
});
