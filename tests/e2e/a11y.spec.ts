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

test.describe('accessibility of the assessment with answers (axe, WCAG 2.2 A and AA)', () => {
  test('the questionnaire with answers and the results with a plan have no violations', async ({
    page,
  }) => {
    await page.goto('/assessment/?areas=business-continuity');
    await page.getByRole('button', { name: 'Start' }).click();
    const radios = page.locator('fieldset.question').first().getByRole('radio');
    await radios.nth(1).check();
    await page.locator('fieldset.question').nth(1).getByRole('radio').nth(3).check();
    expect(await violations(page)).toEqual([]);
    await page.goto('/assessment/results/');
    await expect(page.getByRole('heading', { name: 'Recommendations' })).toBeVisible();
    await page.locator('.results-explain summary').first().click();
    expect(await violations(page)).toEqual([]);
  });
});
