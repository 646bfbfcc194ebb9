// Finding what a walk races: with E2E_TRANSIENT=<file>, every page from newPage/newPhonePage notes each message
// (role status or alert) that the page itself takes away or rewrites before the person's next step, into <file>.
// A walk that waits for such a message passes only when it looks in time: it must wait for what stays instead.

import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const FILE = process.env.E2E_TRANSIENT;

/** Watches `page` for messages that go away by themselves (when E2E_TRANSIENT names a file); returns the page. */
export async function watchTransient(page: Page): Promise<Page> {
  if (!FILE) return page;
  page.on('console', (m) => {
    if (m.text().startsWith('TRANSIENT ')) fs.appendFileSync(FILE, `${m.text()} [${expect.getState().currentTestName}]\n`);
  });
  await page.addInitScript(() => {
    const MESSAGE = '[role=status],[role=alert]';
    const shownAt = new WeakMap<Element, number>();
    const shown = new WeakMap<Element, string>();
    // The person's last step: a message removed after it went away because of it (a new page, a new try), not by itself.
    let lastStep = -1;
    for (const kind of ['pointerdown', 'keydown', 'input', 'change', 'click', 'popstate']) {
      window.addEventListener(kind, () => (lastStep = performance.now()), true);
    }
    const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
    const messagesIn = (n: Element) => [n, ...Array.from(n.querySelectorAll(MESSAGE))].filter((el) => el.matches(MESSAGE));
    const note = (el: Element, how: string) => {
      const since = shownAt.get(el) ?? 0;
      const text = shown.get(el) ?? textOf(el);
      // A loading line is meant to go; a message gone after the person's next step is theirs to go.
      if (lastStep >= since || !text || el.classList.contains('loading')) return;
      console.log(`TRANSIENT ${how} after ${Math.round(performance.now() - since)} ms at ${location.pathname}: ${text}`);
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        for (const n of Array.from(m.addedNodes)) {
          if (!(n instanceof Element)) continue;
          for (const el of messagesIn(n)) {
            shownAt.set(el, performance.now());
            shown.set(el, textOf(el));
          }
        }
        // A copy appended to <body> and removed at once is a walk reading the page (englishLeft), not the page.
        if (m.target === document.body) continue;
        for (const n of Array.from(m.removedNodes)) if (n instanceof Element) for (const el of messagesIn(n)) note(el, 'removed');
        const message = (m.target instanceof Element ? m.target : m.target.parentElement)?.closest(MESSAGE);
        if (message && shownAt.has(message) && textOf(message) !== shown.get(message)) {
          note(message, 'rewritten');
          shownAt.set(message, performance.now());
          shown.set(message, textOf(message));
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return page;
}
