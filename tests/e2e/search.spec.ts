import { expect, test, type Page } from '@playwright/test';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });

test('Ctrl+K opens search; a filter narrows results; arrows move; Enter opens the page with the words marked', async ({
  page,
}) => {
  await page.goto('/areas/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  const input = dialog(page).getByRole('searchbox', { name: 'Search the site' });
  await expect(input).toBeFocused();
  await page.keyboard.type('batch job');
  await expect(dialog(page).getByRole('status')).toContainText('results for “batch job”');

  // Open the filters and tick "Assessment question", all by keyboard.
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab'); // the Filters summary
  await page.keyboard.press('Enter');
  const question = dialog(page)
    .getByRole('group', { name: 'Content type' })
    .getByRole('checkbox', { name: 'Assessment question' });
  await question.focus();
  await page.keyboard.press('Space');
  await expect(question).toBeChecked();
  await expect(dialog(page).locator('.search-result__type').first()).toHaveText(
    'Assessment question',
  );
  const types = await dialog(page).locator('.search-result__type').allTextContents();
  expect(new Set(types)).toEqual(new Set(['Assessment question']));

  await input.focus();
  await page.keyboard.press('ArrowDown');
  const first = dialog(page).locator('.search-result__title').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // A question opens on its area page, in the list of the area's questions.
  await expect(page).toHaveURL(/\/areas\/[a-z-]+\/\?highlight=batch&highlight=job#q-/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator('main mark').first()).toBeVisible();
});

test('two values of one filter mean either', async ({ page }) => {
  await page.goto('/search/?q=access&type=Role&type=Training');
  await expect(page.getByRole('status')).toContainText('results for “access”');
  const types = new Set(await page.locator('.search-result__type').allTextContents());
  expect([...types].sort()).toEqual(['Role', 'Training']);
});

test('Escape closes the dialog and gives focus back; "/" opens it too', async ({ page }) => {
  await page.goto('/about/');
  const button = page.getByRole('link', { name: /Search/ }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();

  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
});

test('/search/?q= gives results on a page of its own that can be linked', async ({ page }) => {
  await page.goto('/search/?q=RTO');
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('RTO');
  await expect(page.getByRole('status')).toContainText('results for “RTO”');
  await expect(
    page.locator('.search-result__title', { hasText: 'Define business continuity plan' }),
  ).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('release wave');
  await expect(page).toHaveURL('/search/?q=release+wave');
});

for (const [query, page_] of [
  ['RTO', 'Define business continuity plan'],
  ['dual-write', 'Manage data'],
  ['segregation of duties', 'Manage system access and security'],
  ['batch job', 'Manage background jobs'],
  ['release wave', 'Uptake software releases'],
  ['license utilization', 'Manage licensing and entitlements'],
] as const) {
  test(`searching "${query}" finds ${page_}`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}&type=Guidance`);
    await expect(page.locator('.search-result__title').first()).toHaveText(page_);
  });
}

test('search loads Pagefind only when it opens', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/areas/compliance/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('audit');
  await expect(dialog(page).getByRole('status')).toContainText('results');
  expect(loaded.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
});

test('guidance comes before questions for the same words', async ({ page }) => {
  for (const words of ['pause dual-write', 'backup']) {
    await page.goto(`/search/?q=${encodeURIComponent(words)}`);
    await expect(page.getByRole('status')).toContainText(`results for “${words}”`);
    const types = await page.locator('.search-result__type').allTextContents();
    expect(types[0], words).toBe('Guidance');
    const firstQuestion = types.indexOf('Assessment question');
    if (firstQuestion >= 0)
      expect(types.lastIndexOf('Guidance'), words).toBeLessThan(firstQuestion);
  }
});

test('one Escape closes the dialog, even with words typed', async ({ page }) => {
  await page.goto('/areas/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('licence');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
});

test.describe('on a Mac', () => {
  test.use({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36' });
  test('the shortcut reads ⌘ K', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }),
    );
    await page.goto('/');
    await expect(page.locator('[data-search-shortcut]').first()).toHaveText('⌘ K');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });
  test('the dialog does not talk about arrow keys', async ({ page }) => {
    await page.goto('/search/');
    const hints = page.getByText('Down and up arrows move');
    await expect(hints).toHaveCount(2); // the dialog's and the page's
    for (const hint of await hints.all()) await expect(hint).toBeHidden();
  });
});

test('the words of a search are marked on the page it opens, with no CSP violation', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} (${e.sample || e.blockedURI})`),
    ),
  );
  await page.goto('/areas/monitoring/?highlight=monitor');
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
