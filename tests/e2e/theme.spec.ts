import { expect, test } from '@playwright/test';

test('the theme follows the system until the reader picks one, and the choice survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/areas/monitoring/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(255, 255, 255)');
});

test('the stored theme is applied before any stylesheet loads, so the page never flashes', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('a2o:theme', 'dark'));
  await page.goto('/about/', { waitUntil: 'commit' });
  await page.waitForSelector('html[data-theme="dark"]', { state: 'attached' });
  const order = await page.evaluate(() =>
    [...document.head.children].map((el) =>
      el.tagName === 'SCRIPT' && !el.hasAttribute('src')
        ? 'inline-script'
        : el.tagName === 'LINK' && (el as HTMLLinkElement).rel === 'stylesheet'
          ? 'stylesheet'
          : 'other',
    ),
  );
  expect(order.indexOf('inline-script')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('inline-script')).toBeLessThan(order.indexOf('stylesheet'));
});
