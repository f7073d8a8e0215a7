import type { ResultView } from '../../lib/search/results.ts';
import { searchFilterLabels, searchFilterNames } from '../../lib/search/filters.ts';

/** Builds the list items of search results; excerpts are already reduced to text and <mark>. */
export function renderResults(list: HTMLElement, views: readonly ResultView[]) {
  list.replaceChildren(...views.map(renderResult));
}

function renderResult(view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result__title');
  link.href = view.url;
  link.textContent = view.title;
  item.append(link);
  if (view.type) item.append(element('span', 'search-result__type', view.type));
  item.append(excerpt(view.excerpt));
  if (view.sections.length) {
    const sections = element('ul', 'search-result__sections');
    for (const section of view.sections) {
      const li = element('li');
      const a = element('a', undefined, section.title);
      a.href = section.url;
      li.append(a, excerpt(section.excerpt));
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}

/** Builds the filter checkboxes from the values in the index, in a stable order. */
export function renderFilters(
  container: HTMLElement,
  available: Record<string, Record<string, number>>,
) {
  const typeOrder: string[] = Object.values(searchFilterLabels);
  container.replaceChildren(
    ...searchFilterNames.map(({ key, label }) => {
      const values = Object.keys(available[key] ?? {}).sort((a, b) =>
        key === 'type'
          ? typeOrder.indexOf(a) - typeOrder.indexOf(b)
          : a.localeCompare(b, 'en', { numeric: true }),
      );
      const fieldset = element('fieldset', 'search-filter');
      fieldset.append(element('legend', undefined, label));
      for (const value of values) fieldset.append(checkbox(key, value));
      return fieldset;
    }),
  );
}

function checkbox(name: string, value: string): HTMLLabelElement {
  const label = element('label');
  const input = element('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  label.append(input, ` ${value}`);
  return label;
}

function excerpt(html: string): HTMLParagraphElement {
  const p = element('p', 'search-result__excerpt');
  p.innerHTML = html;
  return p;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
