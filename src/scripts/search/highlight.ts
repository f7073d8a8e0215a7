// Pagefind adds ?highlight=<words> to result links; only then is its highlighter loaded.
const highlighterUrl = '/pagefind/pagefind-highlight.js';

/** Marks the searched words on the page a reader reached from a search result. */
export async function highlightSearchedWords() {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  await import(/* @vite-ignore */ highlighterUrl);
  const { PagefindHighlight } = window as unknown as {
    PagefindHighlight?: new (options: object) => unknown;
  };
  // addStyles: false, because Pagefind's own highlight style is an inline <style> that the CSP
  // refuses (a violation on every visit); base.css styles every <mark> instead.
  if (PagefindHighlight)
    new PagefindHighlight({ highlightParam: 'highlight', markContext: 'main', addStyles: false });
}
