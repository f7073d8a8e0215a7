import { parse, type HTMLElement } from 'node-html-parser';

/** A built HTML page, parsed once for every check. */
export interface BuiltPage {
  /** Site path of the page, for example "/areas/licensing/". */
  url: string;
  /** The parsed document. */
  root: HTMLElement;
  /** Content file the page was made from, when the page says so (data-source on <main>). */
  source?: string;
  /** Every id in the page. */
  ids: Set<string>;
}

/** Parses a page once, collecting what the checks need. */
export function readPage(url: string, html: string): BuiltPage {
  const root = parse(html, { comment: false });
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
  const source = root.querySelector('main')?.getAttribute('data-source') ?? undefined;
  return { url, root, source, ids };
}

/** Site path of a built file: "areas/x/index.html" → "/areas/x/", "404.html" → "/404.html". */
export function urlOfFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** Where a problem on a page should be reported: the content file if known, else the page. */
export function placeOf(page: BuiltPage): string {
  return page.source ? `${page.source} (page ${page.url})` : `page ${page.url}`;
}
