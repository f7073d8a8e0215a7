import { ASSESSMENT_FORMAT } from '../../schemas/assessment-file.ts';
import { toAssessmentFile } from './file-format.ts';
import type { ActionContext, ActionOf } from './store-actions.ts';
import { cleanScope, isValidAssessment } from './store-edit.ts';
import { withValidActive } from './store-recover.ts';
import type { StoreState, StoredAssessment } from './store-shape.ts';
import { cleanTitle, uniqueTitle, UNTITLED } from './store-titles.ts';

export function create(
  state: StoreState,
  action: ActionOf<'create'>,
  ctx: ActionContext,
): StoreState {
  const assessment: StoredAssessment = {
    id: ctx.newId,
    format: ASSESSMENT_FORMAT,
    version: 1,
    bank: { version: action.bankVersion },
    title: cleanTitle(action.title) ?? UNTITLED,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...cleanScope(action.scope ?? [], action.focusRole),
    targets: {},
    answers: {},
    notes: {},
  };
  return added(state, assessment, state.assessments.length);
}

export function rename(state: StoreState, action: ActionOf<'rename'>): StoreState {
  const title = cleanTitle(action.title);
  const index = indexOf(state, action.assessmentId);
  if (title === undefined || index < 0) return state;
  return {
    ...state,
    assessments: state.assessments.map((a, i) => (i === index ? { ...a, title } : a)),
  };
}

/** A copy, placed after the original and made active: "Q1 baseline (copy)". */
export function duplicate(
  state: StoreState,
  action: ActionOf<'duplicate'>,
  ctx: ActionContext,
): StoreState {
  const index = indexOf(state, action.assessmentId);
  const source = state.assessments[index];
  if (!source) return state;
  const title = uniqueTitle(source.title, 'copy', titles(state), true);
  return added(
    state,
    { ...source, id: ctx.newId, title, createdAt: ctx.now, updatedAt: ctx.now },
    index + 1,
  );
}

/** Import and share links: always a new assessment, never an overwrite. */
export function importFile(
  state: StoreState,
  action: ActionOf<'import'>,
  ctx: ActionContext,
): StoreState {
  const file = toAssessmentFile(action.file);
  const title = uniqueTitle(file.title, 'imported', titles(state));
  return added(state, { ...file, id: ctx.newId, title }, state.assessments.length);
}

/** Deletes, keeping the assessment in `trash` until undone or replaced by the next deletion. */
export function remove(state: StoreState, action: ActionOf<'delete'>): StoreState {
  const index = indexOf(state, action.assessmentId);
  const deleted = state.assessments[index];
  if (!deleted) return state;
  const assessments = state.assessments.filter((_, i) => i !== index);
  const wasActive = state.activeId === deleted.id;
  const neighbour = assessments[Math.min(index, assessments.length - 1)]?.id ?? null;
  const activeId = wasActive ? neighbour : state.activeId;
  return { ...state, assessments, activeId, trash: { assessment: deleted, index, wasActive } };
}

export function undoRemove(state: StoreState, ctx: ActionContext): StoreState {
  if (!state.trash) return state;
  const { assessment, index, wasActive } = state.trash;
  // Another tab may have reused nothing, but never let a restore create a duplicate id.
  const restored =
    indexOf(state, assessment.id) >= 0 ? { ...assessment, id: ctx.newId } : assessment;
  const position = Math.min(index, state.assessments.length);
  const next = added({ ...state, trash: null }, restored, position);
  return wasActive ? next : { ...next, activeId: state.activeId ?? restored.id };
}

export function switchTo(state: StoreState, action: ActionOf<'switch'>): StoreState {
  const known = indexOf(state, action.assessmentId) >= 0;
  return known && state.activeId !== action.assessmentId
    ? { ...state, activeId: action.assessmentId }
    : state;
}

/** The state with the assessment inserted and made active; unchanged if it would not validate. */
function added(state: StoreState, assessment: StoredAssessment, position: number): StoreState {
  if (!isValidAssessment(assessment)) return state;
  const assessments = [
    ...state.assessments.slice(0, position),
    assessment,
    ...state.assessments.slice(position),
  ];
  return withValidActive({ ...state, assessments, activeId: assessment.id });
}

function indexOf(state: StoreState, id: string): number {
  return state.assessments.findIndex((assessment) => assessment.id === id);
}

function titles(state: StoreState): string[] {
  return state.assessments.map((assessment) => assessment.title);
}
