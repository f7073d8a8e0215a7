// Measures how long a team round of N respondents takes to load and render (DESIGN.md: 50 in
// under a second): complete assessments made here, loaded into the built team page in the
// machine's Chromium through its file input, timed in the page from the input's change event to
// the frame that shows every question row and the area table.
import { readFileSync } from 'node:fs';
import { ASSESSMENT_FORMAT, FILE_VERSION } from '../src/schemas/assessment-file.ts';
import { medianAndWorst, withSiteInBrowser } from './bench-browser.mjs';

/** A small deterministic generator, so every run loads the same round. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N complete assessments of the built bank: every question answered, a few notes. */
export function roundFiles(bank, count) {
  const ids = bank.areas.flatMap((area) => area.questions.map((q) => q.id));
  const next = random(count);
  return Array.from({ length: count }, (_, i) => {
    const answers = Object.fromEntries(
      ids.map((id) => {
        const roll = next();
        return [id, roll < 0.04 ? 'na' : roll < 0.08 ? 'unknown' : 1 + Math.floor(next() * 5)];
      }),
    );
    const notes = Object.fromEntries(
      ids.filter(() => next() < 0.05).map((id) => [id, `Note ${i + 1} on ${id}`]),
    );
    const created = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const file = {
      format: ASSESSMENT_FORMAT,
      version: FILE_VERSION,
      bank: { version: bank.version },
      title: `Round respondent ${i + 1}`,
      respondent: { name: `Respondent name ${i + 1}` },
      createdAt: created,
      updatedAt: created,
      scope: [],
      targets: {},
      answers,
      notes,
    };
    return {
      name: `respondent-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    };
  });
}

/** Milliseconds from choosing the files to the frame showing the whole round, in a fresh page. */
async function loadOnce(newContext, base, files, questions) {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${base}/assessment/team/`);
  await page.getByRole('heading', { name: 'Respondents (0)' }).waitFor();
  await page.evaluate((expected) => {
    window.teamBench = new Promise((resolve) => {
      document.querySelector('#team-files').addEventListener(
        'change',
        () => {
          const start = performance.now();
          const shown = () =>
            document.querySelectorAll('tr[data-question]').length === expected &&
            document.querySelector('.team-areas') !== null;
          const check = () =>
            shown()
              ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
              : requestAnimationFrame(check);
          check();
        },
        { once: true },
      );
    });
  }, questions);
  await page.locator('#team-files').setInputFiles(files);
  const ms = await page.evaluate(() => window.teamBench);
  const heading = await page.locator('#team-respondents-title').textContent();
  if (heading !== `Respondents (${files.length})`)
    throw new Error(`expected ${files.length} respondents, the page shows "${heading}"`);
  await context.close();
  return ms;
}

/** Median and worst of `repeats` loads for each round size. */
export function measureTeam(sizes = [10, 50, 200], repeats = 3) {
  const bank = JSON.parse(readFileSync('dist/assessment/bank.json', 'utf8'));
  const questions = bank.areas.reduce((sum, area) => sum + area.questions.length, 0);
  // Offset 1: another port than the answering bench.
  return withSiteInBrowser(1, async ({ newContext, base }) => {
    const results = [];
    for (const respondents of sizes) {
      const files = roundFiles(bank, respondents);
      const times = [];
      for (let i = 0; i < repeats; i++)
        times.push(await loadOnce(newContext, base, files, questions));
      results.push({ respondents, questions, ...medianAndWorst(times) });
    }
    return results;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureTeam());
