import { paths } from '../urls.ts';
import type { PageWeight } from './weights.ts';

const kB = 1024;

/**
 * A class of built page and what a page of it may weigh, gzipped (DESIGN.md, "Pages, speed and
 * access"). Every HTML page of dist/ belongs to exactly one class; a page of none fails.
 */
export interface PageClass {
  name: string;
  /** Largest HTML, in gzipped bytes. */
  html: number;
  /** Largest JavaScript loaded up front (before search or any interaction), gzipped. */
  js: number;
  /** Whether a UI framework runtime (React) may load at all. */
  react: boolean;
  /** Whether a site path is a page of this class. */
  matches: (url: string) => boolean;
}

const oneOf =
  (...urls: string[]) =>
  (url: string) =>
    urls.includes(url);
const below = (prefix: string) => (url: string) => url.startsWith(prefix) && url !== prefix;
const segments = (url: string) => url.split('/').filter(Boolean);

/** The app pages: the questionnaire, results, compare, team round and the trainers' link builder. */
export const appPages: PageClass = {
  name: 'app page',
  html: 50 * kB,
  js: 100 * kB,
  react: true,
  matches: oneOf(paths.assessment, paths.results, paths.compare, paths.team, paths.linkBuilder),
};

/**
 * The whole questionnaire on paper, and one role's: guidance limits for script, but the HTML is
 * most of the bank at once (administrators are named on 106 of 140 questions, about 40 kB
 * gzipped of question text alone).
 */
export const fullPrintPage: PageClass = {
  name: 'printable questionnaire (all areas, or one role)',
  html: 150 * kB,
  js: 10 * kB,
  react: false,
  matches: (url) => url === paths.print || url.startsWith(paths.printRole('').slice(0, -1)),
};

/** The printable questionnaire of one area: the guidance limits. */
export const printPages: PageClass = {
  name: 'print page',
  html: 25 * kB,
  js: 10 * kB,
  react: false,
  matches: below(paths.print),
};

/** Guidance: home, areas, roles, modules, stand-alone pages, resources, glossary, updates, search, 404. */
export const guidancePages: PageClass = {
  name: 'guidance page',
  html: 25 * kB,
  js: 10 * kB,
  react: false,
  matches: (url) =>
    oneOf(
      paths.home,
      paths.areas,
      paths.roles,
      paths.trainingIndex,
      paths.resources,
      paths.glossary,
      paths.updates,
      paths.search,
      paths.notFound,
    )(url) ||
    [paths.areas, paths.roles, paths.trainingIndex].some(
      (section) => below(section)(url) && segments(url).length === 2 && url.endsWith('/'),
    ) ||
    // Stand-alone pages of content/pages live one level down: /about/, /introduction/…
    (segments(url).length === 1 && url.endsWith('/') && !url.startsWith(paths.assessment)),
};

/** In order: the first class that matches a page is its class. */
export const PAGE_CLASSES: readonly PageClass[] = [
  appPages,
  fullPrintPage,
  printPages,
  guidancePages,
];

/** The class of a built page; undefined when it belongs to none (which fails the check). */
export function classOf(url: string): PageClass | undefined {
  return PAGE_CLASSES.find((pageClass) => pageClass.matches(url));
}

/** One message per page over its class's budget, and one per page of no class. */
export function checkBudgets(weights: readonly PageWeight[]): string[] {
  return weights.flatMap((w) => {
    const pageClass = classOf(w.url);
    if (!pageClass)
      return [
        `${w.url}: belongs to no page class, so nothing limits its weight: add it to a class in src/lib/site-checks/page-classes.ts`,
      ];
    const over: string[] = [];
    if (!pageClass.react && w.usesReact)
      over.push(`loads React, which a ${pageClass.name} must not`);
    if (w.html > pageClass.html)
      over.push(
        `HTML is ${w.html} bytes gzipped, over the ${pageClass.html} of a ${pageClass.name}`,
      );
    if (w.js > pageClass.js)
      over.push(
        `JavaScript is ${w.js} bytes gzipped, over the ${pageClass.js} of a ${pageClass.name}`,
      );
    return over.map((message) => `${w.url}: ${message}`);
  });
}
