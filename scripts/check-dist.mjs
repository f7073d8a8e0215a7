// Budgets on the built site (npm run build first). Fails when a page is over its budget.
import { existsSync } from 'node:fs';
import { listFiles } from '../src/lib/site-checks/index.ts';
import { urlOfFile } from '../src/lib/site-checks/site.ts';
import { weighPage } from '../src/lib/site-checks/weights.ts';
import { budgetsFor, checkBudgets } from '../src/lib/site-checks/budget-rules.ts';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error('dist/ is missing: run "npm run build" first.');
  process.exit(1);
}
const urls = listFiles(dist)
  .filter((f) => f.endsWith('.html'))
  .map(urlOfFile);
const weights = urls.map((url) => weighPage(dist, url));
const problems = checkBudgets(weights);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const budgeted = weights.filter((w) => budgetsFor(w.url));
console.log(`Checked ${weights.length} pages; ${budgeted.length} have budgets.`);
for (const w of budgeted.filter(
  (w, i, all) => i === 0 || budgetsFor(w.url)?.name !== budgetsFor(all[i - 1].url)?.name,
))
  console.log(`  e.g. ${w.url}: HTML ${kb(w.html)}, JS ${kb(w.js)}, CSS ${kb(w.css)} (gzip)`);
if (problems.length) {
  console.error(`\n${problems.length} budget problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('All pages are within their budgets.');
