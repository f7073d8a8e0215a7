import { expect, test } from '@playwright/test';

test('a reader moves through the guidance with the navigation, sidebar, previous/next and breadcrumbs', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Guidance' })
    .click();
  await expect(page).toHaveURL('/areas/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Guidance by business process area',
  );

  await page.getByRole('link', { name: 'Define business continuity plan' }).first().click();
  await expect(page).toHaveURL('/areas/business-continuity/');
  const sidebar = page.getByRole('navigation', { name: 'Business process areas' });
  await expect(sidebar.getByRole('link', { name: '99.10 Business continuity' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await page
    .getByRole('navigation', { name: 'Previous and next' })
    .getByRole('link', { name: /Next/ })
    .click();
  await expect(page).toHaveURL('/areas/licensing/');
  await sidebar.getByRole('link', { name: '99.65 Support systems' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support systems');

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Guidance' })
    .click();
  await expect(page).toHaveURL('/areas/');
});

test('the main navigation marks the section the reader is in', async ({ page }) => {
  await page.goto('/roles/it-support/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Roles' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Guidance' })).not.toHaveAttribute(
    'aria-current',
    /.*/,
  );
});

test('every heading on a guidance page has an id and a visible link to itself', async ({
  page,
}) => {
  await page.goto('/areas/access-security/');
  const headings = page
    .locator('main')
    .locator('h2, h3')
    .filter({ hasNot: page.locator('.toc__title') });
  const count = await headings.count();
  expect(count).toBeGreaterThan(20);
  for (let i = 0; i < count; i++) {
    const heading = headings.nth(i);
    if (!(await heading.isVisible())) continue;
    const id = await heading.getAttribute('id');
    expect(id, await heading.innerText()).toBeTruthy();
    await expect(heading.getByRole('link', { name: 'Link to this section' })).toHaveAttribute(
      'href',
      `#${id}`,
    );
  }
});

test('a trainer can link straight to a business process', async ({ page }) => {
  await page.goto('/areas/access-security/#99-25-040');
  const heading = page.getByRole('heading', { name: /99\.25\.040 Onboard new users/ });
  await expect(heading).toBeInViewport();
});

test('a role page lists the areas it works in and its onboarding path', async ({ page }) => {
  await page.goto('/roles/security-compliance/');
  await expect(page.getByRole('heading', { name: 'Areas this role works in' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: /99\.25 Manage system access and security/ }),
  ).toBeVisible();
  await page
    .getByRole('link', { name: /Run a quarterly user access review|user access review/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/training\//);
  await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
});
