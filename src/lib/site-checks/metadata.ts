import type { SiteProblem } from './report.ts';
import { PREVIEW_TAGS, placeOf, type BuiltPage } from './site.ts';

/**
 * Every page has a title of its own, a meta description and the link-preview tags; a canonical
 * address, where a page gives one, is the page's own address on the public site.
 */
export function checkMetadata(pages: readonly BuiltPage[], origin: string): SiteProblem[] {
  const titles = new Map<string, BuiltPage[]>();
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    const { title } = page;
    if (!title) problems.push({ place: placeOf(page), message: 'has no <title>' });
    if (!page.description)
      problems.push({ place: placeOf(page), message: 'has no meta description' });
    const missing = PREVIEW_TAGS.filter((tag) => !page.preview[tag]);
    if (missing.length)
      problems.push({
        place: placeOf(page),
        message: `has no link preview tag ${missing.join(', ')}`,
      });
    const own = `${origin}${page.url}`;
    if (page.canonical !== undefined && page.canonical !== own)
      problems.push({
        place: placeOf(page),
        message: `names "${page.canonical}" as its canonical address, not its own "${own}"`,
      });
    titles.set(title, [...(titles.get(title) ?? []), page]);
  }
  for (const [title, same] of titles) {
    if (title && same.length > 1)
      problems.push({
        place: `pages ${same.map((p) => p.url).join(', ')}`,
        message: `share the title "${title}": give each its own`,
      });
  }
  return problems;
}

/** No id appears twice in a page (an anchor must lead to one place). */
export function checkDuplicateIds(pages: readonly BuiltPage[]): SiteProblem[] {
  return pages.flatMap((page) =>
    page.duplicateIds.map((id) => ({
      place: placeOf(page),
      message: `the id "${id}" appears more than once`,
    })),
  );
}
