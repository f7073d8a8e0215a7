import { fileSlugSchema } from '../../schemas/assessment-file.ts';
import { storedAssessmentSchema, type StoreState, type StoredAssessment } from './store-shape.ts';

/**
 * Replaces one assessment by `edit(assessment)`. The state is returned unchanged (same object)
 * when the id is unknown, the edit changes nothing, or its result would not validate: the store
 * never holds what it could not load again.
 */
export function editAssessment(
  state: StoreState,
  assessmentId: string,
  edit: (assessment: StoredAssessment) => StoredAssessment,
): StoreState {
  const index = state.assessments.findIndex((assessment) => assessment.id === assessmentId);
  const current = state.assessments[index];
  if (!current) return state;
  const edited = edit(current);
  if (edited === current || !isValidAssessment(edited)) return state;
  return { ...state, assessments: state.assessments.map((a, i) => (i === index ? edited : a)) };
}

export function isValidAssessment(assessment: StoredAssessment): boolean {
  return storedAssessmentSchema.safeParse(assessment).success;
}

/** A record without one key (a copy; the original is not touched). */
export function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([entryKey]) => entryKey !== key));
}

/** A record with one key set, as an own property even for "constructor" or "__proto__". */
export function withKey<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> {
  return Object.fromEntries([...Object.entries(record).filter(([k]) => k !== key), [key, value]]);
}

/** Scope fields the file format accepts: distinct slugs (at most 100) and a slug role, if any. */
export function cleanScope(scope: readonly string[], focusRole: string | undefined) {
  const isSlug = (value: string) => fileSlugSchema.safeParse(value).success;
  const areas = [...new Set(scope)].filter(isSlug).slice(0, 100);
  return focusRole !== undefined && isSlug(focusRole)
    ? { scope: areas, focusRole }
    : { scope: areas };
}
