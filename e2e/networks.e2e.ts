// The networks workbench as an analyst uses it: import a file, confirm a match, find the organiser, expand the graph, see the route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, newPage, signIn } from './harness';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  await signIn(page, 'analyst.aus@demo.example');
  await page.getByRole('link', { name: 'Networks' }).first().click();
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

describe('networks workbench', () => {
  it('finds the organiser of the demo network, with reasons', async () => {
    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
    await first.getByRole('link', { name: 'Rashid Karim Baloch' }).waitFor();
    await expect(first.textContent()).resolves.toMatch(/leads/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('imports a FollowTheMoney file and names the bad line', async () => {
    await page.getByRole('link', { name: 'Import and export' }).click();
    const lines = [
      { id: 'e2e-person-1', schema: 'Person', properties: { name: ['E2e Imported Person'], birthDate: ['1990-01-01'] } },
      'not json at all',
      { id: 'e2e-link-1', schema: 'UnknownLink', properties: { subject: ['e2e-person-1'], object: ['demo-p-organiser'], role: ['travels_with'] } },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
    await page.getByLabel('File (.jsonl / .ftm.json)').setInputFiles({ name: 'e2e.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('2 imported').waitFor();
    await expect(page.getByRole('cell', { name: /not JSON/ }).textContent()).resolves.toMatch(/not JSON/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('confirms a proposed match between records of two states', async () => {
    await page.getByRole('link', { name: 'Cross-matching' }).click();
    await page.getByRole('button', { name: 'Look for matches' }).click();
    await page.getByRole('status').filter({ hasText: /new proposals/ }).waitFor();
    const confirm = page.getByRole('button', { name: /^Confirm: .*Ndoen|^Confirm: .*Ndun/ }).first();
    await confirm.click();
    await page.getByRole('cell', { name: 'confirmed' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('expands the graph around the organiser', async () => {
    await page.getByRole('link', { name: 'Search and organisers' }).click();
    await page.getByRole('link', { name: 'Rashid Karim Baloch' }).first().click();
    await page.getByRole('link', { name: 'Show in graph' }).click();
    const status = page.getByRole('status').filter({ hasText: /entities, \d+ links/ });
    await status.waitFor();
    const before = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    await page.getByText(/entities, \d+ links/).last().click(); // opens the list of entities
    await page.getByRole('button', { name: 'Lanka Horizon Travels (demo)' }).click();
    await page.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(async () => Number((await status.textContent())!.match(/^(\d+)/)![1])).toBeGreaterThan(before);
  });

  it('shows the route on the map with its legs', async () => {
    await page.getByRole('link', { name: 'Route map' }).click();
    await page.getByRole('group', { name: /Routes, legs and transit points/ }).waitFor();
    // The leg from Port Klang goes through the transit point Tanjung Priok, with the people moved on the line.
    await page.getByRole('img', { name: /Port Klang \(demo\) → Tanjung Priok \(demo\): \d+ people/ }).waitFor();
    await expect(page.getByRole('cell', { name: 'Port Klang (demo)' }).count()).resolves.toBeGreaterThan(0);
    await page.getByLabel('Year').selectOption('2024');
    await expect(page.getByRole('row').filter({ hasText: 'Voyage 1' }).count()).resolves.toBe(0);
  });
});
