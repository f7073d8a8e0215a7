// Measures how long the compare page takes to show two complete assessments side by side: both
// imported on the results page as a user would, then /assessment/compare/?a=…&b=… opened, timed
// in the page from the start of navigation to the frame that shows the list of changed answers. The
// two assessments differ in most answers, so that list is at its longest.
import { readFileSync } from 'node:fs';
import { STORAGE_KEY } from '../src/lib/assessment/store/keys.ts';
import { medianAndWorst, withSiteInBrowser } from './bench-browser.mjs';
import { roundFiles } from './bench-team.mjs';

/** Ids of the assessments stored in the page's browser, oldest first. */
function storedIds(page) {
  return page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}');
    return (stored.assessments ?? []).map((a) => a.id);
  }, STORAGE_KEY);
}

/** Median and worst of `repeats` openings of the comparison, with the changed-answer count. */
export function measureCompare(repeats = 5) {
  const bank = JSON.parse(readFileSync('dist/assessment/bank.json', 'utf8'));
  const questions = bank.areas.reduce((sum, area) => sum + area.questions.length, 0);
  // Offset 3: off the other benches' ports (Lighthouse has 2).
  return withSiteInBrowser(3, async ({ newContext, base }) => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/assessment/results/`);
    for (const file of roundFiles(bank, 2)) {
      const before = (await storedIds(page)).length;
      await page.getByLabel('Assessment file (JSON)').setInputFiles(file);
      await page.waitForFunction(
        ({ key, count }) =>
          (JSON.parse(localStorage.getItem(key) ?? '{}').assessments ?? []).length > count,
        { key: STORAGE_KEY, count: before },
      );
    }
    const [a, b] = await storedIds(page);
    if (!a || !b) throw new Error('the two assessments were not imported');
    await context.addInitScript(() => {
      window.compareBench = new Promise((resolve) => {
        const done = () =>
          document.querySelector('#compare-recs') && document.querySelector('.compare-changes li');
        const check = () =>
          done()
            ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))
            : requestAnimationFrame(check);
        check();
      });
    });
    const times = [];
    let changed = '';
    for (let i = 0; i < repeats; i++) {
      const view = await context.newPage();
      await view.goto(`${base}/assessment/compare/?a=${a}&b=${b}`);
      times.push(await view.evaluate(() => window.compareBench));
      changed = (await view.locator('#compare-changed').textContent()) ?? '';
      await view.close();
    }
    return {
      questions,
      changed: Number(/\((\d+)\)/.exec(changed)?.[1] ?? NaN),
      ...medianAndWorst(times),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureCompare());
