// What the browser benches share: dist/ served with its headers on a port of their own, and the
// machine's Chromium, without the offline worker (precaching the site meanwhile would blur the
// timings). BENCH_PORT moves every bench's port off one someone else is using.
import { chromium } from '@playwright/test';
import { ensureChromium } from './find-chromium.mjs';
import { createSiteServer } from './serve.mjs';

/** The port of a bench: each bench has its own offset, so two never meet. */
export const benchPort = (offset) => Number(process.env.BENCH_PORT ?? 4329) + offset;

/** Runs `measure({ browser, newContext, base })` with the site served and Chromium open. */
export async function withSiteInBrowser(offset, measure) {
  const port = benchPort(offset);
  const server = createSiteServer('dist');
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    return await measure({
      browser,
      newContext: (options = {}) => browser.newContext({ serviceWorkers: 'block', ...options }),
      base: `http://127.0.0.1:${port}`,
    });
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

/** Median and worst of a list of times, rounded by `round`. */
export function medianAndWorst(times, round = Math.round) {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: round(sorted[Math.floor(sorted.length / 2)]), worstMs: round(sorted.at(-1)) };
}
