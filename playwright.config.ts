import { defineConfig } from '@playwright/test';
import { sitePort as port } from './tests/e2e/ports.ts';

// Browser tests run against the built site (dist/) served by scripts/serve.mjs with the headers
// of dist/_headers, as a host would send them, in the machine's own Chromium (CHROME_PATH, found
// or installed by scripts/find-chromium.mjs): Playwright never downloads a browser here.
// E2E_PORT lets two checkouts run their browser tests side by side (tests/e2e/ports.ts).

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  // Generous: the machine may be busy (two cores, other builds); a real hang still fails.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    // Every test has a fresh browser context: with the offline worker, each would precache the site.
    // The offline tests (tests/e2e/offline.spec.ts) allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
