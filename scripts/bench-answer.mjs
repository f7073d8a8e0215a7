// Measures how long answering a question takes to show on screen, with every area in scope:
// from the click to the next painted frame, in the machine's Chromium against the built site.
import { medianAndWorst, withSiteInBrowser } from './bench-browser.mjs';

/** Median and worst time, in ms, of answering `count` questions one after another. */
export function measureAnswering(count = 30) {
  return withSiteInBrowser(0, async ({ newContext, base }) => {
    const context = await newContext();
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
    return { answers: count, ...medianAndWorst(times, (ms) => Math.round(ms * 10) / 10) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureAnswering());
