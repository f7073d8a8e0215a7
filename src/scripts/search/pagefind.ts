import type { PagefindResultData } from '../../lib/search/results.ts';

/** The parts of Pagefind's browser API the site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    options: { filters?: Record<string, unknown> },
    delayMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// A variable, not a literal: the bundler must leave this import to the browser (it is built after the site).
const bundleUrl = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, the first time a search opens. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    await pagefind.options({ highlightParam: 'highlight', excerptLength: 22 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
