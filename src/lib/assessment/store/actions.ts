import { ASSESSMENT_FORMAT, type PlanEntry } from '../../../schemas/assessment-file.ts';
import { LIMITS } from '../../../schemas/limits.ts';
import { fileSlugSchema } from '../../../schemas/assessment-file.ts';
import { ownEntry } from '../bank.ts';
import { toAssessmentFile } from '../file-format.ts';
import {
  isEditable,
  storedAssessmentSchema,
  type ActionContext,
  type ActionOf,
  type PlanPatch,
  type StoreAction,
  type StoreState,
  type StoredAssessment,
} from './types.ts';

/** The title of an assessment created without one. */
export const UNTITLED = 'Untitled assessment';

/**
 * (state, action) → state: every change to the stored assessments, pure. Invalid input (an
 * unknown id, an edit of a milestone, an answer out of range…) returns the same state object,
 * so callers can tell that nothing changed and skip writing. The store never holds what it could
 * not load again: a result that would not validate is refused the same way.
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
    case 'restore':
      return restore(state, action, ctx);
    case 'import':
      return importFile(state, action, ctx);
    case 'setAnswer':
      return edit(state, action.assessmentId, ctx, (a) =>
        ownEntry(a.answers, action.questionId) === action.answer &&
        a.bank.version === action.bankVersion
          ? reviewed(a, [action.questionId])
          : {
              ...reviewed(a, [action.questionId]),
              answers: withKey(a.answers, action.questionId, action.answer),
              bank: { version: action.bankVersion },
            },
      );
    case 'clearAnswer':
      return edit(state, action.assessmentId, ctx, (a) =>
        ownEntry(a.answers, action.questionId) === undefined
          ? reviewed(a, [action.questionId])
          : {
              ...reviewed(a, [action.questionId]),
              answers: withoutKey(a.answers, action.questionId),
            },
      );
    case 'keepCarried':
      return edit(state, action.assessmentId, ctx, (a) => reviewed(a, action.questionIds));
    case 'setNote':
      return edit(state, action.assessmentId, ctx, (a) => {
        const note = action.note.trim() === '' ? '' : action.note.slice(0, LIMITS.note);
        if ((ownEntry(a.notes, action.questionId) ?? '') === note) return a;
        const notes =
          note === ''
            ? withoutKey(a.notes, action.questionId)
            : withKey(a.notes, action.questionId, note);
        return { ...a, notes };
      });
    case 'setTarget':
      return edit(state, action.assessmentId, ctx, (a) => {
        if ((ownEntry(a.targets, action.areaSlug) ?? null) === action.target) return a;
        const targets =
          action.target === null
            ? withoutKey(a.targets, action.areaSlug)
            : withKey(a.targets, action.areaSlug, action.target);
        return { ...a, targets };
      });
    case 'setScope':
      return edit(state, action.assessmentId, ctx, ({ focusRole: _old, ...a }) => ({
        ...a,
        ...cleanScope(action.scope, action.focusRole),
      }));
    case 'setRespondent':
      return edit(state, action.assessmentId, ctx, ({ respondent: _old, ...a }) => {
        const name = clip(action.name, LIMITS.respondentName);
        const role = clip(action.role, LIMITS.respondentRole);
        return name || role
          ? { ...a, respondent: { ...(name && { name }), ...(role && { role }) } }
          : a;
      });
    case 'setPlan':
      return edit(state, action.assessmentId, ctx, (a) => {
        // A plan is kept by question id: an id that is no slug changes nothing.
        if (!fileSlugSchema.safeParse(action.questionId).success) return a;
        const plan = patchPlan(a.plan ?? {}, action.questionId, action.patch);
        const { plan: _old, ...rest } = a;
        return Object.keys(plan).length > 0 ? { ...rest, plan } : rest;
      });
    case 'freeze':
      return freeze(state, action, ctx);
    case 'nextRound':
      return nextRound(state, action, ctx);
  }
}

function create(state: StoreState, action: ActionOf<'create'>, ctx: ActionContext): StoreState {
  return added(
    state,
    {
      id: ctx.newId,
      format: ASSESSMENT_FORMAT,
      version: 2,
      bank: { version: action.bankVersion },
      title: cleanTitle(action.title) ?? UNTITLED,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...cleanScope(action.scope ?? [], action.focusRole),
      targets: {},
      answers: {},
      notes: {},
    },
    state.assessments.length,
  );
}

function rename(state: StoreState, action: ActionOf<'rename'>): StoreState {
  const title = cleanTitle(action.title);
  if (title === undefined) return state;
  // A milestone can be renamed, never edited: its name changes with its title.
  return replace(state, action.assessmentId, (a) =>
    a.title === title
      ? a
      : { ...a, title, ...(a.milestone && { milestone: { ...a.milestone, name: title } }) },
  );
}

/** An editable copy, placed after the original: "Q1 baseline (copy)". */
function duplicate(
  state: StoreState,
  action: ActionOf<'duplicate'>,
  ctx: ActionContext,
): StoreState {
  const index = indexOf(state, action.assessmentId);
  const source = state.assessments[index];
  if (!source) return state;
  const { milestone: _m, carriedOver: _c, ...copy } = source;
  const title = uniqueTitle(source.title, 'copy', titles(state), true);
  return added(
    state,
    { ...copy, id: ctx.newId, title, createdAt: ctx.now, updatedAt: ctx.now },
    index + 1,
  );
}

/** Import and share links: always a new assessment, never an overwrite. */
function importFile(state: StoreState, action: ActionOf<'import'>, ctx: ActionContext): StoreState {
  const file = toAssessmentFile(action.file);
  const title = uniqueTitle(cleanTitle(file.title) ?? UNTITLED, 'imported', titles(state));
  const milestone = file.milestone && { ...file.milestone, name: title };
  return added(
    state,
    { ...file, id: ctx.newId, title, ...(milestone && { milestone }) },
    state.assessments.length,
  );
}

function remove(state: StoreState, action: ActionOf<'delete'>): StoreState {
  const assessments = state.assessments.filter((a) => a.id !== action.assessmentId);
  return assessments.length === state.assessments.length ? state : { ...state, assessments };
}

/** Undo restores exactly the assessment it names, at its place; never a duplicate id. */
function restore(state: StoreState, action: ActionOf<'restore'>, ctx: ActionContext): StoreState {
  const taken = indexOf(state, action.assessment.id) >= 0;
  const assessment = taken ? { ...action.assessment, id: ctx.newId } : action.assessment;
  return added(state, assessment, Math.min(action.index, state.assessments.length));
}

/** A read-only copy named `name`, placed after the original, which stays as it is. */
function freeze(state: StoreState, action: ActionOf<'freeze'>, ctx: ActionContext): StoreState {
  const index = indexOf(state, action.assessmentId);
  const source = state.assessments[index];
  const name = cleanTitle(action.name);
  if (!source || !isEditable(source) || name === undefined) return state;
  const { carriedOver: _c, ...frozen } = source;
  const title = uniqueTitle(name, 'milestone', titles(state));
  return added(
    state,
    { ...frozen, id: ctx.newId, title, milestone: { name: title, frozenAt: ctx.now } },
    index + 1,
  );
}

/** The next round: a new editable assessment whose answers start as the milestone's, marked unreviewed. */
function nextRound(
  state: StoreState,
  action: ActionOf<'nextRound'>,
  ctx: ActionContext,
): StoreState {
  const source = state.assessments.find((a) => a.id === action.assessmentId);
  if (!source?.milestone) return state;
  const { milestone, carriedOver: _c, ...round } = source;
  const title = uniqueTitle(
    cleanTitle(action.title) ?? `${milestone.name} (next round)`,
    'next round',
    titles(state),
  );
  const unreviewed = Object.keys(source.answers);
  return added(
    state,
    {
      ...round,
      id: ctx.newId,
      title,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...(unreviewed.length > 0 && {
        carriedOver: { from: { name: milestone.name, frozenAt: milestone.frozenAt }, unreviewed },
      }),
    },
    state.assessments.length,
  );
}

/** The questions' carried-over answers count as reviewed. */
function reviewed(assessment: StoredAssessment, questionIds: readonly string[]): StoredAssessment {
  const carried = assessment.carriedOver;
  if (!carried) return assessment;
  const unreviewed = carried.unreviewed.filter((id) => !questionIds.includes(id));
  if (unreviewed.length === carried.unreviewed.length) return assessment;
  const { carriedOver: _old, ...rest } = assessment;
  return unreviewed.length > 0 ? { ...rest, carriedOver: { ...carried, unreviewed } } : rest;
}

function patchPlan(
  plan: Readonly<Record<string, PlanEntry>>,
  questionId: string,
  patch: PlanPatch,
): Record<string, PlanEntry> {
  if (patch === null) return withoutKey(plan, questionId);
  const merged: PlanEntry = { ...(ownEntry(plan, questionId) ?? { status: 'open' }), ...patch };
  const entry: PlanEntry = {
    status: merged.status,
    ...(clip(merged.owner, LIMITS.planOwner) && { owner: clip(merged.owner, LIMITS.planOwner) }),
    ...(merged.due && { due: merged.due }),
    ...(merged.note?.trim() && { note: merged.note.slice(0, LIMITS.planNote) }),
  };
  // An open entry with nothing recorded is the same as no entry.
  return Object.keys(entry).length === 1 && entry.status === 'open'
    ? withoutKey(plan, questionId)
    : withKey(plan, questionId, entry);
}

/**
 * Replaces one editable assessment by `change(assessment)`, stamping updatedAt. Unchanged (the
 * same state object) when the id is unknown, the assessment is a milestone, or nothing changed.
 */
function edit(
  state: StoreState,
  assessmentId: string,
  ctx: ActionContext,
  change: (assessment: StoredAssessment) => StoredAssessment,
): StoreState {
  return replace(state, assessmentId, (a) => {
    if (!isEditable(a)) return a;
    const changed = change(a);
    return changed === a ? a : { ...changed, updatedAt: ctx.now };
  });
}

function replace(
  state: StoreState,
  assessmentId: string,
  change: (assessment: StoredAssessment) => StoredAssessment,
): StoreState {
  const index = indexOf(state, assessmentId);
  const current = state.assessments[index];
  if (!current) return state;
  const changed = change(current);
  if (changed === current || !isValid(changed)) return state;
  return { ...state, assessments: state.assessments.map((a, i) => (i === index ? changed : a)) };
}

/** The state with the assessment inserted at `position`; unchanged if it would not validate. */
function added(state: StoreState, assessment: StoredAssessment, position: number): StoreState {
  if (!isValid(assessment)) return state;
  return {
    ...state,
    assessments: [
      ...state.assessments.slice(0, position),
      assessment,
      ...state.assessments.slice(position),
    ],
  };
}

function isValid(assessment: StoredAssessment): boolean {
  return storedAssessmentSchema.safeParse(assessment).success;
}

function indexOf(state: StoreState, id: string): number {
  return state.assessments.findIndex((assessment) => assessment.id === id);
}

function titles(state: StoreState): string[] {
  return state.assessments.map((assessment) => assessment.title);
}

/** A title the file format accepts: one line, spaces collapsed, at most LIMITS.title; undefined if empty. */
export function cleanTitle(title: string): string | undefined {
  const clean = title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.title).trim();
  return clean === '' ? undefined : clean;
}

/**
 * `title` if no other assessment has it (ignoring case), else "title (suffix)",
 * "title (suffix 2)"… With `always`, the suffix is added even when the title is free.
 */
export function uniqueTitle(
  title: string,
  suffix: string,
  taken: readonly string[],
  always = false,
): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!always && !used.has(title.toLowerCase())) return title;
  for (let n = 1; ; n += 1) {
    const tail = n === 1 ? ` (${suffix})` : ` (${suffix} ${n})`;
    const candidate = `${title.slice(0, LIMITS.title - tail.length).trimEnd()}${tail}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Scope fields the file format accepts: distinct slugs (at most LIMITS.scopeAreas) and a slug role. */
export function cleanScope(scope: readonly string[], focusRole: string | undefined) {
  const isSlug = (value: string) => fileSlugSchema.safeParse(value).success;
  const areas = [...new Set(scope)].filter(isSlug).slice(0, LIMITS.scopeAreas);
  return focusRole !== undefined && isSlug(focusRole)
    ? { scope: areas, focusRole }
    : { scope: areas };
}

/** A record without one key (a copy; the original is not touched). */
export function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([entryKey]) => entryKey !== key));
}

/** A record with one key set, as an own property even for "constructor". */
export function withKey<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> {
  return Object.fromEntries([...Object.entries(record).filter(([k]) => k !== key), [key, value]]);
}

/** Trimmed text cut to `max` characters; undefined when empty. */
function clip(text: string | undefined, max: number): string | undefined {
  return text?.trim().slice(0, max).trim() || undefined;
}
