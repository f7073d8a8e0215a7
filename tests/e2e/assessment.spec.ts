import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  answer,
  expectedScore,
  fetchBank,
  resultsTable,
  startAssessment,
} from './assessment-helpers.ts';

test('a scope link prepares the questionnaire; an area is completed by keyboard alone and survives a reload', async ({
  page,
}) => {
  const bank = await fetchBank(page);
  const area = bank.areas.find((a) => a.slug === 'licensing')!;
  await page.goto('/assessment/?areas=licensing');
  await expect(page.getByRole('checkbox', { name: /99\.15 Manage licensing/ })).toBeChecked();
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');

  for (const [i, question] of area.questions.entries()) {
    // Tab until focus reaches this question's radio group, then pick a level with the arrow keys.
    for (let tabs = 0; tabs < 12; tabs++) {
      const name = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name,
      );
      if (name === `q-${question.id}`) break;
      await page.keyboard.press('Tab');
    }
    for (let step = 0; step < (i % 5) + 1; step++)
      await page.keyboard.press(step === 0 ? 'Space' : 'ArrowDown');
    await expect(page.locator(`fieldset#q-${question.id} input:checked`)).toHaveValue(
      String((i % 5) + 1),
    );
  }
  await expect(
    page.getByText(
      `This area: ${area.questions.length} of ${area.questions.length} answered (100%)`,
    ),
  ).toBeVisible();

  await page.reload();
  for (const [i, question] of area.questions.entries())
    await expect(page.locator(`fieldset#q-${question.id} input:checked`)).toHaveValue(
      String((i % 5) + 1),
    );
});

test('for a known set of answers the results show the scores, range and plan the rules give', async ({
  page,
}) => {
  const bank = await fetchBank(page);
  const area = bank.areas.find((a) => a.slug === 'background-jobs')!;
  const [q1, q2, q3, q4] = area.questions;
  await startAssessment(page, '?areas=background-jobs', 'Known answers');
  await page.getByRole('button', { name: /99\.40 Background jobs/ }).click();
  await answer(page, q1!.id, 2);
  await answer(page, q2!.id, 4);
  await answer(page, q3!.id, 'unknown');
  await answer(page, q4!.id, 'na');

  await page.goto('/assessment/results/');
  const score = expectedScore([
    { weight: q1!.weight, level: 2 },
    { weight: q2!.weight, level: 4 },
  ]);
  const rest = area.questions.slice(4);
  const low = expectedScore([
    { weight: q1!.weight, level: 2 },
    { weight: q2!.weight, level: 4 },
    { weight: q3!.weight, level: 1 },
    ...rest.map((q) => ({ weight: q.weight, level: 1 })),
  ]);
  const high = expectedScore([
    { weight: q1!.weight, level: 2 },
    { weight: q2!.weight, level: 4 },
    { weight: q3!.weight, level: 5 },
    ...rest.map((q) => ({ weight: q.weight, level: 5 })),
  ]);
  const [row] = await resultsTable(page);
  expect(row!.slice(0, 5)).toEqual([
    '99.40 Manage background jobs',
    score,
    expect.stringContaining(`${Math.floor(Number(score))} ·`) as unknown as string,
    `${low} to ${high}`,
    `4 of ${area.questions.length}`,
  ]);
  await expect(page.locator('.results-overall__score')).toHaveText(score);

  // Level 2 is below the default target 3, level 4 is not: exactly one recommendation, with its advice.
  const plan = page.getByRole('region', { name: 'Recommendations' }).getByRole('listitem');
  await expect(plan).toHaveCount(1);
  await expect(plan.first()).toContainText(`priority ${q1!.weight}`);
  await expect(plan.first()).toContainText('Next step:');

  // Raising the target to 5 updates everything at once: now both levelled answers are below it.
  await page.getByLabel('Target for Manage background jobs').selectOption('5');
  await expect(plan).toHaveCount(2);
  await expect(plan.first()).toContainText(`priority ${Math.max(q1!.weight * 3, q2!.weight)}`);
});

test('export then import shows the same results; a bad file gets its message and changes nothing', async ({
  page,
}) => {
  const bank = await fetchBank(page);
  const area = bank.areas.find((a) => a.slug === 'compliance')!;
  await startAssessment(page, '?areas=compliance', 'Round trip');
  for (const [i, q] of area.questions.entries()) await answer(page, q.id, ((i * 2) % 5) + 1);
  await page.goto('/assessment/results/');
  const before = await resultsTable(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON (to import again)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; answers: object };
  expect(exported.format).toBe('administer-to-operate/assessment');
  expect(Object.keys(exported.answers)).toHaveLength(area.questions.length);

  const stored = () => page.evaluate(() => localStorage.getItem('a2o:assessments'));
  const storedBefore = await stored();
  await page.getByLabel('Assessment file (JSON)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"not": "ours"'),
  });
  await expect(page.getByRole('alert')).toContainText('notes.json:');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await page.getByLabel('Assessment file (JSON)').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'not an Administer to Operate assessment file',
  );
  await page.getByLabel('Assessment file (JSON)').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(1_100_000, 32),
  });
  await expect(page.getByRole('alert')).toContainText('big.json:');
  expect(await stored()).toBe(storedBefore);

  await page.getByLabel('Assessment file (JSON)').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'as a new assessment' })).toContainText(
    'Imported “Round trip',
  );
  await expect(page.getByLabel('Assessment', { exact: true })).toHaveValue(/.+/);
  expect(
    await page.getByLabel('Assessment', { exact: true }).locator('option').allTextContents(),
  ).toEqual(['Round trip', 'Round trip (imported)']);
  expect(await resultsTable(page)).toEqual(before);
});

test('a share link opens as an offer to import, never as an overwrite', async ({
  page,
  context,
}) => {
  const bank = await fetchBank(page);
  const q = bank.areas[0]!.questions[0]!;
  await startAssessment(page, `?areas=${bank.areas[0]!.slug}`, 'Shared one');
  await answer(page, q.id, 4);
  await page.goto('/assessment/results/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/assessment\/#share=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByText('This link carries the assessment “Shared one” with 1 answer.'),
  ).toBeVisible();
  await other.getByRole('button', { name: 'Import as a new assessment' }).click();
  await expect(other.getByLabel('Assessment', { exact: true })).toContainText(
    'Shared one (imported)',
  );
  await expect(other.locator(`fieldset#q-${q.id} input:checked`)).toHaveValue('4');
});

test('two tabs on the same assessment keep each other’s answers', async ({ page, context }) => {
  const bank = await fetchBank(page);
  const area = bank.areas.find((a) => a.slug === 'monitoring')!;
  const [q1, q2] = area.questions;
  await startAssessment(page, '?areas=monitoring', 'Two tabs');
  const second = await context.newPage();
  await second.goto('/assessment/');
  await answer(page, q1!.id, 3);
  await answer(second, q2!.id, 5);
  await expect(page.locator(`fieldset#q-${q2!.id} input:checked`)).toHaveValue('5');
  await page.reload();
  await expect(page.locator(`fieldset#q-${q1!.id} input:checked`)).toHaveValue('3');
  await expect(page.locator(`fieldset#q-${q2!.id} input:checked`)).toHaveValue('5');
});

test('without storage the page says so, keeps working in memory and offers a download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
  });
  const bank = await fetchBank(page);
  const q = bank.areas[0]!.questions[0]!;
  await startAssessment(page, `?areas=${bank.areas[0]!.slug}`, 'In memory');
  await expect(page.getByRole('alert')).toContainText('not saved');
  await answer(page, q.id, 2);
  await expect(page.locator(`fieldset#q-${q.id} input:checked`)).toHaveValue('2');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a copy (JSON)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});

test('deleting asks first and can be undone', async ({ page }) => {
  await startAssessment(page, '?areas=support-systems', 'Keep me');
  await page.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('group', { name: 'Confirm deletion' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('heading', { name: 'Start an assessment' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Assessment', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Assessment', { exact: true }).locator('option')).toHaveText([
    'Keep me',
  ]);
});

test('moving to another area puts focus on its heading, so keyboard and screen reader users start at the top', async ({
  page,
}) => {
  await startAssessment(page, '', 'All areas');
  await expect(
    page.getByRole('heading', { level: 2, name: '99.01 Implement solutions' }),
  ).not.toBeFocused();
  await page.getByRole('button', { name: /^Next: 99\.10 Business continuity/ }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: '99.10 Define business continuity plan' }),
  ).toBeFocused();
  await page
    .getByRole('navigation', { name: 'Areas of the questionnaire' })
    .getByRole('button', { name: /99\.65 Support systems/ })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: '99.65 Support systems' }),
  ).toBeFocused();
});

test('printing the results gives a clean report: scores, plan and explanation without the controls', async ({
  page,
}) => {
  const bank = await fetchBank(page);
  const q = bank.areas[1]!.questions[0]!;
  await startAssessment(page, `?areas=${bank.areas[1]!.slug}`, 'For print');
  await answer(page, q.id, 1);
  await page.goto('/assessment/results/');
  await expect(page.locator('.results-table')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Export and share' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Import an assessment' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.results-table')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recommendations' })).toBeVisible();
  await expect(page.locator('.score-chart svg')).toBeVisible();
});
