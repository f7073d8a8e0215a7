// npm run bench: the figures of speed and size (build time, page weight, search index size,
// answering a question, opening the comparison of two assessments, loading a team round of 10,
// 50 and 200 respondents, Lighthouse scores).
// With --pages N, the build's throughput with N synthetic pages instead (scripts/bench-pages.mjs).
// Builds the site, measures dist/, prints tables and writes bench-results/latest.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../src/lib/site-checks/index.ts';
import { urlOfFile } from '../src/lib/site-checks/site.ts';
import { weighPage } from '../src/lib/site-checks/weights.ts';
import { measureAnswering } from './bench-answer.mjs';
import { measureCompare } from './bench-compare.mjs';
import { measureLighthouse, printLighthouse } from './bench-lighthouse.mjs';
import { measurePages, printPages } from './bench-pages.mjs';
import { measureTeam } from './bench-team.mjs';

// `npm run bench -- --pages 200,1000,2000` measures only how the build scales with content;
// `--keep` leaves the temporary copies for a closer look.
const pagesArg = process.argv.indexOf('--pages');
if (pagesArg >= 0) {
  const counts = (process.argv[pagesArg + 1] ?? '200,1000,2000').split(',').map(Number);
  const runs = [];
  const keep = process.argv.includes('--keep');
  for (const count of counts) runs.push(await measurePages(count, { keep }));
  if (keep) console.log(`Copies kept: ${runs.map((r) => r.copy).join(' ')}`);
  printPages(runs);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/pages.json', `${JSON.stringify(runs, null, 2)}\n`);
  console.log('Written to bench-results/pages.json');
  process.exit(0);
}

const started = performance.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

const files = listFiles('dist');
const bytesUnder = (prefix) =>
  files
    .filter((f) => f.startsWith(prefix))
    .reduce((sum, f) => sum + statSync(join('dist', f)).size, 0);
const samples = [
  '/',
  '/areas/business-continuity/',
  '/areas/system-features/',
  '/training/recovery-drill/',
  '/assessment/',
  '/assessment/results/',
  '/assessment/team/',
];
const built = new Set(files.filter((f) => f.endsWith('.html')).map(urlOfFile));
const pages = samples.filter((url) => built.has(url)).map((url) => weighPage('dist', url));
const figures = {
  date: new Date().toISOString(),
  buildSeconds: Number(buildSeconds.toFixed(1)),
  htmlPages: files.filter((f) => f.endsWith('.html')).length,
  pagefind: {
    files: files.filter((f) => f.startsWith('pagefind/')).length,
    bytes: bytesUnder('pagefind/'),
  },
  bankJsonBytes: statSync('dist/assessment/bank.json').size,
  pages,
  answering: await measureAnswering(),
  compare: await measureCompare(),
  team: await measureTeam([10, 50, 200]),
  lighthouse: await measureLighthouse(),
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`Build: ${figures.buildSeconds} s for ${figures.htmlPages} HTML pages`);
console.log(
  `Search index: ${figures.pagefind.files} files, ${kb(figures.pagefind.bytes)} on disk (a search fetches only a few)`,
);
console.log(`Question bank: ${kb(figures.bankJsonBytes)} (uncompressed)`);
console.log(
  `Answering a question, all areas in scope: median ${figures.answering.medianMs} ms, worst ${figures.answering.worstMs} ms (click to next frame, ${figures.answering.answers} answers)`,
);
console.log(
  `Compare page, two complete assessments (${figures.compare.changed} of ${figures.compare.questions} answers changed): navigation to painted comparison, median ${figures.compare.medianMs} ms, worst ${figures.compare.worstMs} ms`,
);
for (const round of figures.team)
  console.log(
    `Team round of ${round.respondents} respondents (${round.questions} questions, complete): loaded and rendered in median ${round.medianMs} ms, worst ${round.worstMs} ms (file input to the frame showing every table)`,
  );
console.table(
  pages.map((p) => ({
    page: p.url,
    'HTML gz': kb(p.html),
    'JS gz': kb(p.js),
    'CSS gz': kb(p.css),
    React: p.usesReact ? 'yes' : 'no',
  })),
);
printLighthouse(figures.lighthouse);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(figures, null, 2)}\n`);
console.log('Written to bench-results/latest.json');
