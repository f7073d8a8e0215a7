// Measures how long answering a question takes to show on screen, with every area in scope:
// from the click to the next painted frame, in the machine's Chromium against the built site.
import { chromium } from '@playwright/test';
import { ensureChromium } from './find-chromium.mjs';
import { createSiteServer } from './serve.mjs';

// BENCH_PORT moves the benches' server off a port someone else is using.
const port = Number(process.env.BENCH_PORT ?? 4329);
const base = `http://127.0.0.1:${port}`;

/** Median and worst time, in ms, of answering `count` questions one after another. */
export async function measureAnswering(count = 30) {
  const server = createSiteServer('dist');
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    const browser = await chromium.launch({
      executablePath: ensureChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    // No offline worker: precaching the site meanwhile would blur the timings.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}/assessment/`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('fieldset.question').first().waitFor();
    const times = [];
    for (let i = 0; i < count; i++) {
      times.push(
        await page.evaluate(async (index) => {
          const groups = document.querySelectorAll('fieldset.question');
          const input =
            groups[index % groups.length].querySelectorAll('input[type="radio"]')[index % 5];
          const start = performance.now();
          input.click();
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          return performance.now() - start;
        }, i),
      );
    }
    await browser.close();
    times.sort((a, b) => a - b);
    return {
      answers: count,
      medianMs: round(times[Math.floor(count / 2)]),
      worstMs: round(times.at(-1)),
    };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const round = (ms) => Math.round(ms * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureAnswering());
