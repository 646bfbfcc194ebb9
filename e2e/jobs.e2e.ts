// Scheduled jobs as an RSO administrator meets them: every duty with its next run, run one now and see it complete,
// in English and Thai; an officer is refused.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, newPage, signIn } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('scheduled jobs', () => {
  it('an administrator sees each duty and its next run, runs the session cleanup now and sees it complete', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin@rso.demo.example');
    await page.getByRole('link', { name: 'Scheduled jobs' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Scheduled jobs' }).waitFor();
    await page.getByText(/This server runs jobs/).waitFor();
    for (const duty of ['surveys.reminders', 'plans.reminders', 'alerts.expiry', 'accounts.clearance_expiry', 'directory.staleness', 'notifications.deliver'])
      await page.getByRole('rowheader', { name: new RegExp(duty.replace('.', '\\.')) }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Run auth.cleanup now' }).click();
    await page.getByRole('status').filter({ hasText: 'auth.cleanup is queued' }).waitFor();
    await page.getByLabel('State', { exact: true }).selectOption('completed');
    // The list loads when a filter changes: switch the duty until the run shows as completed (the runner looks every 2 s).
    const done = page.getByRole('row').filter({ hasText: 'auth.cleanup' }).filter({ hasText: 'completed' });
    let toggle = 0;
    await expect
      .poll(
        async () => {
          await page.getByLabel('Duty', { exact: true }).selectOption(toggle++ % 2 ? 'auth.cleanup' : '');
          return done.count();
        },
        { interval: 500 },
      )
      .toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Language').selectOption('th');
    await page.getByRole('heading', { level: 1, name: 'งานตามกำหนดเวลา' }).waitFor();
    await page.getByRole('button', { name: 'ทำ auth.cleanup ทันที' }).waitFor();
    await page.getByLabel('ภาษา').selectOption('en');
    await page.context().close();
  });

  it('an officer does not see the page, and the API refuses them', async () => {
    const page = await newPage(browser);
    await signIn(page, 'officer.aus@demo.example');
    expect(await page.getByRole('link', { name: 'Scheduled jobs' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/admin/jobs`);
    await page.getByRole('heading', { name: 'You do not have access to this page.' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/admin/jobs')).status)).toBe(403);
    await page.context().close();
  });
});
