import { shortcutLabel } from '../../lib/search/keyboard.ts';
import type { SearchElement } from './search-element.ts';

// The search itself (the <a2o-search> element) loads on first use: every page carries this
// file, and most visits never search.
const loadSearch = () => import('./search-element.ts');

/**
 * Opens the search dialog from the header button, Ctrl/⌘+K or "/", closes it with one Escape,
 * and gives focus back to where it was when it closes.
 */
export function initSearchDialog() {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const inDialog = dialog?.querySelector<SearchElement>('a2o-search');
  // The search page has its own search form: the shortcuts go there instead of to a dialog.
  const onPage = document.querySelector<SearchElement>('a2o-search[data-page]');
  if (onPage) void loadSearch();
  let opener: HTMLElement | null = null;
  // Focus the field itself, which works before the element has loaded (and keeps the phone's
  // keyboard, which opens only within the tap).
  const focusField = (search: Element) => {
    const field = search.querySelector<HTMLInputElement>('input[type="search"]');
    field?.focus();
    field?.select();
  };

  const open = () => {
    if (onPage) return focusField(onPage);
    if (!dialog || !inDialog) return;
    if (dialog.open) return focusField(inDialog);
    opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    focusField(inDialog);
    void loadSearch()
      .then(() => customElements.whenDefined('a2o-search'))
      .then(() => inDialog.activate());
  };
  dialog?.addEventListener('close', () => opener?.focus());
  // A search field takes the first Escape to clear itself; in the dialog one press closes it.
  dialog?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  const platform =
    (navigator as Navigator & { userAgentData?: { platform: string } }).userAgentData?.platform ??
    navigator.platform;
  for (const hint of document.querySelectorAll('[data-search-shortcut]'))
    hint.textContent = shortcutLabel(platform);
  dialog?.addEventListener('click', (event) => {
    if (event.target === dialog || (event.target as HTMLElement).closest('[data-search-close]'))
      dialog.close();
  });
  for (const trigger of document.querySelectorAll('[data-search-open]'))
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  document.addEventListener('keydown', (event) => {
    if (isShortcut(event)) {
      event.preventDefault();
      open();
    }
  });
}

function isShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}
