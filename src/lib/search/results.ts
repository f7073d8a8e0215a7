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
