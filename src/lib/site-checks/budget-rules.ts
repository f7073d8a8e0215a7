import type { PageWeight } from './weights.ts';

/** A page budget, in gzipped bytes. */
export interface Budget {
  name: string;
  html: number;
  js: number;
  /** Whether React may be loaded on the page at all. */
  react: boolean;
}

const kB = 1024;

/** Guidance pages are read on any connection: no React, little script (search loads only when opened). */
const guidance: Budget = { name: 'guidance page', html: 25 * kB, js: 10 * kB, react: false };
/** The assessment pages are applications; React itself is about 60 kB. */
const assessment: Budget = { name: 'assessment page', html: 25 * kB, js: 100 * kB, react: true };

/** The budget a page is held to, if any. */
export function budgetsFor(url: string): Budget | undefined {
  if (/^\/areas\/[^/]+\/$/.test(url)) return guidance;
  if (url === '/assessment/' || url === '/assessment/results/') return assessment;
  return undefined;
}

/** One message per page over its budget. */
export function checkBudgets(weights: readonly PageWeight[]): string[] {
  return weights.flatMap((w) => {
    const budget = budgetsFor(w.url);
    if (!budget) return [];
    const over: string[] = [];
    if (!budget.react && w.usesReact)
      over.push('loads React, which a ' + budget.name + ' must not');
    if (w.html > budget.html)
      over.push(`HTML is ${w.html} bytes gzipped, over the ${budget.html} of a ${budget.name}`);
    if (w.js > budget.js)
      over.push(`JavaScript is ${w.js} bytes gzipped, over the ${budget.js} of a ${budget.name}`);
    return over.map((message) => `${w.url}: ${message}`);
  });
}
