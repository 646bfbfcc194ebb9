// Surveys and capacity building as their users walk them: a coordinator builds and sends a survey, a focal point answers
// (draft, evidence file, assessment evidence) and submits, the coordinator accepts, the focal point consents, the
// coordinator publishes and the public site shows it; then a need is matched to an offer, agreed and completed.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, newPage, newPhonePage, sidewaysOverflow, signIn, waitForFocusInGroup, waitForProblemAt } from './harness';

let browser: Browser;
let coordinator: Page;
let focalIdn: Page;
const stamp = Date.now();
const TITLE = `E2E procedural law survey ${stamp}`;
const Q_YES = 'Does your procedural law admit foreign evidence?';
const Q_NUMBER = 'How many requests for evidence were received last year?';
const Q_FILE = 'Attach the relevant rules of evidence';
let surveyUrl = '';
const exactly = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

beforeAll(async () => {
  browser = await launch();
  coordinator = await newPage(browser);
  await signIn(coordinator, 'coordinator.phl@demo.example');
  focalIdn = await newPage(browser);
  await signIn(focalIdn, 'focal.idn@demo.example');
});
afterAll(async () => {
  await coordinator?.context().close();
  await focalIdn?.context().close();
  await browser?.close();
});

describe('surveys', () => {
  it('a coordinator builds a survey with a linked standard and sends it to a chosen state', async () => {
    const page = coordinator;
    await page.getByRole('link', { name: 'Surveys' }).first().click();
    await page.getByRole('link', { name: 'Build a new survey' }).click();
    await page.getByLabel('Survey title').fill(TITLE);
    await page.getByLabel('Section title').fill('Rules of evidence');
    const q1 = page.getByRole('group', { name: 'Question 1', exact: true });
    await q1.getByLabel('Question text').fill(Q_YES);
    await q1.getByLabel('Catalogue standard').selectOption('PROC-2');
    await q1.getByLabel('Required').check();
    await page.getByRole('button', { name: 'Add a question to section 1' }).click();
    const q2 = page.getByRole('group', { name: 'Question 2', exact: true });
    await q2.getByLabel('Question text').fill(Q_NUMBER);
    await q2.getByLabel('Kind of answer').selectOption('number');
    await page.getByRole('button', { name: 'Add a question to section 1' }).click();
    const q3 = page.getByRole('group', { name: 'Question 3', exact: true });
    await q3.getByLabel('Question text').fill(Q_FILE);
    await q3.getByLabel('Kind of answer').selectOption('file');
    expect(await axeViolations(page)).toEqual([]);
    // A coordinating state that is no member code is refused by the server: said beside it, focused, the rest as typed.
    await page.getByLabel('Coordinating states (codes, comma separated)').fill('Philippines');
    await page.getByRole('button', { name: 'Create the survey' }).click();
    expect((await waitForProblemAt(page, 'coordinatorStates')).problem).not.toBe('');
    expect(await q2.getByLabel('Question text').inputValue()).toBe(Q_NUMBER);
    await page.getByLabel('Coordinating states (codes, comma separated)').fill('');
    await page.getByRole('button', { name: 'Create the survey' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    surveyUrl = page.url();
    expect(surveyUrl).toMatch(/\/surveys\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('linked to standard PROC-2').count()).toBe(1);

    const send = page.getByRole('form', { name: 'Send the survey' });
    await send.getByLabel('Chosen members').check();
    await send.getByLabel('Indonesia (IDN)').check();
    await send.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent to 1 member.').waitFor();
    await page.getByRole('heading', { name: 'Progress of each state' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the survey has its own address: a recipient opens the shared link signed out on a phone; a state it was not sent to is refused', async () => {
    const address = new URL(surveyUrl).pathname;
    const phone = await newPhonePage(browser);
    await signIn(phone, 'policy.idn@demo.example', address);
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await sidewaysOverflow(phone)).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();

    const mys = await newPage(browser);
    await signIn(mys, 'focal.mys@demo.example', address);
    await mys.getByRole('heading', { level: 1, name: /This page does not exist\.|You do not have access to this page\./ }).waitFor();
    expect(await mys.getByText(TITLE).count()).toBe(0);
    expect(await axeViolations(mys)).toEqual([]);
    await mys.context().close();
  });

  it('the focal point saves a draft, comes back, attaches evidence, makes assessment evidence and submits', async () => {
    const page = focalIdn;
    await page.getByRole('link', { name: 'Surveys' }).first().click();
    await page
      .getByRole('row', { name: exactly(TITLE) })
      .getByText('IDN: not started')
      .waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('link', { name: 'Answer for Indonesia' }).click();

    // A count cannot be negative: said beside it and focused, before anything is sent.
    await page.getByLabel(Q_NUMBER).fill('-3');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return [el.type, el.value, document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0])?.textContent];
      }),
    ).toEqual(['number', '-3', 'Cannot be negative.']);
    await page.getByLabel(Q_NUMBER).fill('12');

    // Submitting asks first; the required question left empty is then said beside it, focused, the count as typed.
    await page.getByRole('button', { name: 'Submit the answers' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Submit the answers of Indonesia?' });
    await ask.getByRole('button', { name: 'Submit the answers' }).click();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('type') === 'radio' && document.activeElement?.getAttribute('aria-invalid') === 'true',
    );
    const yesGroup = page.getByRole('group', { name: exactly(Q_YES) });
    await yesGroup.getByText('Answer this question before submitting.').waitFor();
    expect(await page.getByLabel(Q_NUMBER).inputValue()).toBe('12');
    expect(await axeViolations(page)).toEqual([]);

    await yesGroup.getByLabel('yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();

    // Come back later: the draft is still there.
    await page.reload();
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: exactly(Q_YES) })
          .getByLabel('yes', { exact: true })
          .isChecked(),
      )
      .toBe(true);
    expect(await page.getByLabel(Q_NUMBER).inputValue()).toBe('12');

    await page
      .getByLabel('Attach an evidence file')
      .setInputFiles({ name: 'evidence-rules.txt', mimeType: 'text/plain', buffer: Buffer.from('Rules of evidence, s. 12 (e2e)') });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('Files attached: evidence-rules.txt').waitFor();

    await page.getByRole('button', { name: 'Turn into assessment evidence (PROC-2)' }).click();
    await page.getByText(/Draft assessment created for the standard PROC-2 .* \(met\)/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Submit the answers' }).click();
    await page.getByRole('alertdialog', { name: 'Submit the answers of Indonesia?' }).getByRole('button', { name: 'Submit the answers' }).click();
    await page.getByText('Answers submitted to the coordinator.').waitFor();
    await page.getByText('These answers can no longer be changed here.').waitFor();
    expect(await page.getByRole('cell', { name: 'evidence-rules.txt' }).count()).toBe(1);
  });

  it('the coordinator accepts, the focal point consents, the coordinator publishes, and the public site shows it', async () => {
    await coordinator.goto(surveyUrl);
    await coordinator
      .getByRole('row', { name: /Indonesia.*submitted/ })
      .getByRole('link', { name: 'Indonesia' })
      .click();
    await coordinator.getByRole('button', { name: 'Accept the answers' }).click();
    await coordinator.getByText('Answers accepted.').waitFor();

    await focalIdn.goto(surveyUrl);
    await focalIdn.getByRole('button', { name: 'Give consent to publish' }).click();
    await focalIdn.getByText('Decision recorded: consent given.').waitFor();
    // The current choice is marked on its button and said in words; the other button is not marked.
    await focalIdn.getByText('Your state’s decision now: consent given.').waitFor();
    expect(await focalIdn.getByRole('button', { name: 'Give consent to publish' }).getAttribute('aria-pressed')).toBe('true');
    expect(await focalIdn.getByRole('button', { name: /^Withhold/ }).getAttribute('aria-pressed')).toBe('false');
    expect(await axeViolations(focalIdn)).toEqual([]);

    await coordinator.goto(surveyUrl);
    // Publishing is final: asked first, naming the survey, and said after.
    await coordinator.getByRole('button', { name: 'Publish the results' }).click();
    await coordinator
      .getByRole('alertdialog', { name: `Publish the results of “${TITLE}”?` })
      .getByRole('button', { name: 'Publish the results' })
      .click();
    await coordinator.getByText('Published: IDN. Not published: —.').waitFor();
    await coordinator.getByRole('link', { name: 'Results', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: `Results: ${TITLE}` }).waitFor();
    await coordinator.getByRole('img', { name: `Answers to: ${Q_YES}` }).waitFor();
    expect(await coordinator.getByRole('row', { name: /Indonesia.*published/ }).count()).toBe(1);
    expect(await axeViolations(coordinator)).toEqual([]);

    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/public`);
    await visitor.getByRole('heading', { name: TITLE }).waitFor();
    const card = visitor.locator('article', { has: visitor.getByRole('heading', { name: TITLE }) });
    expect(await card.getByRole('row', { name: exactly(Q_NUMBER) }).innerText()).toContain('12');
    // The results read as a summary and a map: who made their answers public, and each member coloured by its answer.
    await card.getByText('Answers made public by 1 member: Indonesia.').waitFor();
    await card.getByText(/ members asked, 1 answered, 1 made their answers public\./).waitFor();
    await card.getByLabel('Show on the map').selectOption({ label: Q_YES });
    const map = card.getByRole('group', { name: `Members’ answers: ${Q_YES}` });
    await map.getByRole('img', { name: 'Indonesia: yes' }).waitFor();
    expect(await axeViolations(visitor)).toEqual([]);
    await visitor.context().close();
  });
});

describe('capacity building', () => {
  const NEED = `E2E scanners for the sea ports ${stamp}`;
  const OFFER = `E2E document scanners and their maintenance ${stamp}`;

  it('a need is recorded, an offer is recorded, the offer is ranked for the need, assistance is agreed and completed', async () => {
    const page = focalIdn;
    await page.getByRole('link', { name: 'Capacity building' }).first().click();
    const needForm = page.getByRole('form', { name: 'Record a need of Indonesia' });
    await needForm.getByLabel('What is needed').fill(NEED);
    await needForm.getByLabel('Kind of help').selectOption('equipment');
    await needForm.getByLabel('Priority').selectOption('high');
    // A language that is not a code is refused by the server: said beside the languages, focused, the rest as typed.
    await needForm.getByLabel('Languages (codes, comma separated)').fill('English');
    await needForm.getByRole('button', { name: 'Record' }).click();
    expect((await waitForProblemAt(page, 'languages')).problem).toBe('Enter a language code (e.g. en, id, th).');
    expect(await needForm.getByLabel('What is needed').inputValue()).toBe(NEED);
    await needForm.getByLabel('Languages (codes, comma separated)').fill('en, id');
    await needForm.getByRole('button', { name: 'Record' }).click();
    await page.getByRole('link', { name: `Ranked offers: ${NEED}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const aus = await newPage(browser);
    await signIn(aus, 'focal.aus@demo.example');
    await aus.goto(`${baseUrl()}/capacity/offers`);
    const offerForm = aus.getByRole('form', { name: 'Record an offer of Australia' });
    await offerForm.getByLabel('Offer', { exact: true }).fill(OFFER);
    // No kind of help ticked: said beside the group, which takes the focus; nothing is sent.
    await offerForm.getByRole('button', { name: 'Record' }).click();
    await offerForm.getByRole('group', { name: 'Kinds of help' }).getByText('Choose at least one.').waitFor();
    await waitForFocusInGroup(aus, 'Kinds of help');
    expect(await offerForm.getByLabel('Offer', { exact: true }).inputValue()).toBe(OFFER);
    await offerForm.getByLabel('Equipment and technical means').check();
    await offerForm.getByLabel('Languages (codes, comma separated)').fill('en');
    await offerForm.getByRole('button', { name: 'Record' }).click();
    await aus.getByRole('cell', { name: OFFER }).waitFor();
    expect(await axeViolations(aus)).toEqual([]);
    await aus.context().close();

    await page.getByRole('link', { name: `Ranked offers: ${NEED}` }).click();
    const row = page.getByRole('row', { name: exactly(OFFER) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/kind of help: ✓ offers equipment/i);
    expect(await row.innerText()).toMatch(/language: ✓ in en/i);
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Agree assistance with Australia' }).click();
    await page.getByText('Assistance agreed.').waitFor();

    const progress = page.getByRole('form', { name: `Record progress: ${NEED}` });
    await progress.getByLabel('Status').selectOption('completed');
    await progress.getByLabel('What happened').fill('Scanners installed and staff trained (e2e).');
    await progress.getByRole('button', { name: 'Record progress' }).click();
    await page.getByText(/Status: met/).waitFor();
    // The progress list and the form (gone once the need is met) follow the reload: wait for them to settle.
    await expect.poll(() => page.getByRole('cell', { name: /Scanners installed/ }).count()).toBe(1);
    await expect.poll(() => progress.count()).toBe(0);
  });
});
