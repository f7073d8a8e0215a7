import type { Update } from '../schemas/update.ts';

/** What each kind of update is called on /updates/ and in its feed. */
export const UPDATE_KIND_WORDS: Readonly<Record<Update['kind'], string>> = {
  correction: 'Correction',
  addition: 'Addition',
  change: 'Change in the product',
};

const KIND_ORDER: readonly Update['kind'][] = ['correction', 'change', 'addition'];

/**
 * Updates newest first; within a day corrections come first (what was wrong matters most to
 * someone who acted on it), then product changes, then additions, each by title.
 */
export function sortUpdates(updates: readonly Update[]): Update[] {
  return [...updates].sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.title.localeCompare(b.title, 'en'),
  );
}

/** Updates grouped by day, in the order of sortUpdates. */
export function updatesByDay(updates: readonly Update[]): { day: string; updates: Update[] }[] {
  const days = new Map<string, Update[]>();
  for (const update of sortUpdates(updates)) {
    const day = update.date.toISOString().slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), update]);
  }
  return [...days].map(([day, list]) => ({ day, updates: list }));
}
