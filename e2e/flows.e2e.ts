// Regional flows as a national desk meets them: refused other states' figures before contributing, shown them after,
// a period reported by form and another by the downloaded template, and the flow map read.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newPage, signIn, waitForProblemAt } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};
/** A month as the app says it in English ("March 2022"), never the API's "2022-03". */
const inWords = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('regional flows', () => {
  it("LKA sees only suppressed aggregates, reports a month by form, then sees other states' contributions for it", async () => {
    const page = await newPage(browser);
    await signIn(page, 'officer.lka@demo.example');
    await page.getByRole('link', { name: 'Regional flows' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Regional flows' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Regional aggregates only' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('table', { name: "Other states' contributions" }).count()).toBe(0);
    // The flow map draws published routes, with the demo label on the figures.
    await page.getByRole('group', { name: 'Flow map: smuggled migrants by route', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('img', { name: /LKA → MYS/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Contains synthetic demo data.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Report a period' }).click();
    const period = monthsAgo(2);
    await page.getByLabel('Origin (ISO3)').fill('LKA');
    await page.getByLabel('Transit points (ISO3, separated by ;)').fill('MYS;IDN');
    await page.getByLabel('Destination (ISO3)').fill('AUS');
    await page.getByLabel('Group size').fill('31');
    await page.getByLabel('Fee paid').fill('4200');
    await page.getByRole('button', { name: 'Add incident' }).click();
    // The fee is written as an amount, with its thousands separator and currency.
    expect(await page.getByRole('row').filter({ hasText: 'LKA → MYS → IDN → AUS' }).last().innerText()).toMatch(/US\$4,200/);
    // No period yet: said beside the period, which takes the focus; the line stays in the return.
    await page.getByRole('button', { name: 'Submit the return' }).click();
    expect((await waitForProblemAt(page, 'period')).problem).toBe('This is required.');
    expect(await page.getByRole('table', { name: 'Lines of this return' }).getByRole('row').count()).toBe(2);
    await page.getByLabel('Period (YYYY-MM or YYYY-Qn)').first().fill(period);
    await page.getByRole('button', { name: 'Submit the return' }).click();
    await page.getByRole('status').filter({ hasText: 'Status: submitted' }).waitFor();

    await page.getByRole('link', { name: 'Regional picture' }).click();
    await page.getByLabel('From').fill(period);
    await page.getByLabel('To').fill(period);
    await page.getByRole('status').filter({ hasText: 'Reciprocity: contributions shown' }).waitFor();
    const contributions = page.getByRole('table', { name: "Other states' contributions" });
    await contributions.waitFor();
    // Rows of states other than LKA (besides the header row): which states had incidents that month depends on the demo draw.
    await expect.poll(() => contributions.getByRole('row').filter({ hasNotText: 'LKA' }).count(), { timeout: 15_000 }).toBeGreaterThan(1);
    // The route table adds up to a total that says what it leaves out, if anything.
    await page.getByText(/incidents? in the figures shown/).waitFor();
    await page.getByRole('table', { name: 'Route', exact: true }).getByRole('rowheader', { name: 'Total' }).waitFor();
    await page.context().close();
  });

  it('an officer uploads the CSV template for a period and a bad file is refused line by line', async () => {
    const page = await newPage(browser);
    await signIn(page, 'officer.lka@demo.example');
    await page.getByRole('link', { name: 'Regional flows' }).first().click();
    await page.getByRole('link', { name: 'Report a period' }).click();
    const form = page.getByRole('form', { name: 'Upload a file' });
    const template = await page.evaluate(async () => (await fetch('/api/flows/templates/flows-return-template.csv')).text());
    // A period in another shape is refused by the server: said beside the period, focused, what was typed kept.
    await form.getByLabel('Period (YYYY-MM or YYYY-Qn)').fill('March');
    await form.getByLabel('File (CSV or XLSX)').setInputFiles({ name: 'return.csv', mimeType: 'text/csv', buffer: Buffer.from(template) });
    await form.getByRole('button', { name: 'Upload' }).click();
    expect((await waitForProblemAt(page, 'period')).problem).not.toBe('');
    expect(await form.getByLabel('Period (YYYY-MM or YYYY-Qn)').inputValue()).toBe('March');
    await form.getByLabel('Period (YYYY-MM or YYYY-Qn)').fill(monthsAgo(3));
    await form
      .getByLabel('File (CSV or XLSX)')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(template.replace(',42,', ',-42,')) });
    await form.getByRole('button', { name: 'Upload' }).click();
    const report = page.getByRole('table', { name: 'Upload report: nothing was imported' });
    await report.waitFor();
    await expect.poll(() => report.getByRole('cell', { name: /negative/i }).count()).toBe(1);
    await form.getByLabel('File (CSV or XLSX)').setInputFiles({ name: 'return.csv', mimeType: 'text/csv', buffer: Buffer.from(template) });
    await form.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 1 incident, 1 crossing, 1 profile added' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
  it('a value flagged as unusual is confirmed with a reason: without one, the reason is asked for beside its box', async () => {
    const page = await newPage(browser);
    await signIn(page, 'officer.lka@demo.example');
    await page.getByRole('link', { name: 'Regional flows' }).first().click();
    await page.getByRole('link', { name: 'Report a period' }).click();
    // A group far larger than usual, before the demo's three years of returns: flagged when the return is submitted.
    const period = monthsAgo(48);
    await page.getByLabel('Origin (ISO3)').fill('LKA');
    await page.getByLabel('Destination (ISO3)').fill('AUS');
    await page.getByLabel('Group size').fill('420');
    await page.getByRole('button', { name: 'Add incident' }).click();
    await page.getByLabel('Period (YYYY-MM or YYYY-Qn)').first().fill(period);
    await page.getByRole('button', { name: 'Submit the return' }).click();
    await page.getByRole('status').filter({ hasText: 'Status: submitted' }).waitFor();
    const flagged = page.getByRole('form', { name: new RegExp(`^Confirm: group size on LKA → AUS, ${inWords(period)}`) });
    await page
      .getByRole('cell', { name: inWords(period), exact: true })
      .first()
      .waitFor();
    await flagged.getByRole('button', { name: 'Confirm' }).click();
    expect((await waitForProblemAt(page, 'note')).problem).toBe('This is required.');
    await flagged.getByLabel(/^Why the value is right/).fill('One boat intercepted with 420 people on board');
    await flagged.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('cell', { name: 'confirmed: One boat intercepted with 420 people on board' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
