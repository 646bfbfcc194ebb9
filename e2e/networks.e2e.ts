// The networks workbench as an analyst uses it: find the organiser, import an FtM file with a sanction, an ownership and a
// schema with no special view (progress, result, profiles), confirm, undo and reject matches in bulk, expand the graph,
// see the route, record an entity and a link by hand, import a mapped CSV and export the graph as a picture.

import fs from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newPage, newPhonePage, refuseNextSearch, sidewaysOverflow, signIn, waitForProblemAt } from './harness';

let browser: Browser;
let page: Page;
/** The person the walk records by hand (restricted, releasable to IDN) and their own address. */
let recorded = { name: '', address: '' };
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
    const first = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .first();
    await first.getByRole('link', { name: 'Rashid Karim Baloch' }).waitFor();
    await expect.poll(() => first.textContent()).toMatch(/leads/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the organiser by the words of his name in any order (token search)', async () => {
    await page.getByLabel('Search by name, alias or number').fill('Baloch Rashid');
    await page.getByRole('table').getByRole('link', { name: 'Rashid Karim Baloch' }).first().waitFor();
    // A search the server refuses (the box holds its 200 characters) is said beside the box, and what was typed stays.
    await refuseNextSearch(page, '/api/networks/entities', 'q', 200);
    await page.getByLabel('Search by name, alias or number').fill('Baloch');
    expect(await waitForProblemAt(page, 'q')).toMatchObject({ problem: 'Write at most 200 characters.' });
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByLabel('Search by name, alias or number').inputValue()).toBe('Baloch');
    await page.getByLabel('Search by name, alias or number').fill('');
  });

  it('imports a FollowTheMoney file with a sanction, an ownership and a schema the portal has no view for, shows its progress and result, and names the bad line', async () => {
    await page.getByRole('link', { name: 'Import and export' }).click();
    const lines = [
      { id: 'e2e-person-1', schema: 'Person', properties: { name: ['E2e Imported Person'], birthDate: ['1990-01-01'] } },
      { id: 'e2e-company-1', schema: 'Company', properties: { name: ['E2e Shipping Holdings'], jurisdiction: ['my'], registrationNumber: ['E2E-REG-77'] } },
      {
        id: 'e2e-sanction-1',
        schema: 'Sanction',
        properties: { entity: ['e2e-company-1'], authority: ['E2e Sanctions Authority'], program: ['E2e Maritime Programme'], startDate: ['2024-03-01'] },
      },
      {
        id: 'e2e-ownership-1',
        schema: 'Ownership',
        properties: { owner: ['e2e-person-1'], asset: ['e2e-company-1'], percentage: ['60'], startDate: ['2021-05-01'] },
      },
      {
        id: 'e2e-estate-1',
        schema: 'RealEstate',
        properties: { name: ['E2e Warehouse Lot 7'], area: ['1200'], cadastralCode: ['E2E-CAD-7'], country: ['id'] },
      },
      'not json at all',
      { id: 'e2e-link-1', schema: 'UnknownLink', properties: { subject: ['e2e-person-1'], object: ['demo-p-organiser'], role: ['travels_with'] } },
    ]
      .map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))
      .join('\n');
    await page.getByLabel('File (.jsonl / .ftm.json)').setInputFiles({ name: 'e2e.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByRole('status', { name: 'Import' });
    await result.getByText('Completed.').waitFor();
    await expect.poll(() => result.textContent()).toMatch(/Lines read: 7 · entities imported: 4 · links imported: 2 · .* lines refused: 1/);
    await result.getByRole('cell', { name: /not JSON/ }).waitFor();
    // The import is a job: its progress and result stay listed under the user's imports.
    const row = page.getByRole('region', { name: 'Your imports' }).getByRole('row').filter({ hasText: 'FTM' }).first();
    // The list of imports reloads once the job has ended: wait for the row to say so.
    await expect.poll(() => row.textContent()).toMatch(/Completed\.7/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the sanction as a badge on the company and the ownership with its share', async () => {
    await page.getByRole('link', { name: 'Search and organisers' }).click();
    await page.getByLabel('Search by name, alias or number').fill('E2e Shipping');
    await page.getByRole('table').getByText('sanctioned (1)').waitFor();
    await page.getByRole('link', { name: 'E2e Shipping Holdings' }).click();
    await page.getByRole('heading', { level: 3, name: 'Sanctioned: 1 sanction' }).waitFor();
    await page.getByRole('link', { name: 'E2e Maritime Programme' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'owns' }).filter({ hasText: '60 %' }).getByRole('link', { name: 'E2e Imported Person' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens an entity of a schema with no special view, with its properties under their labels', async () => {
    await page.getByRole('link', { name: 'Search and organisers' }).click();
    await page.getByLabel('Search by name, alias or number').fill('E2E-CAD-7');
    await page.getByRole('link', { name: 'E2e Warehouse Lot 7' }).click();
    await page.getByText(/^Real estate ·/).waitFor();
    await page.getByRole('term').filter({ hasText: 'Cadastral code' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'E2E-CAD-7' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('confirms a proposed match between records of two states, reads it side by side, and undoes the merge', async () => {
    await page.getByRole('link', { name: 'Cross-matching' }).click();
    await page.getByRole('button', { name: 'Look for matches' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /new proposals/ })
      .waitFor();
    // Best first, the two records side by side with their dates of birth, and the reasons in words.
    const row = page.getByRole('row').filter({ hasText: /Ndoen/ }).filter({ hasText: /Ndun/ }).first();
    await expect.poll(() => row.textContent()).toMatch(/1986-08-30.*1986-08-30/);
    await expect.poll(() => row.textContent()).toMatch(/Same date of birth 1986-08-30/);
    await expect
      .poll(() => page.getByRole('columnheader').allTextContents())
      .toEqual(['', 'Score', 'Record', 'Possible same record', 'Reasons', 'Status', 'Actions']);
    await page
      .getByRole('button', { name: /^Confirm: .*Ndoen|^Confirm: .*Ndun/ })
      .first()
      .click();
    await page.getByRole('status').filter({ hasText: 'Confirmed' }).waitFor();
    await page.getByLabel('Show proposals').selectOption('confirmed');
    await page.getByRole('cell', { name: 'Confirmed' }).first().waitFor();
    await page
      .getByRole('button', { name: /^Undo merge: .*Ndoen|^Undo merge: .*Ndun/ })
      .first()
      .click();
    await page.getByRole('status').filter({ hasText: 'Merge undone' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('rejects proposals in bulk and shows the reasons in Bahasa Indonesia and Thai', async () => {
    await page.getByLabel('Show proposals').selectOption('proposed');
    const boxes = page.getByRole('checkbox', { name: /^Select: / });
    await boxes.first().waitFor();
    const before = await boxes.count();
    await boxes.nth(0).check();
    if (before > 1) await boxes.nth(1).check();
    const chosen = Math.min(2, before);
    // Rejecting in bulk asks first, saying what it will do; then says how many decisions it recorded.
    await page.getByRole('button', { name: `Reject selected (${chosen})` }).click();
    const ask = page.getByRole('alertdialog', { name: chosen === 1 ? 'Reject this proposal?' : `Reject these ${chosen} proposals?` });
    await ask.getByRole('button', { name: `Reject selected (${chosen})` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${chosen} decisions recorded` })
      .waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: /^Select: / }).count()).toBe(before - chosen);

    await page.getByLabel('Show proposals').selectOption('all');
    await page.getByLabel('Language').selectOption('id');
    await page
      .getByText(/Tanggal lahir sama|Nama cocok/)
      .first()
      .waitFor();
    await page.getByRole('columnheader', { name: 'Tindakan' }).waitFor();
    await page.getByLabel('Bahasa').selectOption('th');
    await page
      .getByText(/วันเกิดเดียวกัน|ชื่อตรงกัน/)
      .first()
      .waitFor();
    await page.getByRole('columnheader', { name: 'การดำเนินการ' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('ภาษา').selectOption('en');
    await page.getByRole('columnheader', { name: 'Actions' }).waitFor();
  });

  it('expands the graph around the organiser', async () => {
    await page.getByRole('link', { name: 'Search and organisers' }).click();
    await page.getByRole('link', { name: 'Rashid Karim Baloch' }).first().click();
    await page.getByRole('link', { name: 'Show in graph' }).click();
    const status = page.getByRole('status').filter({ hasText: /entities, \d+ links/ });
    await status.waitFor();
    const before = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    await page
      .getByText(/entities, \d+ links/)
      .last()
      .click(); // opens the list of entities
    await page.getByRole('button', { name: 'Lanka Horizon Travels (demo)' }).click();
    await page.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(async () => Number((await status.textContent())!.match(/^(\d+)/)![1])).toBeGreaterThan(before);
  });

  it('says what the graph’s colours mean, in words a screen reader reads, at desktop and at phone width', async () => {
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('list', { name: 'Kinds of entity (dots)' }).getByRole('listitem').filter({ hasText: 'Person' }).waitFor();
    await legend.getByRole('list', { name: 'Roles (lines)' }).getByRole('listitem').first().waitFor();
    expect(await legend.getByRole('list', { name: 'Roles (lines)' }).textContent()).not.toMatch(/_/);
    expect(await page.getByRole('img', { name: 'Graph' }).getAttribute('aria-describedby')).toBe('graph-legend');
    await page.getByLabel('Colour by').selectOption('community');
    await legend.getByRole('list', { name: 'Communities (dots)' }).getByText('Community 1').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Colour by').selectOption('kind');

    const phone = await newPhonePage(browser);
    await signIn(phone, 'analyst.aus@demo.example', page.url().replace(/^https?:\/\/[^/]+/, ''));
    await phone.getByRole('region', { name: 'Legend' }).getByRole('list', { name: 'Kinds of entity (dots)' }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();
  });

  it('shows the route on the map with its legs', async () => {
    await page.getByRole('link', { name: 'Route map' }).click();
    await page.getByRole('group', { name: /Routes, legs and transit points/ }).waitFor();
    // The leg from Port Klang goes through the transit point Tanjung Priok, with the people moved on the line.
    await page.getByRole('img', { name: /Port Klang \(demo\) → Tanjung Priok \(demo\): \d+ people/ }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'Port Klang (demo)' }).count()).toBeGreaterThan(0);
    // The legs of the chosen year replace the others once they are drawn: wait for Voyage 1 to go.
    await page.getByLabel('Year').selectOption('2024');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Voyage 1' }).count()).toBe(0);
  });

  it('exports the graph as a PNG that holds the drawing, not a blank canvas', async () => {
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /entities, \d+ links/ })
      .waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = (await fs.readFile((await download.path())!)).toString('base64');
    const drawn = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let coloured = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) coloured++;
      return coloured;
    }, png);
    expect(drawn).toBeGreaterThan(500);
  });

  it('records a person with grading and releasability, then links them to the organiser', async () => {
    const name = `E2e Recorded Person ${Date.now()}`;
    await page.getByRole('link', { name: 'Record', exact: true }).click();
    await page.getByLabel('Kind', { exact: true }).selectOption('person');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Date of birth').fill('1985-04-12');
    await page.getByLabel('Nationality').fill('LKA');
    await page.getByLabel('Report reference').fill('AUS-E2E-1');
    await page.getByLabel('Source reliability').selectOption('B');
    await page.getByLabel('Information credibility').selectOption('2');
    // A state written out instead of its code is refused by the server: said beside the field, focused, the rest as typed.
    await page.getByLabel('Releasable to states').fill('Indonesia');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await waitForProblemAt(page, 'releasableStates')).invalid).toBe('true');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(name);
    await page.getByLabel('Releasable to states').fill('IDN');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    recorded = { name, address: new URL(page.url()).pathname };
    await expect
      .poll(() =>
        page
          .getByText(/AUS-E2E-1/)
          .first()
          .textContent(),
      )
      .toMatch(/B2/);

    await page.getByLabel('Role').selectOption('recruits');
    await page.getByLabel('Find the linked entity').fill('Rashid');
    await page.getByLabel('Linked entity', { exact: true }).locator('option', { hasText: 'Rashid Karim Baloch' }).first().waitFor({ state: 'attached' });
    await page.getByLabel('From', { exact: true }).fill('2024-01-05');
    await page.getByRole('button', { name: 'Save link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link recorded.' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'recruits' }).getByRole('link', { name: 'Rashid Karim Baloch' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the recorded person has their own address: a state it is released to opens it signed out on a phone; another state is refused', async () => {
    expect(recorded.address).toMatch(/^\/networks\/entities\/.+/);
    const phone = await newPhonePage(browser);
    await signIn(phone, 'officer.idn@demo.example', recorded.address);
    await phone.getByRole('heading', { level: 2, name: recorded.name }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.reload();
    await phone.getByRole('heading', { level: 2, name: recorded.name }).waitFor();
    await phone.context().close();

    const lka = await newPage(browser);
    await signIn(lka, 'officer.lka@demo.example', recorded.address);
    await lka.getByRole('heading', { level: 1, name: /This page does not exist\.|You do not have access to this page\./ }).waitFor();
    expect(await lka.getByText(recorded.name).count()).toBe(0);
    expect(await axeViolations(lka)).toEqual([]);
    await lka.context().close();
  });

  it('imports a CSV file through a column mapping and names the bad row', async () => {
    await page.getByRole('link', { name: 'Import and export' }).click();
    const csv = `Ref,Full name,DOB\ne2e-csv-${Date.now()},Csv Mapped Person,1990-02-03\ne2e-csv-bad,Bad Date,1990-02-31\n`;
    await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Column “Ref”').selectOption('id');
    await page.getByLabel('Column “Full name”').selectOption('name');
    await page.getByLabel('Column “DOB”').selectOption('birthDate');
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await page.getByText(/Lines read: 3 · entities imported: 1 /).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: /^3/ })
      .filter({ hasText: /birthDate/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
