// Budgets on the built site (npm run build first): every page belongs to a page class and stays
// within its budget (src/lib/site-checks/page-classes.ts). Fails on the first page over budget.
import { existsSync } from 'node:fs';
import { listFiles } from '../src/lib/site-checks/index.ts';
import { urlOfFile } from '../src/lib/site-checks/site.ts';
import { weighPage } from '../src/lib/site-checks/weights.ts';
import { PAGE_CLASSES, checkBudgets, classOf } from '../src/lib/site-checks/page-classes.ts';
import { readmeNginxProblem } from './nginx-config.mjs';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error('dist/ is missing: run "npm run build" first.');
  process.exit(1);
}
const weights = listFiles(dist)
  .filter((f) => f.endsWith('.html'))
  .map(urlOfFile)
  .map((url) => weighPage(dist, url));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`Checked ${weights.length} pages against their page class.`);
for (const pageClass of PAGE_CLASSES) {
  const pages = weights.filter((w) => classOf(w.url) === pageClass);
  if (pages.length === 0) continue;
  const heaviest = (key) => pages.reduce((max, w) => (w[key] > max[key] ? w : max));
  const html = heaviest('html');
  const js = heaviest('js');
  console.log(
    `  ${pageClass.name}: ${pages.length} page(s); heaviest HTML ${kb(html.html)} (${html.url}), JS ${kb(js.js)} (${js.url}); limits ${kb(pageClass.html)} and ${kb(pageClass.js)}`,
  );
}
const problems = checkBudgets(weights);
if (problems.length) {
  console.error(`\n${problems.length} budget problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('All pages are within their budgets.');

// README.md shows the nginx configuration made from the same rules as dist/_headers.
const readme = readmeNginxProblem(dist);
if (readme) {
  console.error(`\n${readme}`);
  process.exit(1);
}
console.log('README.md shows the nginx configuration of this build.');
