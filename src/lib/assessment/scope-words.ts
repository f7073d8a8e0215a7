import type { Bank } from '../../schemas/bank.ts';

/** The scope of an assessment in words: "all 13 areas", "3 areas", "questions for IT support". */
export function describeScope(bank: Bank, scope: readonly string[], focusRole?: string): string {
  const known = scope.filter((slug) => bank.areas.some((a) => a.slug === slug));
  const areas =
    known.length === 0 || known.length === bank.areas.length
      ? `all ${bank.areas.length} areas`
      : known.length === 1
        ? bank.areas.find((a) => a.slug === known[0])!.title
        : `${known.length} areas`;
  const role = focusRole && bank.roles.find((r) => r.slug === focusRole)?.title;
  return role ? `${areas}, questions for ${role}` : areas;
}

/** Whether two scopes select the same questions (order of areas does not matter). */
export function sameScope(
  a: { scope: readonly string[]; focusRole?: string },
  b: { scope: readonly string[]; focusRole?: string },
): boolean {
  const key = (s: readonly string[]) => [...s].sort().join(',');
  return key(a.scope) === key(b.scope) && (a.focusRole ?? '') === (b.focusRole ?? '');
}

/** A title for a new assessment, such as "Assessment 2026-11-21". */
export function defaultTitle(now: Date): string {
  return `Assessment ${now.toISOString().slice(0, 10)}`;
}
