import type { Answer, AssessmentFile } from '../../schemas/assessment-file.ts';
import {
  clearAnswer,
  setAnswer,
  setNote,
  setRespondent,
  setScope,
  setTarget,
} from './store-edit-actions.ts';
import {
  create,
  duplicate,
  importFile,
  remove,
  rename,
  switchTo,
  undoRemove,
} from './store-list-actions.ts';
import type { StoreState } from './store-shape.ts';

/** Everything the UI can do to the stored assessments. */
export type StoreAction =
  | { type: 'create'; title: string; bankVersion: string; scope?: string[]; focusRole?: string }
  | { type: 'rename'; assessmentId: string; title: string }
  | { type: 'duplicate'; assessmentId: string }
  | { type: 'delete'; assessmentId: string }
  | { type: 'undoDelete' }
  | { type: 'switch'; assessmentId: string }
  | { type: 'import'; file: AssessmentFile }
  | {
      type: 'setAnswer';
      assessmentId: string;
      questionId: string;
      answer: Answer;
      bankVersion: string;
    }
  | { type: 'clearAnswer'; assessmentId: string; questionId: string }
  | { type: 'setNote'; assessmentId: string; questionId: string; note: string }
  | { type: 'setTarget'; assessmentId: string; areaSlug: string; target: number | null }
  | { type: 'setScope'; assessmentId: string; scope: string[]; focusRole?: string }
  | { type: 'setRespondent'; assessmentId: string; name?: string; role?: string };

/** The inputs an action may need besides the state, passed in so actions stay pure. */
export interface ActionContext {
  /** The time of the action (ISO 8601). */
  now: string;
  /** An unused id for an assessment the action creates. */
  newId: string;
}

/**
 * (state, action) → state. Invalid input (an unknown id, an answer out of range…) returns the
 * same state object, so callers can tell that nothing changed and skip writing.
 */
export function applyAction(
  state: StoreState,
  action: StoreAction,
  ctx: ActionContext,
): StoreState {
  switch (action.type) {
    case 'create':
      return create(state, action, ctx);
    case 'rename':
      return rename(state, action);
    case 'duplicate':
      return duplicate(state, action, ctx);
    case 'delete':
      return remove(state, action);
    case 'undoDelete':
      return undoRemove(state, ctx);
    case 'switch':
      return switchTo(state, action);
    case 'import':
      return importFile(state, action, ctx);
    case 'setAnswer':
      return setAnswer(state, action, ctx);
    case 'clearAnswer':
      return clearAnswer(state, action, ctx);
    case 'setNote':
      return setNote(state, action, ctx);
    case 'setTarget':
      return setTarget(state, action, ctx);
    case 'setScope':
      return setScope(state, action);
    case 'setRespondent':
      return setRespondent(state, action);
    default:
      // Unreachable for typed callers; an unknown action from elsewhere changes nothing.
      return state;
  }
}

/** The action of a given type, for the functions that implement it. */
export type ActionOf<T extends StoreAction['type']> = Extract<StoreAction, { type: T }>;
