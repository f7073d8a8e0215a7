import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createSiteServer } from '../../scripts/serve.mjs';
import { RETIRING_WORKER } from '../../src/lib/offline/service-worker.ts';
import { offlinePort } from './ports.ts';

// The offline service worker, against a server of its own that the tests stop (the network is
// gone for real, not only emulated) and point at another build (a new deployment).
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const origin = `http://127.0.0.1:${offlinePort}`;
const url = (path: string) => `${origin}${path}`;

type SiteServer = ReturnType<typeof createSiteServer>;
let server: SiteServer;

async function start(root = 'dist') {
  server = createSiteServer(root);
  await new Promise<void>((resolve) => server.listen(offlinePort, '127.0.0.1', resolve));
}
async function stop() {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

test.beforeEach(() => start());
test.afterEach(() => stop());

/** Visits a page and waits until the worker has precached the site and serves the page. */
async function visitOnce(page: Page, path: string) {
  await page.goto(url(path));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, home, areas, search, the assessment and results work with the network off', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/');
  // A search made once online: its index chunks are kept as it fetches them.
  await page.goto(url('/search/?q=monitor'));
  await expect(page.getByRole('status')).toContainText('results for “monitor”');

  await stop();
  await context.setOffline(true);

  await page.goto(url('/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // An area never visited, reached by a link, and the address a search result gives.
  await page.goto(url('/areas/'));
  await page
    .getByRole('link', { name: /Manage licensing and entitlements/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Manage licensing and entitlements',
  );
  await page.goto(url('/areas/monitoring/?highlight=monitor'));
  await expect(page.locator('main mark').first()).toBeVisible();

  await page.goto(url('/search/?q=monitor'));
  await expect(page.getByRole('status')).toContainText('results for “monitor”');
  await expect(page.locator('.search-result__title').first()).toBeVisible();
  await page.goto(url('/areas/compliance/'));
  await page.keyboard.press('Control+k');
  await page.keyboard.type('monitor');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('results');
  // A word with results online whose part of the index was never fetched: the reader is told why
  // nothing is found.
  await page.getByRole('dialog').getByRole('searchbox').fill('backup');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    '0 results for “backup”. Offline, search finds only words searched before: try again when the network is back.',
  );

  await page.goto(url('/assessment/?areas=business-continuity'));
  await page.getByRole('button', { name: 'Start' }).click();
  const one = page.getByLabel('One question at a time');
  if (await one.isChecked()) await one.uncheck();
  await page.locator('fieldset.question').first().getByRole('radio').nth(3).check();
  await page.goto(url('/assessment/results/'));
  await expect(page.getByRole('heading', { name: 'Improvement plan' })).toBeVisible();
  await expect(page.locator('.results-table tbody tr').first()).toContainText(
    '99.10 Define business continuity plan4.0',
  );

  // Nothing came from the network: the server is gone and the browser is offline.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await context.setOffline(false);
});

/**
 * A copy of dist/ as the next deployment: the home page and an area page changed, and the
 * worker's precache manifest with their new revisions (what a real build would change).
 */
function nextDeployment(): string {
  const next = mkdtempSync(join(tmpdir(), 'a2o-next-'));
  cpSync('dist', next, { recursive: true });
  for (const [file, path] of [
    ['index.html', '/'],
    ['areas/licensing/index.html', '/areas/licensing/'],
  ] as const) {
    const page = join(next, file);
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ' (next version)</h1>'));
    const sw = join(next, 'sw.js');
    const manifest = readFileSync(sw, 'utf8');
    const entry = `{url:"${path}",revision:"`;
    expect(manifest).toContain(entry);
    writeFileSync(sw, manifest.replace(new RegExp(`${escape(entry)}[0-9a-f]+"`), `${entry}next"`));
  }
  return next;
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('a new deployment is offered as a reload, and until then every page stays the old version', async ({
  page,
}) => {
  const next = nextDeployment();
  try {
    await visitOnce(page, '/');
    await page.goto(url('/areas/licensing/'));
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('next version');

    server.setRoot(next);
    // Any visit looks for a new worker; this one finds it and installs it beside the old one.
    await page.reload();
    const notice = page.getByRole('complementary', { name: 'New version' });
    await expect(notice.getByRole('status')).toHaveText('A new version of this site is available.');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    // Not half old, half new: the pages the old worker serves are all of the old build.
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('next version');
    await page.goto(url('/'));
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('next version');
    await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('next version');
    await expect(notice).toHaveCount(0);
    await page.goto(url('/areas/licensing/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('next version');
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
});

test('"Not now" puts the offer away', async ({ page }) => {
  const next = nextDeployment();
  try {
    await visitOnce(page, '/');
    server.setRoot(next);
    await page.reload();
    const notice = page.getByRole('complementary', { name: 'New version' });
    await notice.getByRole('button', { name: 'Not now' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('next version');
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
});

test('a build with OFFLINE=0 removes the offline copy from browsers that have it', async ({
  page,
}) => {
  // What such a build differs in: its pages load no registration script, its sw.js retires.
  const off = mkdtempSync(join(tmpdir(), 'a2o-off-'));
  try {
    cpSync('dist', off, { recursive: true });
    for (const entry of readdirSync(off, { recursive: true, withFileTypes: true }))
      if (entry.isFile() && entry.name.endsWith('.html')) {
        const file = join(entry.parentPath, entry.name);
        const html = readFileSync(file, 'utf8');
        writeFileSync(
          file,
          html.replace(/<script type="module" src="\/_astro\/page\.[^"]+"><\/script>/, ''),
        );
      }
    writeFileSync(join(off, 'sw.js'), RETIRING_WORKER);

    await visitOnce(page, '/');
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    server.setRoot(off);
    await page.reload();
    // The retiring worker reloads the page meanwhile, which may cut a look short: look again.
    await expect
      .poll(() =>
        page
          .evaluate(async () => ({
            workers: (await navigator.serviceWorker.getRegistrations()).length,
            caches: (await caches.keys()).length,
          }))
          .catch(() => 'reloading'),
      )
      .toEqual({ workers: 0, caches: 0 });
    await page.goto(url('/areas/licensing/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Manage licensing and entitlements',
    );
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  } finally {
    rmSync(off, { recursive: true, force: true });
  }
});
