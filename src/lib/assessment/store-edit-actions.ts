import { answerOf, noteOf, ownEntry } from './lookup.ts';
import type { ActionContext, ActionOf } from './store-actions.ts';
import { cleanScope, editAssessment, withKey, withoutKey } from './store-edit.ts';
import type { StoreState } from './store-shape.ts';

const MAX_NOTE = 4000;

/** Records an answer; also records the bank version it was given against. */
export function setAnswer(
  state: StoreState,
  action: ActionOf<'setAnswer'>,
  ctx: ActionContext,
): StoreState {
  return editAssessment(state, action.assessmentId, (a) =>
    answerOf(a, action.questionId) === action.answer && a.bank.version === action.bankVersion
      ? a
      : {
          ...a,
          answers: withKey(a.answers, action.questionId, action.answer),
          bank: { version: action.bankVersion },
          updatedAt: ctx.now,
        },
  );
}

export function clearAnswer(
  state: StoreState,
  action: ActionOf<'clearAnswer'>,
  ctx: ActionContext,
): StoreState {
  return editAssessment(state, action.assessmentId, (a) =>
    answerOf(a, action.questionId) === undefined
      ? a
      : { ...a, answers: withoutKey(a.answers, action.questionId), updatedAt: ctx.now },
  );
}

/** Sets the note of a question (the reason, for "na"); an empty note removes it. */
export function setNote(
  state: StoreState,
  action: ActionOf<'setNote'>,
  ctx: ActionContext,
): StoreState {
  const note = action.note.trim() === '' ? '' : action.note.slice(0, MAX_NOTE);
  return editAssessment(state, action.assessmentId, (a) => {
    if ((noteOf(a, action.questionId) ?? '') === note) return a;
    const notes =
      note === ''
        ? withoutKey(a.notes, action.questionId)
        : withKey(a.notes, action.questionId, note);
    return { ...a, notes, updatedAt: ctx.now };
  });
}

/** Sets an area's target level; null goes back to the bank's default. */
export function setTarget(
  state: StoreState,
  action: ActionOf<'setTarget'>,
  ctx: ActionContext,
): StoreState {
  return editAssessment(state, action.assessmentId, (a) => {
    if ((ownEntry(a.targets, action.areaSlug) ?? null) === action.target) return a;
    const targets =
      action.target === null
        ? withoutKey(a.targets, action.areaSlug)
        : withKey(a.targets, action.areaSlug, action.target);
    return { ...a, targets, updatedAt: ctx.now };
  });
}

/** Changes which areas and role the assessment covers; answers outside it are kept. */
export function setScope(state: StoreState, action: ActionOf<'setScope'>): StoreState {
  return editAssessment(state, action.assessmentId, ({ focusRole: _old, ...a }) => ({
    ...a,
    ...cleanScope(action.scope, action.focusRole),
  }));
}

/** Who answered; empty values are left out. */
export function setRespondent(state: StoreState, action: ActionOf<'setRespondent'>): StoreState {
  const name = action.name?.trim().slice(0, 120) || undefined;
  const role = action.role?.trim().slice(0, 80) || undefined;
  return editAssessment(state, action.assessmentId, ({ respondent: _old, ...a }) =>
    name || role ? { ...a, respondent: { ...(name && { name }), ...(role && { role }) } } : a,
  );
}
