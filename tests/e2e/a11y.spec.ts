import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page of the sitemap, as a path. */
function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  const paths = sitemapPaths();

  test('the sitemap lists every page', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  for (const path of paths) {
    test(`${path} has no violations`, async ({ page }) => {
      // axe on most of the question bank in one page takes half a minute on a busy machine.
      if (path.startsWith('/assessment/print/')) test.setTimeout(90_000);
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('an area page in the dark theme has no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/areas/software-releases/');
    expect(await violations(page)).toEqual([]);
  });

  test('the search dialog with results and filters open has no violations', async ({ page }) => {
    await page.goto('/areas/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('monitor');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('results');
    await page.getByRole('dialog').getByText('Filters').click();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('accessibility of the assessment with data (axe, WCAG 2.2 A and AA)', () => {
  for (const [width, scheme] of [
    [1280, 'light'],
    [360, 'dark'],
  ] as const)
    test(`questionnaire, results with a plan and a milestone, and compare, at ${width} px in ${scheme}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/assessment/?areas=business-continuity');
      await page.getByRole('button', { name: 'Start' }).click();
      const one = page.getByLabel('One question at a time');
      if (await one.isChecked()) await one.uncheck();
      await page.locator('fieldset.question').first().getByRole('radio').nth(1).check();
      await page.locator('fieldset.question').nth(1).getByRole('radio').nth(3).check();
      await page.locator('fieldset.question').nth(2).getByRole('radio').nth(6).check();
      await page.locator('fieldset.question details').first().locator('summary').click();
      // Checked from the top of the page: further down, the sticky progress bar covers whatever
      // scrolls under it at that moment, which axe counts against the target size.
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      expect(await violations(page)).toEqual([]);

      await page.goto('/assessment/results/');
      await expect(page.getByRole('heading', { name: 'Improvement plan' })).toBeVisible();
      await page.locator('.plan-item').first().getByLabel('Owner').fill('Ravi');
      await page.locator('.plan-item').first().getByLabel('Status').selectOption('planned');
      await page.locator('.results-explain summary').first().click();
      await page.locator('.results-exports__more summary').click();
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);

      await page.getByLabel('Milestone name').fill('Baseline');
      await page.getByRole('button', { name: 'Freeze as milestone' }).click();
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(page.getByRole('heading', { name: /→/ })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    });
});
