import { expect, test } from '@playwright/test';

test('an unknown address answers 404 with search and the list of areas', async ({ page }) => {
  const response = await page.goto('/areas/no-such-area/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
  const areas = page.getByRole('main').getByRole('list').last().getByRole('link');
  await expect(areas).toHaveCount(13);
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('capacity');
  await expect(page.getByRole('main').getByRole('status')).toContainText('results for “capacity”');
});

test('at 360 px the navigation collapses into a menu that works by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/training/');
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Roles' })).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Guidance' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('printing leaves out navigation, uses light colours and writes out link targets', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/training/recovery-drill/');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.docs__sidebar')).toBeHidden();
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(255, 255, 255)');
  const after = await page
    .locator('main .prose a[href^="/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('(');
});

test('pages ask no other host for anything and log no errors', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  for (const path of [
    '/',
    '/areas/monitoring/',
    '/overview/',
    '/roles/it-support/',
    '/training/a2o-essentials/',
    '/search/?q=alerts',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

// Every page's tags are checked at build (src/lib/site-checks/metadata.ts); this one, as a browser sees it.
test('an area page previews as itself: its title, description, image and canonical address', async ({
  page,
}) => {
  await page.goto('/areas/licensing/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    /Manage licensing and entitlements/,
  );
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    /.{50,}/,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/areas\/licensing\/$/,
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /og-image\.png$/,
  );
});
