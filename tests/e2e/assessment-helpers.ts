import { expect, type Page } from '@playwright/test';

/** The question bank as the site publishes it. */
export interface BankShape {
  version: string;
  areas: {
    slug: string;
    title: string;
    catalogId: string;
    questions: { id: string; weight: number }[];
  }[];
}

export async function fetchBank(page: Page): Promise<BankShape> {
  return (await (await page.request.get('/assessment/bank.json')).json()) as BankShape;
}

/** Opens the questionnaire for a scope link and starts an assessment with the given name. */
export async function startAssessment(page: Page, query: string, name: string) {
  await page.goto(`/assessment/${query}`);
  await page.getByLabel('Name of the assessment').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('group').first()).toBeVisible();
}

/** Answers a question by clicking the option of a level (or "na"/"unknown"). */
export async function answer(page: Page, questionId: string, level: number | 'na' | 'unknown') {
  await page.locator(`fieldset#q-${questionId} input[value="${level}"]`).check();
}

/** Σ(weight × level) / Σ(weight), rounded half up to one decimal: the rule of DESIGN.md, as an oracle. */
export function expectedScore(pairs: { weight: number; level: number }[]): string {
  const sum = pairs.reduce((s, p) => s + p.weight * p.level, 0);
  const weights = pairs.reduce((s, p) => s + p.weight, 0);
  // Integer arithmetic: tenths, rounded half up.
  const tenths = Math.floor((sum * 10 * 2 + weights) / (2 * weights));
  return (tenths / 10).toFixed(1);
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
