import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';

// WCAG 2.2 A and AA, plus axe's best practices (landmarks, heading order, one h1…).
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// DESIGN.md, "Pages, speed and access": every width from 320 px and both themes. A phone and a
// desktop in each theme; the narrowest widths are also checked for sideways scrolling.
const views = [
  { width: 360, scheme: 'light' },
  { width: 360, scheme: 'dark' },
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
] as const;
type View = (typeof views)[number];
const narrowWidths = [320, 360];
/** Each page is loaded once at each of these widths, its disclosures opened. */
const loadWidths = [...new Set([...narrowWidths, ...views.map((v) => v.width)])].sort(
  (a, b) => a - b,
);

/** Every page of the sitemap, as a path, and the 404 page, which no sitemap lists. */
function pagePaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...listed, paths.notFound];
}

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(tags)
    // Passes are not needed, and leaving them out makes a long page's run much faster.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function show(page: Page, { width, scheme }: View) {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
}

/** How much wider than the window the page is (0 when nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The widths from 320 to 1440 px, every 20 px, at which the loaded page scrolls sideways: the
 * window is resized without a reload, since the layout follows CSS alone. A breakpoint set too
 * low shows up here (the header once overflowed between 897 and 953 px).
 */
async function widthsThatScroll(page: Page): Promise<string[]> {
  const scrolling: string[] = [];
  for (let width = 320; width <= 1440; width += 20) {
    await page.setViewportSize({ width, height: 800 });
    const wider = await overflow(page);
    if (wider) scrolling.push(`${width} px (+${wider})`);
  }
  return scrolling;
}

/** Opens every closed disclosure (details element) of the page. */
async function openAllDisclosures(page: Page) {
  const opened = await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
    for (const details of closed) details.open = true;
    return closed.length;
  });
  // Opening one may render more (React panels): open those too.
  if (opened) await openAllDisclosures(page);
}

/**
 * The template a page is built from: pages of one template share their layout, so a breakpoint
 * set too low shows on any of them. Each app page (the assessment's, the link builder) is a
 * template of its own.
 */
function templateOf(path: string): string {
  if (path === paths.linkBuilder) return path;
  const segments = path.split('/').filter(Boolean);
  if (segments.length <= 1 || (segments[0] === 'assessment' && segments.length <= 2)) return path;
  return `${segments[0]}/${segments.length}`;
}

/** The pages swept at every 20 px: the first of each template (content is checked at 320 px). */
const sweptOf = (paths: string[]) =>
  new Set([...Map.groupBy(paths, templateOf).values()].map((group) => group[0]!));

const viewName = (view: View) => `at ${view.width} px in ${view.scheme}`;

test.describe('every page: axe, WCAG 2.2 A and AA and best practices; no sideways scrolling', () => {
  const all = pagePaths();
  const swept = sweptOf(all);
  // Four axe runs and three loads per test: a long area page takes a while on two cores.
  test.describe.configure({ timeout: 120_000 });

  test('the sitemap lists every page', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  for (const path of all)
    test(`${path}: no violations at 360 and 1280 px in light and dark; no sideways scrolling from 320 px`, async ({
      page,
    }) => {
      const found: Record<string, string[]> = {};
      for (const width of loadWidths) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        await openAllDisclosures(page);
        if (narrowWidths.includes(width)) {
          const wider = await overflow(page);
          if (wider) found[`at ${width} px`] = [`the page is ${wider} px wider than the screen`];
        }
        // The theme follows the system setting through CSS alone, so no reload is needed.
        for (const view of views.filter((v) => v.width === width)) {
          await page.emulateMedia({ colorScheme: view.scheme });
          const list = await violations(page);
          if (list.length) found[viewName(view)] = list;
        }
      }
      if (swept.has(path)) {
        const scrolling = await widthsThatScroll(page);
        if (scrolling.length) found['scrolls sideways at'] = scrolling;
      }
      expect(found).toEqual({});
    });
});

test.describe('accessibility of search (axe)', () => {
  for (const view of views) {
    test(`the search dialog with results and filters open ${viewName(view)}`, async ({ page }) => {
      await show(page, view);
      await page.goto('/areas/');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('monitor');
      await expect(page.getByRole('dialog').getByRole('status')).toContainText('results');
      await expect(page.getByRole('dialog').locator('mark').first()).toBeVisible();
      await page.getByRole('dialog').getByText('Filters').click();
      expect(await violations(page)).toEqual([]);
    });

    test(`the search page with results ${viewName(view)}`, async ({ page }) => {
      await show(page, view);
      await page.goto('/search/?q=monitor');
      await expect(page.getByRole('status')).toContainText('results');
      await expect(page.locator('main mark').first()).toBeVisible();
      await openAllDisclosures(page);
      expect(await violations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
    });

    test(`a page reached from a result, its words marked, ${viewName(view)}`, async ({ page }) => {
      await show(page, view);
      await page.goto('/areas/monitoring/?highlight=monitor');
      await expect(page.locator('main mark').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('accessibility of the assessment with data (axe)', () => {
  for (const view of views)
    test(`questionnaire, results and compare, every disclosure open, ${viewName(view)}`, async ({
      page,
    }) => {
      await show(page, view);
      await page.goto('/assessment/?areas=business-continuity');
      await page.getByRole('button', { name: 'Start' }).click();
      const one = page.getByLabel('One question at a time');
      if (await one.isChecked()) await one.uncheck();
      await page.locator('fieldset.question').first().getByRole('radio').nth(1).check();
      await page.locator('fieldset.question').nth(1).getByRole('radio').nth(3).check();
      await page.locator('fieldset.question').nth(2).getByRole('radio').nth(6).check();
      await openAllDisclosures(page);
      // Checked from the top of the page: further down, the sticky progress bar covers whatever
      // scrolls under it at that moment, which axe counts against the target size.
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      expect(await violations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);

      await page.goto('/assessment/results/');
      await expect(page.getByRole('heading', { name: 'Improvement plan' })).toBeVisible();
      await page.locator('.plan-item').first().getByLabel('Owner').fill('Ravi');
      await page.locator('.plan-item').first().getByLabel('Status').selectOption('planned');
      await openAllDisclosures(page);
      expect(await violations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
      if (view.scheme === 'light') {
        expect(await widthsThatScroll(page)).toEqual([]);
        await show(page, view);
      }

      await page.getByLabel('Milestone name').fill('Baseline');
      await page.getByRole('button', { name: 'Freeze as milestone' }).click();
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(page.getByRole('heading', { name: /→/ })).toBeVisible();
      await openAllDisclosures(page);
      expect(await violations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);

      // The team page is built on another branch; once it is in the site, it is checked here too.
      if (existsSync(`dist${paths.team}index.html`)) {
        await page.goto(paths.team);
        await openAllDisclosures(page);
        expect(await violations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
      }
    });
});
