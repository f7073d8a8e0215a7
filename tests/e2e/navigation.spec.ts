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

test('a heading shows its "#" only under the pointer or with keyboard focus', async ({ page }) => {
  await page.goto('/areas/access-security/');
  const heading = page.locator('h2#tools');
  const anchor = heading.getByRole('link', { name: 'Link to this section' });
  const opacity = () => anchor.evaluate((a) => Number(getComputedStyle(a).opacity));
  expect(await opacity()).toBe(0);
  await heading.hover();
  await expect.poll(opacity).toBe(1);
  await page.mouse.move(0, 0);
  await anchor.focus();
  await expect.poll(opacity).toBe(1);
});

test('a wrapped breadcrumb never starts a line with "›"', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/areas/notifications-alerts/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).locator('li');
  const separators = await crumbs.evaluateAll((items) =>
    items.map((li) => ({
      before: getComputedStyle(li, '::before').content,
      after: getComputedStyle(li, '::after').content,
    })),
  );
  // The separator closes each crumb but the last; nothing opens one.
  expect(separators.map((s) => s.before)).toEqual(separators.map(() => 'none'));
  expect(separators.map((s) => s.after)).toEqual([...separators.slice(1).map(() => '"›"'), 'none']);
});

test('the boxes of the cycle on the home page open their areas', async ({ page }) => {
  await page.goto('/');
  await page.locator('.diagram__link', { hasText: '99.40' }).click();
  await expect(page).toHaveURL(/\/areas\/background-jobs\/$/);
  // Keyboards reach the same pages through the list under the drawing.
  await page.goto('/');
  await expect(
    page.locator('.diagram__list').getByRole('link', { name: /99\.40 Manage background jobs/ }),
  ).toHaveAttribute('href', '/areas/background-jobs/');
});

test('a page that does not exist searches for the words of its address', async ({ page }) => {
  const response = await page.goto('/areas/dual-write-pause/');
  expect(response?.status()).toBe(404);
  const field = page.getByRole('main').getByRole('searchbox');
  await expect(field).toHaveValue('dual write pause');
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    /results? for “dual write pause”/,
  );
  // The areas as a plain list: their catalog ids are the only numbers.
  const areas = page.locator('ul.not-found__areas > li');
  await expect(areas).toHaveCount(13);
  expect(await areas.first().evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
});

test('the assessment page says once where answers are kept', async ({ page }) => {
  await page.goto('/assessment/');
  await page.getByLabel('Name of the assessment').fill('Privacy once');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText(/saved in this browser/)).toHaveCount(1);
  await expect(page.getByText(/stays in this browser/)).toHaveCount(0);
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
