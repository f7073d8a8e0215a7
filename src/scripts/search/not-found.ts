import { wordsFromPath } from '../../lib/search/query.ts';
import './search-element.ts';

/**
 * The 404 page's search works in place and starts from the words of the address that was not
 * found, so "/areas/licencing/" already shows what it probably meant.
 */
export function startNotFoundSearch() {
  const panel = document.querySelector<HTMLElement>('.not-found__search a2o-search');
  const field = panel?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!panel || !field) return;
  const words = wordsFromPath(location.pathname);
  if (!words) return;
  field.value = words;
  field.dispatchEvent(new Event('input'));
}
