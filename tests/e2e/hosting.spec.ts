import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { TEAMS_ORIGINS } from '../../src/lib/hosting/origins.ts';
import { embedderOrigin, embedderPort } from './ports.ts';

// The site is served with the headers of dist/_headers (scripts/serve.mjs), as a host sends them.

test('pages, assets and the service worker get the headers of the header files', async ({
  request,
}) => {
  const page = await request.get('/areas/licensing/');
  const headers = page.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-security-policy']).toContain(
    "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
  );
  expect(
    headers['content-security-policy'],
    `build with EMBED_ORIGINS=${embedderOrigin} (npm test does) for these tests`,
  ).toContain(`frame-ancestors ${[...TEAMS_ORIGINS, embedderOrigin].join(' ')}`);
  expect((await request.get('/roles/')).headers()['content-security-policy']).toContain(
    "frame-ancestors 'none'",
  );
  const html = await page.text();
  const asset = /src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  expect((await request.get(asset!)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  // Hosts read these files; they never serve them.
  expect((await request.get('/_headers')).status()).toBe(404);
  expect((await request.get('/staticwebapp.config.json')).status()).toBe(404);
});

/** A page of another origin with the site's page in a frame. */
function framingPage(src: string) {
  return `<!doctype html><html lang="en"><title>Embedder</title><iframe title="embedded" src="${src}" width="800" height="600"></iframe></html>`;
}

test.describe('framing by other sites', () => {
  // One worker runs these, so the embedder's port is opened once.
  test.describe.configure({ mode: 'serial' });
  // The EMBED_ORIGINS of the test build (127.0.0.1), and a loopback origin it does not name.
  const hosts = ['127.0.0.1', '127.0.0.2'];
  const servers: Server[] = [];

  test.beforeAll(async () => {
    for (const host of hosts) {
      const server = createServer((request, response) => {
        const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
        response.writeHead(200, { 'Content-Type': 'text/html' }).end(framingPage(src));
      });
      await new Promise<void>((resolve) => server.listen(embedderPort, host, resolve));
      servers.push(server);
    }
  });
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  /**
   * Opens the site's page in a frame of an embedder: whether the frame showed it, what the
   * frame holds (Chromium puts an error page there when it refuses), and the frame-ancestors
   * the page was sent with.
   */
  async function frame(page: Page, embedder: string, path: string, baseURL: string) {
    const src = new URL(path, baseURL).href;
    const response = page.waitForResponse(src);
    await page.goto(`${embedder}/?src=${encodeURIComponent(src)}`);
    const policy = (await (await response).headerValue('content-security-policy')) ?? '';
    const shown = await page
      .frameLocator('iframe')
      .locator('h1')
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    const child = page.frames().find((f) => f !== page.mainFrame());
    return {
      shown,
      frameUrl: child?.url() ?? '',
      frameAncestors: /frame-ancestors ([^;]+)/.exec(policy)?.[1] ?? '',
    };
  }

  test('an embed-capable page shows in a frame of an EMBED_ORIGINS origin', async ({
    page,
    baseURL,
  }) => {
    expect(embedderOrigin).toBe(`http://${hosts[0]}:${embedderPort}`);
    const result = await frame(page, embedderOrigin, '/areas/licensing/?embed=1', baseURL!);
    expect(result.shown).toBe(true);
    expect(result.frameUrl).toBe(new URL('/areas/licensing/?embed=1', baseURL).href);
    expect(result.frameAncestors).toContain(embedderOrigin);
    await expect(page.frameLocator('iframe').locator('h1')).toHaveText(
      'Manage licensing and entitlements',
    );
  });

  test('a page that is not embed-capable is refused in that same frame', async ({
    page,
    baseURL,
  }) => {
    const result = await frame(page, embedderOrigin, '/assessment/results/', baseURL!);
    expect(result).toEqual({
      shown: false,
      frameUrl: 'chrome-error://chromewebdata/',
      frameAncestors: "'none'",
    });
  });

  test('an embed-capable page is refused to an origin that EMBED_ORIGINS does not name', async ({
    page,
    baseURL,
  }) => {
    const other = `http://${hosts[1]}:${embedderPort}`;
    const result = await frame(page, other, '/areas/licensing/', baseURL!);
    expect(result.shown).toBe(false);
    expect(result.frameUrl).toBe('chrome-error://chromewebdata/');
    expect(result.frameAncestors).toContain(embedderOrigin);
    expect(result.frameAncestors).not.toContain(other);
  });
});
