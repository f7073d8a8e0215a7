import { nextResultIndex } from '../../lib/search/keyboard.ts';
import {
  pagefindFilters,
  parseSearchParams,
  searchPageUrl,
  type FilterSelection,
} from '../../lib/search/query.ts';
import { rankResults, toResultView, type PagefindResultData } from '../../lib/search/results.ts';
import { loadPagefind, type Pagefind } from './pagefind.ts';
import { renderFilters, renderResults } from './render.ts';

const MAX_RESULTS = 12;
// Results read before ranking, so pages found below a run of questions still come first.
const CANDIDATES = 24;
// Offline, the index has only the parts earlier searches fetched (src/integrations/offline.ts);
// Pagefind then finds nothing rather than failing, so an empty result says why it may be empty.
const OFFLINE =
  'Offline, search finds only words searched before: try again when the network is back.';

/**
 * <a2o-search>: the search form, filters and results. The markup is rendered on the server;
 * this element loads Pagefind when the search is first used and fills in the results.
 * With data-page it also keeps the address in step, so /search/?q=… can be linked.
 */
class SearchElement extends HTMLElement {
  #pagefind?: Pagefind;
  #input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
  #results = this.querySelector<HTMLOListElement>('[data-results]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #filters = this.querySelector<HTMLElement>('[data-filters]')!;

  connectedCallback() {
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => void this.#search());
    this.#filters.addEventListener('change', () => void this.#search());
    this.addEventListener('keydown', (event) => this.#moveFocus(event));
    if (this.hasAttribute('data-page')) void this.#startFromAddress();
    // Words typed while this element was still loading are searched at once.
    else if (this.#input.value.trim()) void this.#search();
  }

  /** Loads Pagefind and its filters; called when the dialog opens or the search page loads. */
  async activate() {
    if (this.#pagefind) return;
    this.#status.textContent = 'Loading search…';
    try {
      this.#pagefind = await loadPagefind();
      renderFilters(this.#filters, await this.#pagefind.filters());
      this.#status.textContent = '';
    } catch {
      this.#status.textContent = 'Search could not load. Reload the page to try again.';
    }
  }

  async #startFromAddress() {
    const { query, selection } = parseSearchParams(location.search);
    this.#input.value = query;
    await this.activate();
    this.#applySelection(selection);
    await this.#search();
  }

  #selection(): FilterSelection {
    const selection: FilterSelection = {};
    for (const box of this.#filters.querySelectorAll<HTMLInputElement>(
      'input[type="checkbox"]:checked',
    ))
      (selection[box.name] ??= []).push(box.value);
    return selection;
  }

  #applySelection(selection: FilterSelection) {
    for (const box of this.#filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = selection[box.name]?.includes(box.value) ?? false;
  }

  async #search() {
    await this.activate();
    const query = this.#input.value.trim();
    const selection = this.#selection();
    if (this.hasAttribute('data-page'))
      history.replaceState(null, '', searchPageUrl(query, selection));
    if (!this.#pagefind || !query) return this.#show([], query ? '' : 'Type to search.');
    let found: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
    let candidates: { data: PagefindResultData }[];
    try {
      found = await this.#pagefind.debouncedSearch(
        query,
        { filters: pagefindFilters(selection) },
        120,
      );
      if (!found) return; // a newer search replaced this one
      candidates = await Promise.all(
        found.results.slice(0, CANDIDATES).map(async (r) => ({ data: await r.data() })),
      );
    } catch {
      return this.#show([], navigator.onLine ? 'Search failed. Try again.' : OFFLINE);
    }
    const shown = rankResults(candidates).slice(0, MAX_RESULTS);
    const total = found.results.length;
    this.#show(
      shown.map(({ data }) => toResultView(data)),
      `${total} result${total === 1 ? '' : 's'} for “${query}”${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.${total === 0 && !navigator.onLine ? ` ${OFFLINE}` : ''}`,
    );
  }

  #show(views: Parameters<typeof renderResults>[1], status: string) {
    renderResults(this.#results, views);
    this.#status.textContent = status;
  }

  #moveFocus(event: KeyboardEvent) {
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('a')];
    const current =
      event.target === this.#input ? -1 : links.indexOf(event.target as HTMLAnchorElement);
    if (current === -1 && event.target !== this.#input) return;
    const next = nextResultIndex(current, event.key, links.length);
    if (next === undefined) return;
    event.preventDefault();
    (next === -1 ? this.#input : links[next])?.focus();
  }
}

customElements.define('a2o-search', SearchElement);
export type { SearchElement };
