import type { SiteProblem } from './report.ts';
import { placeOf, type BuiltPage } from './site.ts';

/** Checks every link of every page: internal targets and #anchors exist, external ones are https. */
export function checkLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  origin: string,
): SiteProblem[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  return pages.flatMap((page) =>
    page.links.flatMap((target) => {
      const problem = checkTarget(target, page, { byUrl, files, origin });
      return problem ? [{ place: placeOf(page), message: `link "${target}" ${problem}` }] : [];
    }),
  );
}

interface Site {
  byUrl: Map<string, BuiltPage>;
  files: ReadonlySet<string>;
  origin: string;
}

function checkTarget(target: string, page: BuiltPage, site: Site): string | undefined {
  if (/^(mailto|tel):/.test(target)) return undefined;
  if (target === '' || target === '#') return 'is empty';
  const url = new URL(target, `${site.origin}${page.url}`);
  if (url.origin !== site.origin) return checkExternal(url);
  return checkInternal(url, site);
}

function checkExternal(url: URL): string | undefined {
  if (url.protocol !== 'https:') return 'must use https://';
  if (!url.hostname.includes('.')) return 'is not a well-formed address';
  return undefined;
}

function checkInternal(url: URL, site: Site): string | undefined {
  const path = decodeURIComponent(url.pathname);
  const page = site.byUrl.get(path);
  if (!page) {
    if (site.files.has(path)) return undefined;
    if (site.byUrl.has(`${path}/`)) return `needs a trailing slash: "${path}/"`;
    return `goes nowhere: there is no page ${path}`;
  }
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && !page.ids.has(anchor))
    return `goes to a missing anchor: ${path} has no "#${anchor}"`;
  return undefined;
}
