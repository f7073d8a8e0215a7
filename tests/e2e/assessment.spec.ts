import { expect, test } from '@playwright/test';
import {
  answer,
  answerAll,
  downloadOf,
  openArea,
  openExports,
  resultsTable,
  showAllQuestions,
  startAssessment,
  storedText,
} from './assessment-helpers.ts';
import { answersWithSum, contentAreas, exactScore, levelOf, shown } from './scoring-oracle.ts';

const areas = contentAreas();
const area = (slug: string) => areas.find((a) => a.slug === slug)!;

test('a scope link prepares the questionnaire; an area is completed by keyboard alone and survives a reload', async ({
  page,
}) => {
  const licensing = area('licensing');
  await page.goto('/assessment/?areas=licensing');
  await expect(page.getByRole('checkbox', { name: /99\.15 Manage licensing/ })).toBeChecked();
  const start = page.getByRole('button', { name: 'Start' });
  // Until the questions have loaded the button says so and cannot be pressed.
  await expect(start).toBeEnabled();
  await start.focus();
  await page.keyboard.press('Enter');
  await showAllQuestions(page);

  for (const [i, question] of licensing.questions.entries()) {
    // Tab until focus reaches this question's radio group, then pick a level with the arrow keys.
    for (let tabs = 0; tabs < 20; tabs++) {
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
  const total = licensing.questions.length;
  await expect(page.getByText(`This area: ${total} of ${total} answered (100%)`)).toBeVisible();

  await page.reload();
  await showAllQuestions(page);
  for (const [i, question] of licensing.questions.entries())
    await expect(page.locator(`fieldset#q-${question.id} input:checked`)).toHaveValue(
      String((i % 5) + 1),
    );
});

test('the server sends the start form, so the first view does not jump when the page hydrates', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/assessment/')).text();
  expect(html).toContain('Start an assessment');
  expect(html).toContain('Name of the assessment');
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/assessment/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(
    0.1,
  );
});

test('for known answers the results show what the rules give, on an x.x5 boundary and where the floor is below the display', async ({
  page,
}) => {
  // Background jobs weighs 20 in all: a weighted sum of 79 is 79/20 = 3.95, exactly half way:
  // shown "4.0" (half up), yet level 3 (the floor of 3.95, not of the rounded 4.0).
  const jobs = area('background-jobs');
  expect(jobs.questions.reduce((s, q) => s + q.weight, 0)).toBe(20);
  const jobAnswers = answersWithSum(jobs.questions, 79)!;
  // System features weighs 21: 83/21 = 3.952…, shown "4.0", level 3.
  const features = area('system-features');
  expect(features.questions.reduce((s, q) => s + q.weight, 0)).toBe(21);
  const featureAnswers = answersWithSum(features.questions, 83)!;
  // Monitoring: two levels answered, one "don't know", one n/a, the rest open: a range.
  const monitoring = area('monitoring');
  const [m1, m2, m3, m4] = monitoring.questions;
  const monitoringAnswers = {
    [m1!.id]: 2,
    [m2!.id]: 4,
    [m3!.id]: 'unknown' as const,
    [m4!.id]: 'na' as const,
  };

  await startAssessment(page, '?areas=background-jobs,system-features,monitoring', 'Known answers');
  await answerAll(page, [
    { catalogId: '99.40', answers: jobAnswers },
    { catalogId: '99.20', answers: featureAnswers },
    { catalogId: '99.35', answers: monitoringAnswers },
  ]);
  await page.goto('/assessment/results/');
  const rows = await resultsTable(page);
  const row = (catalogId: string) => rows.find((r) => r[0]!.startsWith(catalogId))!;

  expect(shown({ sum: 79, weights: 20 })).toBe('4.0');
  expect(row('99.40').slice(1, 4)).toEqual(['4.0', '3Level 3: Defined', 'settled']);
  expect(row('99.20').slice(1, 4)).toEqual(['4.0', '3Level 3: Defined', 'settled']);

  const score = exactScore(monitoring.questions, monitoringAnswers)!;
  const rest = monitoring.questions.filter(
    (q) => !(q.id in monitoringAnswers) || monitoringAnswers[q.id] === 'unknown',
  );
  const low = exactScore(monitoring.questions, {
    ...monitoringAnswers,
    ...Object.fromEntries(rest.map((q) => [q.id, 1])),
  })!;
  const high = exactScore(monitoring.questions, {
    ...monitoringAnswers,
    ...Object.fromEntries(rest.map((q) => [q.id, 5])),
  })!;
  expect(row('99.35').slice(1, 4)).toEqual([
    shown(score),
    expect.stringContaining(`Level ${levelOf(score)}:`),
    `${shown(low)} to ${shown(high)}`,
  ]);

  // The overall score is the plain mean of the three exact area scores.
  const parts = [{ sum: 79, weights: 20 }, { sum: 83, weights: 21 }, score];
  const lcm = parts.reduce((d, p) => d * p.weights, 1);
  const mean = { sum: parts.reduce((s, p) => s + (p.sum * lcm) / p.weights, 0), weights: 3 * lcm };
  await expect(page.locator('.results-overall__score')).toHaveText(shown(mean));
  await expect(page.locator('.results-overall')).toContainText('Provisional overall score');
  await expect(page.locator('.results-counts')).toContainText(
    `${jobs.questions.length + features.questions.length + 2} rated`,
  );

  // Don't know never reaches the plan, but it leads "Find out first".
  await expect(page.getByRole('region', { name: 'Find out first' })).toContainText('ask');
  const plan = page.getByRole('region', { name: 'Improvement plan' }).locator('.results-plan > li');
  const below = Object.values({
    ...jobAnswers,
    ...featureAnswers,
    [m1!.id]: 2,
    [m2!.id]: 4,
  }).filter((l) => l < 3).length;
  await expect(plan).toHaveCount(below);
});

test('a role-focused assessment says which role and how many of each area’s questions its figures cover', async ({
  page,
}) => {
  await startAssessment(page, '?role=it-support', 'Support view');
  await page.goto('/assessment/results/');
  await expect(page.locator('.results-summary')).toContainText(
    'Figures cover only the questions for IT support.',
  );
  const rows = await resultsTable(page);
  expect(rows).toHaveLength(13);
  const bank = (await (await page.request.get('/assessment/bank.json')).json()) as {
    areas: { catalogId: string; questions: { roles: string[] }[] }[];
  };
  for (const bankArea of bank.areas) {
    const mine = bankArea.questions.filter((q) => q.roles.includes('it-support')).length;
    const cells = rows.find((r) => r[0]!.startsWith(bankArea.catalogId))!;
    if (mine === 0) expect(cells[2]).toBe('no questions for this role');
    else expect(cells[5]).toBe(`${mine} of ${bankArea.questions.length}`);
  }
});

test('export then import shows the same results; a bad file gets its message and changes nothing', async ({
  page,
}) => {
  const compliance = area('compliance');
  await startAssessment(page, '?areas=compliance', 'Round trip');
  await showAllQuestions(page);
  for (const [i, q] of compliance.questions.entries()) await answer(page, q.id, ((i * 2) % 5) + 1);
  await page.goto('/assessment/results/');
  const before = await resultsTable(page);
  await openExports(page);
  const { text, download } = await downloadOf(page, () =>
    page.getByRole('button', { name: 'JSON (to import again)' }).click(),
  );
  const exported = JSON.parse(text) as { format: string; version: number; answers: object };
  expect(exported).toMatchObject({ format: 'administer-to-operate/assessment', version: 2 });
  expect(Object.keys(exported.answers)).toHaveLength(compliance.questions.length);

  const storedBefore = await storedText(page);
  const input = page.getByLabel('Assessment file (JSON)');
  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"not": "ours"'),
  });
  await expect(page.getByRole('alert')).toContainText('notes.json: This file is not JSON');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'not an Administer to Operate assessment file',
  );
  await input.setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(1_100_000, 32),
  });
  await expect(page.getByRole('alert')).toContainText('big.json: This file is too large');
  expect(await storedText(page)).toBe(storedBefore);

  await input.setInputFiles(await download.path());
  await expect(page.getByRole('status').filter({ hasText: 'new assessment saved' })).toContainText(
    'Imported as “Round trip (imported)”',
  );
  expect(
    await page.getByLabel('Assessment', { exact: true }).locator('option').allTextContents(),
  ).toEqual(['Round trip', 'Round trip (imported)']);
  expect(await resultsTable(page)).toEqual(before);
});

test('a share link opens as an offer to import in a new tab and when pasted into a tab already on the page', async ({
  page,
  context,
}) => {
  const first = areas[0]!;
  const q = first.questions[0]!;
  await startAssessment(page, `?areas=${first.slug}`, 'Shared one');
  await answer(page, q.id, 4);
  await page.goto('/assessment/results/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExports(page);
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/assessment\/#share=[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'characters' })).toContainText(
    'Link copied',
  );

  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByText('This link carries the assessment “Shared one” with 1 answer.'),
  ).toBeVisible();
  await other.getByRole('button', { name: 'Import as a new assessment' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Imported as' })).toContainText(
    '“Shared one (imported)”',
  );
  await expect(other.getByLabel('Assessment', { exact: true })).toContainText(
    'Shared one (imported)',
  );

  // A tab already on the questionnaire: the link is pasted into its address bar (only the
  // fragment changes, so the page does not reload).
  await page.goto('/assessment/');
  await expect(page.locator('fieldset.question').first()).toBeVisible();
  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(page.getByText('This link carries the assessment “Shared one”')).toBeVisible();
});

test('moving to another area puts focus on its heading; after Start, the first area heading has focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await startAssessment(page, '', 'All areas');
  const firstHeading = page.getByRole('heading', { level: 2, name: '99.01 Implement solutions' });
  await expect(firstHeading).toBeFocused();
  await expect(firstHeading).toBeInViewport();
  await page.getByRole('button', { name: /^Next area: 99\.10 Business continuity/ }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: '99.10 Define business continuity plan' }),
  ).toBeFocused();
  await openArea(page, '99.65');
  await expect(
    page.getByRole('heading', { level: 2, name: '99.65 Support systems' }),
  ).toBeFocused();
});

test('on a phone one question shows at a time, the note waits behind "Add a note" and the results link stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const first = area('implement-solutions');
  await startAssessment(page, '?areas=implement-solutions', 'Phone');
  await expect(page.locator('fieldset.question')).toHaveCount(1);
  await expect(page.getByText(`Question 1 of ${first.questions.length}`)).toBeVisible();
  await expect(page.locator('fieldset.question textarea')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear answer' })).toHaveCount(0);
  await answer(page, first.questions[0]!.id, 3);
  await expect(page.getByRole('button', { name: 'Clear answer' })).toBeVisible();
  await page.getByRole('button', { name: 'Next question →' }).click();
  await expect(page.locator(`fieldset#q-${first.questions[1]!.id}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'See results' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
});

test('a note typed just before the page closes is kept', async ({ page }) => {
  const q = area('monitoring').questions[0]!;
  await startAssessment(page, '?areas=monitoring', 'Notes');
  await showAllQuestions(page);
  await page.locator(`fieldset#q-${q.id}`).getByRole('button', { name: 'Add a note' }).click();
  await page.locator(`#note-${q.id}`).fill('Typed in the last moment');
  // Reload at once, well inside the 400 ms the field waits before saving.
  await page.reload();
  await showAllQuestions(page);
  await expect(page.locator(`#note-${q.id}`)).toHaveValue('Typed in the last moment');
});

test('what is typed into the start form before the page has finished loading is kept', async ({
  page,
}) => {
  // Hold the page's scripts back, so the form is typed into as plain HTML.
  let holding = true;
  const held: (() => Promise<void>)[] = [];
  await page.route('**/_astro/*.js', (route) =>
    holding ? held.push(() => route.continue()) : route.continue(),
  );
  // Module scripts hold back "load" and "DOMContentLoaded"; the HTML is there before either.
  await page.goto('/assessment/', { waitUntil: 'commit' });
  await page.getByLabel('Name of the assessment').fill('Typed early');
  await page.getByLabel(/Your name or initials/).fill('KL');
  holding = false;
  await Promise.all(held.map((release) => release()));
  const start = page.getByRole('button', { name: 'Start' });
  await expect(start).toBeEnabled();
  await start.click();
  await expect(page.getByLabel('Assessment', { exact: true }).locator('option:checked')).toHaveText(
    'Typed early',
  );
});
