import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  answer,
  downloadOf,
  openExports,
  showAllQuestions,
  startAssessment,
  storedText,
} from './assessment-helpers.ts';
import { contentAreas } from './scoring-oracle.ts';
import { setStorageFull, simulateFullStorage } from './storage-helpers.ts';

const areas = contentAreas();
const monitoring = areas.find((a) => a.slug === 'monitoring')!;
const [m1, m2, m3] = monitoring.questions;

/** A small assessment file, as exported, to import by the file picker. */
function file(title: string, answers: Record<string, number> = {}) {
  return {
    name: `${title}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'administer-to-operate/assessment',
        version: 2,
        bank: { version: 'any' },
        title,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        scope: ['monitoring'],
        targets: {},
        answers,
        notes: {},
      }),
    ),
  };
}

async function importFile(page: Page, title: string, answers: Record<string, number> = {}) {
  await page.getByLabel('Assessment file (JSON)').setInputFiles(file(title, answers));
  await expect(page.getByRole('status').filter({ hasText: title })).toContainText('Imported as');
}

const picker = (page: Page) => page.getByLabel('Assessment', { exact: true });

/** The value of the option of a select whose text starts with `text`. */
async function optionValue(select: Locator, text: string): Promise<string> {
  const option = select.locator('option').filter({ hasText: new RegExp(`^${text}`) });
  return (await option.first().getAttribute('value'))!;
}

test.describe('tabs and the store (the defects of the repeat-rounds issue)', () => {
  test('1. each tab keeps its own assessment: creating or choosing in tab 2 never moves tab 1', async ({
    page,
    context,
  }) => {
    await startAssessment(page, '?areas=monitoring', 'Persist one');
    await showAllQuestions(page);
    await answer(page, m1!.id, 2);
    const tab2 = await context.newPage();
    await tab2.goto('/assessment/');
    // A new tab opens on the assessment changed last; it starts its own.
    await expect(picker(tab2).locator('option:checked')).toHaveText('Persist one');
    await tab2.getByRole('button', { name: 'New assessment' }).click();
    await tab2.getByLabel('Name of the assessment').fill('Persist two');
    await tab2.getByRole('button', { name: 'Start' }).click();
    await expect(picker(tab2).locator('option:checked')).toHaveText('Persist two');
    await expect(picker(page).locator('option:checked')).toHaveText('Persist one');
    await answer(page, m2!.id, 4);
    const stored = JSON.parse((await storedText(page))!) as {
      assessments: { title: string; answers: object }[];
    };
    expect(stored.assessments.find((a) => a.title === 'Persist one')!.answers).toEqual({
      [m1!.id]: 2,
      [m2!.id]: 4,
    });
    expect(stored.assessments.find((a) => a.title === 'Persist two')!.answers).toEqual({});

    // The same on the results page: two assessments side by side in two tabs.
    await page.goto('/assessment/results/');
    await tab2.goto('/assessment/results/');
    await picker(tab2).selectOption({ label: 'Persist one' });
    await picker(tab2).selectOption({ label: 'Persist two' });
    await expect(page.locator('#summary-title')).toHaveText('Persist one');
    await expect(tab2.locator('#summary-title')).toHaveText('Persist two');
  });

  test('2 and 3. undo restores exactly what it names, and a deleted assessment leaves no trace in storage', async ({
    page,
    context,
  }) => {
    await page.goto('/assessment/results/');
    for (const title of ['Alpha', 'Bravo', 'Charlie'])
      await importFile(page, title, { [m1!.id]: 3 });
    await picker(page).selectOption({ label: 'Alpha' });
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('group', { name: 'Confirm deletion' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted “Alpha”' })).toBeVisible();
    expect(await storedText(page)).not.toContain('Alpha');

    const tab2 = await context.newPage();
    await tab2.goto('/assessment/results/');
    await picker(tab2).selectOption({ label: 'Charlie' });
    await tab2.getByRole('button', { name: 'Delete' }).click();
    await tab2
      .getByRole('group', { name: 'Confirm deletion' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(tab2.getByRole('status').filter({ hasText: 'Deleted “Charlie”' })).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(picker(page).locator('option')).toHaveText(['Alpha', 'Bravo']);
    const stored = (await storedText(page))!;
    expect(stored).toContain('Alpha');
    expect(stored).not.toContain('Charlie');
    // After a reload, no undo is offered and nothing of Charlie is anywhere in storage.
    await tab2.reload();
    await expect(tab2.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    const everything = await tab2.evaluate(() =>
      Object.keys(localStorage)
        .map((k) => localStorage.getItem(k))
        .join('\n'),
    );
    expect(everything).not.toContain('Charlie');
  });

  test('4. after failed writes, later changes save again once there is room, and nothing claims "saved" before', async ({
    page,
  }) => {
    await simulateFullStorage(page);
    await startAssessment(page, '?areas=monitoring', 'Flaky disk');
    await showAllQuestions(page);
    await setStorageFull(page, true);
    await answer(page, m1!.id, 1);
    await answer(page, m2!.id, 2);
    await answer(page, m3!.id, 3);
    await expect(page.getByRole('alert')).toContainText(
      "not saved: the browser's storage is full. 3 changes are kept in this page only.",
    );
    await setStorageFull(page, false);
    await answer(page, monitoring.questions[3]!.id, 4);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Answers are saved in this browser')).toBeVisible();
    await page.reload();
    await showAllQuestions(page);
    for (const [q, level] of [
      [m1!, 1],
      [m2!, 2],
      [m3!, 3],
      [monitoring.questions[3]!, 4],
    ] as const)
      await expect(page.locator(`fieldset#q-${q.id} input:checked`)).toHaveValue(String(level));
  });

  test('4. with the real quota full, an import says it was not saved, and "Try saving again" saves it once there is room', async ({
    page,
  }) => {
    await page.goto('/assessment/results/');
    await expect(page.getByLabel('Assessment file (JSON)')).toBeVisible();
    // Fill the origin's real quota: pieces from 512 kB down to 8 characters, each size until it
    // no longer fits.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 512 * 1024; size >= 8; size /= 2)
        for (;;) {
          try {
            localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
    });
    await page
      .getByLabel('Assessment file (JSON)')
      .setInputFiles(file('Too big to keep', { [m1!.id]: 3 }));
    await expect(page.getByRole('status').filter({ hasText: 'Too big to keep' })).toContainText(
      'in this page only',
    );
    await expect(page.getByRole('alert').first()).toContainText('not saved');
    await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('filler-'))
        .forEach((k) => localStorage.removeItem(k)),
    );
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect(page.getByText('Answers are saved in this browser')).toBeVisible();
    expect(await storedText(page)).toContain('Too big to keep');
  });
});

test.describe('repeat rounds', () => {
  test('freeze a milestone, start the next round from it, review carried answers and compare, by keyboard', async ({
    page,
  }) => {
    await startAssessment(page, '?areas=monitoring', 'Q1 review');
    await showAllQuestions(page);
    await answer(page, m1!.id, 2);
    await answer(page, m2!.id, 3);
    await page.goto('/assessment/results/');
    // The plan entry: owner, due date and status on the first recommendation.
    const item = page.locator('.plan-item').first();
    await item.getByLabel('Owner').fill('Ravi');
    await item.getByLabel('Owner').press('Tab');
    await item.getByLabel('Due').fill('2027-03-31');
    await item.getByLabel('Status').selectOption('planned');

    const name = page.getByLabel('Milestone name');
    await name.fill('Q1 baseline');
    await name.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Frozen as' })).toContainText(
      'Frozen as “Q1 baseline”',
    );
    await expect(picker(page).locator('option:checked')).toHaveText('Q1 review');

    await picker(page).selectOption(await optionValue(picker(page), 'Q1 baseline'));
    await expect(page.locator('#summary-title')).toContainText('milestone');
    await expect(page.locator('.plan-item').first().getByLabel('Owner')).toBeDisabled();
    const round = page.getByLabel('Name of the next round');
    await round.fill('Q2 review');
    await round.press('Enter');
    await page.waitForURL('**/assessment/');
    await showAllQuestions(page);
    await expect(page.locator(`fieldset#q-${m1!.id}`)).toContainText(
      'Carried over from “Q1 baseline”, not reviewed yet.',
    );
    await expect(page.locator(`fieldset#q-${m1!.id} input:checked`)).toHaveValue('2');
    await page
      .locator(`fieldset#q-${m1!.id}`)
      .getByRole('button', { name: 'Still true: keep it' })
      .press('Enter');
    await expect(page.locator(`fieldset#q-${m1!.id}`)).not.toContainText('Carried over');
    await answer(page, m2!.id, 5);
    await expect(page.locator(`fieldset#q-${m2!.id}`)).not.toContainText('Carried over');

    // The plan came along into the next round, and survives a reload.
    await page.goto('/assessment/results/');
    await page.reload();
    await expect(page.locator('.plan-item').first().getByLabel('Owner')).toHaveValue('Ravi');
    await expect(page.locator('.plan-item').first().getByLabel('Status')).toHaveValue('planned');

    const compareWith = page.getByLabel(/Compare “Q2 review” with/);
    await compareWith.selectOption(await optionValue(compareWith, 'Q1 baseline'));
    await compareWith.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/assessment/compare/**');
    await expect(page.getByRole('heading', { name: '“Q1 baseline” → “Q2 review”' })).toBeVisible();
    const row = page.locator('.results-table tbody tr', { hasText: '99.35' });
    await expect(row.locator('td').nth(2)).toHaveText(/^\+/);
    await expect(page.getByRole('region', { name: /Answers that changed/ })).toContainText(
      '3 Defined → 5 Optimizing',
    );
    const { text } = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Download the comparison (CSV)' }).click(),
    );
    const rows = parseCsv<Record<string, string>>(text, { bom: true, columns: true });
    expect(rows.find((r) => r['Area id'] === '99.35')?.['Delta']).toMatch(/^\+\d\.\d$/);
  });

  test('plan entries survive export and import, and every plan export reads as its consumer reads it', async ({
    page,
  }) => {
    await startAssessment(page, '?areas=monitoring', 'Planned');
    await showAllQuestions(page);
    await answer(page, m1!.id, 1);
    await answer(page, m2!.id, 2);
    await page.goto('/assessment/results/');
    const item = page.locator('.plan-item').first();
    await item.getByLabel('Owner').fill('Ana');
    await item.getByLabel('Owner').blur();
    await item.getByLabel('Due').fill('2027-01-15');
    await item.getByLabel('Status').selectOption('in-progress');

    const csv = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Plan (CSV)' }).click(),
    );
    const planRows = parseCsv<Record<string, string>>(csv.text, { bom: true, columns: true });
    expect(planRows[0]).toMatchObject({ Owner: 'Ana', Due: '2027-01-15', Status: 'In progress' });
    expect(planRows[0]!['Guidance']).toMatch(/^https?:\/\/[^/]+\/areas\/monitoring\/#/);

    const ics = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Due dates (calendar, .ics)' }).click(),
    );
    const events = new ICAL.Component(ICAL.parse(ics.text))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2027-01-15']);

    await page.getByLabel('Azure DevOps process').selectOption('scrum');
    const devops = await downloadOf(page, () =>
      page.getByRole('button', { name: /Azure DevOps/ }).click(),
    );
    const items = parseCsv<Record<string, string>>(devops.text, { bom: true, columns: true });
    expect(items.every((i) => i['Work Item Type'] === 'Product Backlog Item' && i['Title'])).toBe(
      true,
    );

    const jira = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Jira (CSV import)' }).click(),
    );
    const table: string[][] = parseCsv(jira.text, { bom: true });
    const [header] = table;
    expect(header).toEqual([
      'Summary',
      'Description',
      'Issue Type',
      'Priority',
      'Labels',
      'Labels',
      'Labels',
      'Due date',
    ]);

    const md = await downloadOf(page, () =>
      page.getByRole('button', { name: /Task list/ }).click(),
    );
    expect(md.text).toContain('- [ ] **');
    expect(md.text).toContain('owner Ana, due 2027-01-15');

    await openExports(page);
    const json = await downloadOf(page, () =>
      page.getByRole('button', { name: 'JSON (to import again)' }).click(),
    );
    await page.getByLabel('Assessment file (JSON)').setInputFiles(await json.download.path());
    await expect(page.getByRole('status').filter({ hasText: 'Imported as' })).toBeVisible();
    await expect(picker(page).locator('option:checked')).toHaveText('Planned (imported)');
    await expect(page.locator('.plan-item').first().getByLabel('Owner')).toHaveValue('Ana');
    await expect(page.locator('.plan-item').first().getByLabel('Due')).toHaveValue('2027-01-15');
  });

  test('on a phone a plan item keeps the level descriptions folded and its fields two to a row', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await startAssessment(page, '?areas=monitoring', 'Phone plan');
    await showAllQuestions(page);
    await answer(page, m1!.id, 1);
    await page.goto('/assessment/results/');
    const item = page.locator('.plan-item').first();
    const summary = item.locator('details.plan-item__levels > summary');
    await expect(summary).toHaveText(/^Now level 1 · .+; next level 2 · .+$/);
    const leadsTo = item.locator('strong', { hasText: 'Leads to level 2' });
    await expect(leadsTo).toBeHidden();
    await summary.click();
    await expect(leadsTo).toBeVisible();
    const status = (await item.getByLabel('Status').boundingBox())!;
    const owner = (await item.getByLabel('Owner').boundingBox())!;
    expect(Math.abs(status.y - owner.y)).toBeLessThan(4);
    expect(owner.x).toBeGreaterThan(status.x + status.width);
  });

  test('printing the results gives a clean report: no controls, every section expanded', async ({
    page,
  }) => {
    await startAssessment(page, '?areas=monitoring', 'For print');
    await showAllQuestions(page);
    await answer(page, m1!.id, 1);
    await page.goto('/assessment/results/');
    await expect(page.locator('.plan-item')).toHaveCount(1);
    // Printed as the browser's own Print command would: closed sections must print open.
    const pdf = await page.pdf({ format: 'A4' });
    const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
    let text = '';
    for (let i = 1; i <= document.numPages; i++) {
      const content = await (await document.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    // The PDF splits ligatures ("fi") and lines: compare without spaces.
    const compact = text.replace(/\s+/g, '');
    const has = (words: string) => compact.includes(words.replace(/\s+/g, ''));
    for (const heading of [
      'Scores by area',
      'Find out first',
      'Improvement plan',
      'How this was computed',
    ])
      expect(has(heading), heading).toBe(true);
    expect(has('Leads to level 2'), 'a folded plan item prints its level descriptions').toBe(true);
    for (const control of [
      'Rename',
      'Duplicate',
      'Print the report',
      'Freeze as milestone',
      'Import an assessment',
      'Answers are saved',
      'mm/dd/yyyy',
    ])
      expect(has(control), control).toBe(false);
    // "How this was computed" is closed on screen and prints open: its table shows the answer.
    expect(has('yes: 1 × 1')).toBe(true);
  });
});
