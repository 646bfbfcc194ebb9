// What browser tests share: Chromium from Debian, signing in as a demo account (with TOTP), and axe checks.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { watchTransient } from './transient';

export interface DemoAccount {
  email: string;
  password: string;
  totpSecret: string | null;
  role: string;
  state: string | null;
  clearance: string;
}

export const baseUrl = () => inject('baseUrl');

export function accounts(): DemoAccount[] {
  return JSON.parse(fs.readFileSync(path.join(inject('dataDir'), 'demo-accounts.json'), 'utf8'));
}

export function account(email: string): DemoAccount {
  const found = accounts().find((a) => a.email === email);
  if (!found) throw new Error(`no demo account ${email}`);
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** A page in its own browser context: no cookies or saved language shared with other tests. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return watchTransient(await context.newPage());
}

/**
 * The server refuses a TOTP code used before and accepts one step of clock drift. Test files share accounts, so the
 * steps used are kept in the data folder; when the next step is not yet within the drift window, this waits for it.
 */
export async function totpFor(secret: string): Promise<string> {
  const file = path.join(inject('dataDir'), 'e2e-totp-steps.json');
  const used: Record<string, number> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const last = used[secret] ?? 0;
  // The next unused step is last + 1; the server accepts it once the clock's step is at least `last`.
  while (Math.floor(Date.now() / 30_000) < last) await new Promise((r) => setTimeout(r, 1000));
  const step = Math.max(Math.floor(Date.now() / 30_000), last + 1);
  used[secret] = step;
  fs.writeFileSync(file, JSON.stringify(used));
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: step * 30_000 + 1000 });
}

/**
 * Signs in through the login form as a person would, entering the authenticator code when asked. `path`: the address
 * opened signed out (a bookmarked or shared link); the sign-in form shows there and the page opens after it.
 */
export async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  const a = account(email);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByLabel(/e-mail|surel|อีเมล/i).fill(a.email);
  await page.getByLabel(/^(password|kata sandi|รหัสผ่าน)$/i).fill(a.password);
  await page.getByRole('button', { name: /sign in|masuk|เข้าสู่ระบบ/i }).click();
  if (a.totpSecret) {
    const totp = page.getByLabel(/authenticator code|kode autentikator|รหัสจากแอป/i);
    await totp.waitFor();
    await totp.fill(await totpFor(a.totpSecret));
    await page.getByRole('button', { name: /sign in|masuk|เข้าสู่ระบบ/i }).click();
  }
  // At desktop width the navigation shows; at phone width it folds behind the Menu button.
  await page
    .getByRole('navigation', { name: /main|utama|หลัก/i })
    .or(page.getByRole('button', { name: /^(menu|เมนู)$/i }))
    .first()
    .waitFor();
}

/** A page at a phone's size (390 x 844 CSS pixels, touch), in its own browser context; `locale` is the phone's language. */
export async function newPhonePage(browser: Browser, { locale }: { locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    ...(locale ? { locale } : {}),
  });
  return watchTransient(await context.newPage());
}

/**
 * How many CSS pixels the page is wider than the screen (0 when nothing pushes it sideways). On a phone the browser
 * widens the layout viewport (innerWidth) to the widest content, so the screen's width is the root's clientWidth.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

const require = createRequire(import.meta.url);

/** Runs axe-core on the page and returns the serious and critical violations. */
type Violation = { id: string; impact: string | null; help: string; nodes: number };

export async function axeViolations(page: Page): Promise<Violation[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result: Violation[] = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string | null; help: string; nodes: unknown[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The language is saved on the account: a walk that switches an account to another language gives it back English when
 * it ends (call it from afterAll, so that it runs after a failure too), as later walks sign in as the same people.
 */
export async function restoreEnglish(browser: Browser, email: string): Promise<void> {
  const page = await newPage(browser);
  await signIn(page, email);
  const switcher = page.locator('.lang select').first();
  if ((await switcher.inputValue()) !== 'en') {
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/locale'));
    await switcher.selectOption('en');
    await saved;
  }
  await page.context().close();
}

/**
 * The focused input after a refused form: its name attribute, whether it is marked invalid, and the problem said beside
 * it (the text of what describes it). A form walk asserts that the problem is said there, in plain words, and focused.
 */
export async function focusedProblem(page: Page): Promise<{ name: string | null; invalid: string | null; problem: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const ids = (el?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return {
      name: el?.getAttribute('name') ?? null,
      invalid: el?.getAttribute('aria-invalid') ?? null,
      problem: ids
        .map((id) => document.getElementById(id))
        .filter((d) => d?.classList.contains('field-error'))
        .map((d) => d?.textContent ?? '')
        .join(' '),
    };
  });
}

/** Waits until the input named `name` holds the focus and is marked invalid (a refused form's first problem). */
export async function waitForProblemAt(page: Page, name: string): Promise<{ name: string | null; invalid: string | null; problem: string }> {
  await page.waitForFunction((n) => document.activeElement?.getAttribute('name') === n && document.activeElement.getAttribute('aria-invalid') === 'true', name);
  return focusedProblem(page);
}

/**
 * Waits until the focus is inside the group (fieldset) whose legend reads `legend`: a refused form focuses its first
 * problem in an effect after the problem is drawn, so a walk that saw the problem waits for the focus too.
 */
export async function waitForFocusInGroup(page: Page, legend: string): Promise<void> {
  await page.waitForFunction((l) => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent === l, legend);
}

/**
 * Makes the server refuse the page's next request to the API path `api` ('/api/members') for real: the request goes out with `parameter` as
 * one character longer than the server accepts, with the page's own cookie and language, and the page gets that answer.
 * A search box holds the server's limit, so a person cannot type such a query; the page must still say a refusal the
 * server sends beside the box.
 */
export async function refuseNextSearch(page: Page, api: string, parameter: string, limit: number): Promise<void> {
  await page.route(
    (url) => url.pathname === api,
    async (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set(parameter, 'x'.repeat(limit + 1));
      await route.fulfill({ response: await route.fetch({ url: url.toString() }) });
    },
    { times: 1 },
  );
}
