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
