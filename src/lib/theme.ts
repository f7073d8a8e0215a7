/** The two themes a reader can pin; without a choice the site follows the system setting. */
export type Theme = 'light' | 'dark';

/** Where the reader's choice is remembered. */
export const THEME_KEY = 'a2o:theme';

/** Reads a stored choice, ignoring anything that is not a theme. */
export function parseTheme(value: string | null | undefined): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme in effect: the reader's choice, else the system's. */
export function effectiveTheme(choice: Theme | undefined, systemPrefersDark: boolean): Theme {
  return choice ?? (systemPrefersDark ? 'dark' : 'light');
}
