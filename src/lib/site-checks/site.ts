import { parse } from 'node-html-parser';

/** The link-preview tags every page needs (Open Graph), so a shared link shows a card. */
export const PREVIEW_TAGS = ['og:title', 'og:description', 'og:image'] as const;

/**
 * What the checks need of a built page, read once. The parsed document itself is not kept: a
 * site of 2,000 pages held every DOM at once and went past 1.4 GB.
 */
export interface BuiltPage {
  /** Site path of the page, for example "/areas/licensing/". */
  url: string;
  /** Content file the page was made from, when the page says so (data-source on <main>). */
  source?: string;
  /** Every id in the page. */
  ids: Set<string>;
  /** Ids that appear more than once. */
  duplicateIds: string[];
  /** Every link target: a[href], link[href], script[src], img[src], in document order. */
  links: string[];
  /** Text of <title>, trimmed ("" when there is none). */
  title: string;
  /** The meta description, trimmed, if any. */
  description?: string;
  /** The content of each link-preview tag the page has. */
  preview: Partial<Record<(typeof PREVIEW_TAGS)[number], string>>;
  /** href of <link rel="canonical">, if any. */
  canonical?: string;
}

/** Parses a page once and keeps what the checks need. */
export function readPage(url: string, html: string): BuiltPage {
  const root = parse(html, { comment: false });
  const ids = new Set<string>();
  const twice = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) (ids.has(el.id) ? twice : ids).add(el.id);
  const preview: BuiltPage['preview'] = {};
  for (const tag of PREVIEW_TAGS) {
    const content = root.querySelector(`meta[property="${tag}"]`)?.getAttribute('content')?.trim();
    if (content) preview[tag] = content;
  }
  return {
    url,
    source: root.querySelector('main')?.getAttribute('data-source') ?? undefined,
    ids,
    duplicateIds: [...twice],
    links: root
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
    title: root.querySelector('title')?.text.trim() ?? '',
    description:
      root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() || undefined,
    preview,
    canonical: root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
  };
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
