import { readFileSync } from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';

/** Opens the questionnaire for a scope link and starts an assessment with the given name. */
export async function startAssessment(page: Page, query: string, name: string) {
  await page.goto(`/assessment/${query}`);
  await page.getByLabel('Name of the assessment').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('fieldset.question').first()).toBeVisible();
}

/** Shows every question of the open area (phones default to one at a time). */
export async function showAllQuestions(page: Page) {
  const one = page.getByLabel('One question at a time');
  if (await one.isChecked()) await one.uncheck();
}

/** Opens an area of the questionnaire from the area list. */
export async function openArea(page: Page, catalogId: string) {
  await page
    .getByRole('navigation', { name: 'Areas of the questionnaire' })
    .getByRole('button', { name: new RegExp(`^${catalogId.replace('.', '\\.')} `) })
    .click();
}

/** Answers a question by clicking the option of a level (or "na"/"unknown"). */
export async function answer(page: Page, questionId: string, level: number | 'na' | 'unknown') {
  await page.locator(`fieldset#q-${questionId} input[value="${level}"]`).check();
}

/** Answers every question of an object of answers, opening the right areas as needed. */
export async function answerAll(
  page: Page,
  byArea: { catalogId: string; answers: Record<string, number | 'na' | 'unknown'> }[],
) {
  for (const { catalogId, answers } of byArea) {
    await openArea(page, catalogId);
    await showAllQuestions(page);
    for (const [id, level] of Object.entries(answers)) await answer(page, id, level);
  }
}

/** The text of every cell of the results table, row by row. */
export async function resultsTable(page: Page): Promise<string[][]> {
  await expect(page.locator('.results-table tbody tr').first()).toBeVisible();
  return page
    .locator('.results-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

/** Clicks a button that downloads a file and returns the file's text. */
export async function downloadOf(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string; download: Download }> {
  const pending = page.waitForEvent('download');
  await click();
  const download = await pending;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), download };
}

/** Opens the "Export" disclosure of the results page. */
export async function openExports(page: Page) {
  const more = page.locator('.results-exports__more');
  if (!(await more.getAttribute('open'))) await more.locator('summary').click();
}

/** The stored value of the assessments, as the browser keeps it. */
export function storedText(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('a2o:assessments'));
}
