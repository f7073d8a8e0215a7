import { searchFilterLabels } from './filters.ts';

/** The part of a Pagefind result's data the search UI shows. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

/** What one search result shows: the page, why it matched, and its best sections. */
export interface ResultView {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
  sections: { url: string; title: string; excerpt: string }[];
}

/** Shapes a Pagefind result for display, keeping the few sections that match best. */
export function toResultView(data: PagefindResultData, maxSections = 3): ResultView {
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.url !== data.url && sub.url.includes('#'))
    .slice(0, maxSections)
    .map((sub) => ({ url: sub.url, title: sub.title, excerpt: safeExcerpt(sub.excerpt) }));
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: safeExcerpt(data.excerpt),
    type: data.filters?.type?.[0],
    sections,
  };
}

/**
 * Keeps only the <mark> tags of an excerpt. Pagefind escapes the page text itself, so any other
 * tag cannot come from the content; dropping them keeps the excerpt safe to insert as HTML.
 */
export function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

/**
 * Results in the order to show them: guidance first, then the other pages (modules, roles,
 * glossary), then assessment questions, each group in Pagefind's order. Readers search to find
 * out how to do something, which the area pages explain; a short question record outscores a
 * long page on word density alone, and who wants questions ticks the "Assessment question" filter.
 */
export function rankResults<T extends { data: PagefindResultData }>(results: readonly T[]): T[] {
  const group = (r: T) => {
    const type = r.data.filters?.type?.[0];
    if (type === searchFilterLabels.guidance) return 0;
    return type === searchFilterLabels.question ? 2 : 1;
  };
  return [0, 1, 2].flatMap((g) => results.filter((r) => group(r) === g));
}
