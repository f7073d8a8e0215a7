import { recoverAssessment, type RecoveryContext } from './assessment-recover.ts';
import { isRecord } from './store-migrations.ts';
import {
  emptyStoreState,
  trashSchema,
  type StoreState,
  type StoredAssessment,
} from './store-shape.ts';

/** Rebuilds a valid state from whatever validates in a (migrated) stored value, saying what was lost. */
export function recoverState(
  value: unknown,
  ctx: RecoveryContext,
): { state: StoreState; problems: string[] } {
  if (!isRecord(value))
    return { state: emptyStoreState(), problems: ['The saved assessments could not be read.'] };
  const list: unknown[] = Array.isArray(value['assessments']) ? value['assessments'] : [];
  const recovered = list.map((entry) => recoverAssessment(entry, ctx));
  const assessments = withUniqueIds(
    recovered.flatMap((r) => (r.assessment ? [r.assessment] : [])),
    ctx,
  );
  const trash = trashSchema.safeParse(value['trash']);
  const problems = [
    ...(Array.isArray(value['assessments'])
      ? []
      : ['The list of saved assessments could not be read.']),
    ...recovered.flatMap((r) => r.problems),
    ...(trash.success || value['trash'] == null
      ? []
      : ['The deleted assessment kept for undo could not be read.']),
  ];
  const state = {
    ...emptyStoreState(),
    activeId: value['activeId'],
    assessments,
    trash: trash.success ? trash.data : null,
  };
  return { state: withValidActive(state), problems };
}

/** True when ids are unique and the active id names an assessment (or there is none). */
export function isConsistent(state: StoreState): boolean {
  const ids = new Set(state.assessments.map((a) => a.id));
  const activeOk =
    state.activeId === null ? state.assessments.length === 0 : ids.has(state.activeId);
  return ids.size === state.assessments.length && activeOk;
}

/** The active id if it names an assessment, else the first assessment's (or null). */
export function withValidActive(
  state: Omit<StoreState, 'activeId'> & { activeId: unknown },
): StoreState {
  const known = state.assessments.some((a) => a.id === state.activeId);
  const activeId = known ? (state.activeId as string) : (state.assessments[0]?.id ?? null);
  return { ...state, activeId };
}

// Two entries with the same id would make every action ambiguous; keep both, renumber the later.
function withUniqueIds(assessments: StoredAssessment[], ctx: RecoveryContext): StoredAssessment[] {
  const seen = new Set<string>();
  return assessments.map((assessment) => {
    const unique = seen.has(assessment.id) ? { ...assessment, id: ctx.newId() } : assessment;
    seen.add(unique.id);
    return unique;
  });
}
