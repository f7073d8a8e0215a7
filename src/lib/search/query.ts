import { paths } from '../urls.ts';
import { searchFilterNames } from './filters.ts';

/** The filter values a reader ticked, per filter name. Two values of one filter mean either. */
export type FilterSelection = Record<string, string[]>;

/** Pagefind's filter argument: within a filter any value may match; across filters all must. */
export function pagefindFilters(selection: FilterSelection): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(selection)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: [...values] }]),
  );
}

/** The address of a search on the search page, so it can be linked and shared. */
export function searchPageUrl(query: string, selection: FilterSelection): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const { key } of searchFilterNames)
    for (const value of selection[key] ?? []) params.append(key, value);
  const search = params.toString();
  return search ? `/search/?${search}` : paths.search;
}

/** Reads a search back from the search page's address. */
export function parseSearchParams(search: string): { query: string; selection: FilterSelection } {
  const params = new URLSearchParams(search);
  const selection = Object.fromEntries(
    searchFilterNames.map(({ key }) => [key, params.getAll(key)]),
  );
  return { query: params.get('q') ?? '', selection };
}

// Parts of an address that say nothing about what the reader looked for.
const ADDRESS_NOISE = new Set([
  'html',
  'htm',
  'index',
  'php',
  'aspx',
  'www',
  'page',
  'areas',
  'and',
  'the',
  'for',
  'with',
]);

/**
 * The words of a mistyped address, as a search for the 404 page to start with:
 * "/areas/licencing-and-entitlments/" → "licencing entitlments". Short words and site
 * sections are left out; an address with nothing left gives "".
 */
export function wordsFromPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: read the address as it is.
  }
  const words = decoded
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !ADDRESS_NOISE.has(word) && !/^\d+$/.test(word));
  return [...new Set(words)].slice(0, 6).join(' ');
}
