import { shortcutLabel } from '../../lib/search/keyboard.ts';
import './search-element.ts';
import type { SearchElement } from './search-element.ts';

/**
 * Opens the search dialog from the header button, Ctrl/⌘+K or "/", and gives focus back to
 * where it was when the dialog closes (Escape closes it natively).
 */
export function initSearchDialog() {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const inDialog = dialog?.querySelector<SearchElement>('a2o-search');
  // The search page has its own search form: the shortcuts go there instead of to a dialog.
  const onPage = document.querySelector<SearchElement>('a2o-search[data-page]');
  let opener: HTMLElement | null = null;

  const open = () => {
    if (onPage) return onPage.focusInput();
    if (!dialog || !inDialog) return;
    if (dialog.open) return inDialog.focusInput();
    opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    inDialog.focusInput();
    void inDialog.activate();
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
