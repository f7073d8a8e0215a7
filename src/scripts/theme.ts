import { effectiveTheme, parseTheme, THEME_KEY, type Theme } from '../lib/theme.ts';

const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

function remember(theme: Theme) {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private browsing: the choice holds for this page only.
  }
}

/** Wires the header's theme toggle: shows the theme in effect and pins the other one on click. */
export function initThemeToggle() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = () => {
      const current = effectiveTheme(
        parseTheme(document.documentElement.dataset.theme),
        systemDark(),
      );
      button.setAttribute('aria-pressed', String(current === 'dark'));
    };
    button.addEventListener('click', () => {
      const next: Theme = button.getAttribute('aria-pressed') === 'true' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      remember(next);
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
    sync();
  }
}
