// Legislation as its users walk it: a policy officer records an act, a provision and an assessment; the focal point
// submits; a coordinator of another state validates; the coverage map changes; a route comparison shows its loopholes.

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, newPage, signIn, waitForProblemAt } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const today = new Date().toISOString().slice(0, 10);
const ACT = `E2E Border Act ${Date.now()}`;
let chosen = 'Met';

/** Opens the coverage map of standard PS-1 and gives Indonesia's button, whose label says where Indonesia stands. */
async function indonesiaOnMap(page: Page): Promise<Locator> {
  await page.goto(`${baseUrl()}/legislation`);
  await page.getByTestId('coverage-stamp').waitFor();
  await page.getByLabel('Map of').selectOption('standard:PS-1');
  const button = page.getByRole('button', { name: /^Indonesia/ }).first();
  await button.waitFor();
  return button;
}

async function openItem(page: Page, workflow: string) {
  await page.goto(`${baseUrl()}/legislation/states/IDN`);
  await page.getByRole('heading', { level: 1, name: 'Legislation of Indonesia' }).waitFor();
  return page.getByTestId('open-assessments').locator('li[data-standard="PS-1"]', { hasText: workflow }).first();
}

describe('legislation', () => {
  it('a policy officer records an act, its provision and a draft assessment of their state', async () => {
    const page = await newPage(browser);
    await signIn(page, 'policy.idn@demo.example');
    await page.getByRole('link', { name: 'Legislation' }).first().click();
    const before = (await (await indonesiaOnMap(page)).getAttribute('aria-label')) ?? '';
    chosen = /Not met/.test(before) ? 'Met' : 'Not met';
    // The map's states are keyboard buttons (a clip rectangle sits over the SVG shapes for the pointer).
    await page
      .getByRole('button', { name: /^Indonesia/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Legislation of Indonesia' }).waitFor();
    // Treaty status comes from data/treaties.csv with its snapshot date; the national laws of laws.csv await confirmation.
    await page.getByTestId('treaty-snapshot').filter({ hasText: '2014-07-10' }).waitFor();
    await page.getByText('reference, to be confirmed by the focal point').first().waitFor();

    const act = page.getByRole('form', { name: 'Record an instrument' });
    await act.getByLabel('Title').fill(ACT);
    // A year out of range is said beside it and focused before anything is sent; the title stays as typed.
    await act.getByLabel('Year').fill('1700');
    await act.getByRole('button', { name: 'Save' }).click();
    expect(await waitForProblemAt(page, 'year')).toEqual({ name: 'year', invalid: 'true', problem: 'Must be at least 1800.' });
    expect(await act.getByLabel('Title').inputValue()).toBe(ACT);
    await act.getByLabel('Year').fill('2011');
    await act.getByRole('button', { name: 'Save' }).click();
    await page.getByText(ACT).first().waitFor();

    const provision = page.getByRole('form', { name: 'Add a provision' });
    await provision.getByLabel('Instrument').selectOption({ label: ACT });
    await provision.getByLabel('Section').fill('s. 7');
    // A standard the catalogue does not have is refused by the server, said beside the standards, in plain words.
    await provision.getByLabel('Standards it implements').fill('PS-99');
    await provision.getByRole('button', { name: 'Save' }).click();
    expect((await waitForProblemAt(page, 'standards')).problem).toBe('Not standards of the catalogue: PS-99.');
    expect(await provision.getByLabel('Section').inputValue()).toBe('s. 7');
    await provision.getByLabel('Standards it implements').fill('PS-1');
    await provision.getByRole('button', { name: 'Save' }).click();
    await page.getByText('s. 7 → PS-1').waitFor();

    const draft = page.getByRole('form', { name: 'Draft an assessment' });
    await draft.getByLabel('Standard').selectOption('PS-1');
    await draft.getByLabel('Assessment').selectOption({ label: chosen });
    await draft.getByLabel('Valid from').fill(today);
    await draft.getByLabel('Evidence (provision)').selectOption({ label: `${ACT} s. 7` });
    await draft.getByRole('button', { name: 'Save draft' }).click();
    await page.getByTestId('open-assessments').locator('li[data-standard="PS-1"]', { hasText: 'draft' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the focal point submits it, and a coordinator of another state validates it; the map changes', async () => {
    const focal = await newPage(browser);
    await signIn(focal, 'focal.idn@demo.example');
    await (await openItem(focal, 'draft')).getByRole('button', { name: 'Submit' }).click();
    await focal.getByText('Submitted for validation.').waitFor();
    await focal.context().close();

    const coordinator = await newPage(browser);
    await signIn(coordinator, 'coordinator.tha@demo.example');
    await (await openItem(coordinator, 'submitted')).getByRole('button', { name: 'Validate' }).click();
    await coordinator.getByText('Validated.').waitFor();
    // The map's layer comes from its own request after the choice of standard: wait for Indonesia's new label.
    const indonesia = await indonesiaOnMap(coordinator);
    await expect.poll(() => indonesia.getAttribute('aria-label')).toBe(`Indonesia: ${chosen}`);
    await coordinator.getByLabel(/^As of/).fill('2000');
    await coordinator.getByTestId('coverage-stamp').filter({ hasText: '2000-12-31' }).waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.context().close();
  });

  it('reads treaty status honestly: a state with dated rows, one with a later report, one with none; all 45 members in the table', async () => {
    const page = await newPage(browser);
    await signIn(page, 'policy.mys@demo.example');
    const status = async (state: string, instrument: string) => {
      await page.goto(`${baseUrl()}/legislation/states/${state}`);
      const cell = page.getByTestId('treaty-table').locator(`tr[data-instrument="${instrument}"] td`).first();
      await cell.waitFor();
      return (await cell.textContent()) ?? '';
    };
    expect(await status('IDN', 'UNTOC')).toBe('party — ratification 2009-04-20');
    expect(await page.getByTestId('treaty-table').locator('tr[data-instrument="UNTOC"]').getByRole('link').first().getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/zmjones\/untreaties\/blob\//,
    );
    expect(await status('KOR', 'UNTOC')).toBe('party — reported 2015-11 (date of deposit not recorded) approximate');
    expect(await page.getByTestId('treaty-table').textContent()).toContain('m.koreaherald.com');
    for (const instrument of ['UNTOC', 'TIP', 'SOM'])
      expect(await status('PRK', instrument)).toBe('no action recorded as of 2014-07-10 (UN Treaty Collection snapshot)');
    expect(await page.getByText(/not a party/i).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/legislation/treaties`);
    await page.getByTestId('treaty-overview').waitFor();
    expect(await page.getByTestId('treaty-overview').locator('tbody tr').count()).toBe(45);
    expect(await page.getByTestId('treaty-overview').locator('tr[data-state="HKG"] td').first().textContent()).toBe(
      'through China’s declarations; not recorded separately',
    );
    expect(await axeViolations(page)).toEqual([]);

    // The coverage map has a layer per treaty, on the as-of date (2010: inside the snapshot, so the table is complete).
    await page.goto(`${baseUrl()}/legislation`);
    await page.getByTestId('coverage-stamp').waitFor();
    await page.getByLabel('Map of').selectOption('treaty:UNTOC');
    await page.getByLabel(/^As of/).fill('2010');
    await page.getByTestId('coverage-stamp').filter({ hasText: '2010-12-31' }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: /^Indonesia/ })
          .first()
          .getAttribute('aria-label'),
      )
      .toBe('Indonesia: Party');
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: /^Thailand/ })
          .first()
          .getAttribute('aria-label'),
      )
      .toBe('Thailand: No ratification or accession recorded (table complete to 2014-07-10)');
    await page.context().close();
  });

  it('a focal point records a newer treaty action and confirms a law; a coordinator of another state validates the record', async () => {
    const focal = await newPage(browser);
    await signIn(focal, 'focal.mys@demo.example');
    await focal.goto(`${baseUrl()}/legislation/states/MYS`);
    const form = focal.getByRole('form', { name: 'Record a newer treaty action' });
    await form.getByLabel('Instrument').selectOption('SOM');
    await form.getByLabel('Action').selectOption('accession');
    await form.getByLabel('Source').fill('e2e: fictional depositary notification');
    // A date written another way is said beside the date, focused, before anything is sent; the source stays.
    await form.getByLabel('Date').fill('02/2024');
    await form.getByRole('button', { name: 'Record for validation' }).click();
    expect((await waitForProblemAt(focal, 'when')).problem).toBe('This is not in the expected form.');
    expect(await form.getByLabel('Source').inputValue()).toBe('e2e: fictional depositary notification');
    await form.getByLabel('Date').fill('2024-02');
    await form.getByRole('button', { name: 'Record for validation' }).click();
    await focal.getByText('Recorded; it awaits a coordinator’s validation.').waitFor();
    await focal.getByRole('list', { name: 'Newer records awaiting validation' }).getByText('e2e: fictional depositary notification').waitFor();
    const law = focal.getByTestId('instruments').locator('li[data-reference="to_confirm"]').first();
    await law.getByRole('button', { name: /^Confirm/ }).click();
    await focal.getByText('Confirmed.').waitFor();
    await focal
      .getByText(/confirmed by Hana Focal/)
      .first()
      .waitFor();
    expect(await axeViolations(focal)).toEqual([]);
    await focal.context().close();

    const coordinator = await newPage(browser);
    await signIn(coordinator, 'coordinator.tha@demo.example');
    await coordinator.goto(`${baseUrl()}/legislation/states/MYS`);
    await coordinator.getByRole('list', { name: 'Newer records awaiting validation' }).getByRole('button', { name: 'Validate' }).click();
    await coordinator.getByText('Validated.').waitFor();
    const som = coordinator.getByTestId('treaty-table').locator('tr[data-instrument="SOM"]');
    // The notice shows as the table reloads: wait for the new status before reading it.
    await som.locator('td').first().filter({ hasText: 'party — accession 2024-02' }).waitFor();
    expect(await som.locator('td').first().textContent()).toBe('party — accession 2024-02 (day not recorded) approximate');
    expect(await som.textContent()).toMatch(/Recorded by Hana Focal \(demo\) \(MYS\).*Validated by Somchai Coordinator \(demo\)/);
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.context().close();
  });

  it('compares a route and names its loopholes and weakest link; a route of one state is refused', async () => {
    const page = await newPage(browser);
    await signIn(page, 'policy.mys@demo.example');
    await page.goto(`${baseUrl()}/legislation/compare`);
    await page.getByLabel('Route (source, transit…, destination)').fill('LKA,MYS,IDN,AUS');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByTestId('weakest-link').waitFor();
    expect(await page.getByTestId('weakest-link').textContent()).toMatch(/Weakest link: (LKA|MYS|IDN|AUS)/);
    await expect.poll(() => page.getByRole('heading', { name: /^Loopholes/ }).count()).toBe(1);
    await page.getByLabel('Route (source, transit…, destination)').fill('LKA');
    await page.getByRole('button', { name: 'Compare' }).click();
    // Said beside the route, which takes the focus, with the route as typed.
    expect((await waitForProblemAt(page, 'states')).problem).toMatch(/at least two states/);
    expect(await page.getByLabel('Route (source, transit…, destination)').inputValue()).toBe('LKA');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
