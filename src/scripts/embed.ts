import { EMBED_PARAM, embedCapable, embedded } from '../lib/urls.ts';

/**
 * Embed mode (?embed=1, marked on <html> before paint by ThemeScript): the "open the full site"
 * link keeps the page's own query, and links to other pages leave the frame, because only
 * embed-capable pages may be framed; a link to one of those stays in the frame, still embedded.
 */
export function initEmbedMode() {
  if (!('embed' in document.documentElement.dataset)) return;
  const full = new URL(location.href);
  full.searchParams.delete(EMBED_PARAM);
  document
    .querySelectorAll<HTMLAnchorElement>('[data-embed-full]')
    .forEach((a) => (a.href = full.href));
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download'))
      return;
    const url = new URL(link.href);
    if (url.origin !== location.origin) link.target = '_blank';
    else if (url.pathname === location.pathname) return;
    else if (embedCapable(url.pathname))
      link.href = embedded(`${url.pathname}${url.search}${url.hash}`);
    else link.target = '_blank';
  });
}
