import { expect, test } from '@playwright/test';

test('"On this page" lists the sections and marks the one being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/areas/background-jobs/');
  const toc = page.getByRole('navigation', { name: 'On this page', exact: true });
  await expect(toc.getByRole('link', { name: 'Who is involved' })).toBeVisible();
  await expect(toc.getByRole('link', { name: /99\.40\.040/ })).toBeVisible();

  await toc.getByRole('link', { name: 'How to measure it' }).click();
  await expect(page).toHaveURL(/#measures$/);
  await expect(page.getByRole('heading', { level: 2, name: /How to measure it/ })).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'How to measure it' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(toc.getByRole('link', { name: 'Who is involved' })).not.toHaveAttribute(
    'aria-current',
    /.*/,
  );
});

test('on a narrow screen "On this page" is a collapsed list above the text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/areas/background-jobs/');
  const summary = page.locator('main details.toc--inline summary');
  await expect(summary).toBeVisible();
  await summary.click();
  await page
    .getByRole('navigation', { name: 'On this page, sections' })
    .getByRole('link', { name: 'Related resources' })
    .click();
  await expect(page).toHaveURL(/#resources$/);
});
