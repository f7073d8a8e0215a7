import type { SiteProblem } from './report.ts';
import { placeOf, type BuiltPage } from './site.ts';

/** Every page has a title of its own and a meta description. */
export function checkMetadata(pages: readonly BuiltPage[]): SiteProblem[] {
  const titles = new Map<string, BuiltPage[]>();
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    const title = page.root.querySelector('title')?.text.trim() ?? '';
    const description = page.root
      .querySelector('meta[name="description"]')
      ?.getAttribute('content')
      ?.trim();
    if (!title) problems.push({ place: placeOf(page), message: 'has no <title>' });
    if (!description) problems.push({ place: placeOf(page), message: 'has no meta description' });
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
  return pages.flatMap((page) => {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const el of page.root.querySelectorAll('[id]'))
      (seen.has(el.id) ? twice : seen).add(el.id);
    return [...twice].map((id) => ({
      place: placeOf(page),
      message: `the id "${id}" appears more than once`,
    }));
  });
}
