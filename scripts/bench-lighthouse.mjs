// Lighthouse (mobile, its default) on the pages DESIGN.md names: home, an area, the assessment and
// the results, against dist/ served with its headers (scripts/serve.mjs), in the machine's
// Chromium. The target is 100 in all four categories; below that, the audits that cost points
// are listed. Lighthouse runs offline: the site asks no other host for anything.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../src/lib/urls.ts';
import { benchPort } from './bench-browser.mjs';
import { ensureChromium } from './find-chromium.mjs';
import { createSiteServer } from './serve.mjs';

export const LIGHTHOUSE_PAGES = [
  paths.home,
  paths.area('business-continuity'),
  paths.assessment,
  paths.results,
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CLI = join('node_modules', 'lighthouse', 'cli', 'index.js');

/** One Lighthouse run: the four scores (0–100) and the audits that cost points. */
async function lighthouse(url, chrome, out) {
  // Asynchronous: the site's server runs in this process and must answer meanwhile.
  const run = spawn(
    process.execPath,
    [
      CLI,
      url,
      `--chrome-path=${chrome}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const status = await new Promise((resolve) => run.on('close', resolve));
  if (status !== 0) throw new Error(`Lighthouse failed on ${url} (exit ${status})`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
  );
  const lost = CATEGORIES.flatMap((c) =>
    report.categories[c].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${c}: ${audit.id} ${audit.displayValue ?? `(${audit.score})`}`),
  );
  return { scores, lost, warnings: report.runWarnings };
}

/** Scores of every page, with the site served on `port` for the time of the runs. */
export async function measureLighthouse(pages = LIGHTHOUSE_PAGES, port = benchPort(2)) {
  const chrome = ensureChromium();
  const server = createSiteServer('dist');
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  // The full reports stay there, for a look at what an audit found.
  const dir = join('bench-results', 'lighthouse');
  mkdirSync(dir, { recursive: true });
  try {
    const results = [];
    // One after another: two at once on two cores would skew the performance scores.
    for (const [i, path] of pages.entries())
      results.push({
        page: path,
        ...(await lighthouse(
          `http://127.0.0.1:${port}${path}`,
          chrome,
          join(dir, `${i + 1}.json`),
        )),
      });
    return results;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Prints the table of scores and what keeps any of them below 100. */
export function printLighthouse(results) {
  console.log('Lighthouse (mobile):');
  console.table(
    results.map(({ page, scores }) => ({
      page,
      performance: scores.performance,
      accessibility: scores.accessibility,
      'best practices': scores['best-practices'],
      SEO: scores.seo,
    })),
  );
  console.log('Reports: bench-results/lighthouse/1.json … 4.json');
  for (const { page, lost, warnings } of results) {
    for (const audit of lost) console.log(`  ${page} loses points on ${audit}`);
    for (const warning of warnings) console.log(`  ${page}: ${warning}`);
  }
}

// node scripts/bench-lighthouse.mjs [path…]: the four pages, or the ones given.
if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2);
  printLighthouse(await measureLighthouse(only.length ? only : LIGHTHOUSE_PAGES));
}
