import { TRAINING } from '../../schemas/limits.ts';
import type { CheckResult } from './grading.ts';

/**
 * Training progress on this device, per learner (DESIGN.md, "Trainers' kit"): steps ticked and
 * check results per module. Pure: the store (progress-store.ts) reads and writes it.
 *
 * The stored value is checked by hand rather than with zod: it is read on guidance pages, whose
 * whole JavaScript budget (10 kB gzipped) zod would take most of.
 */

/** Where progress is stored, and the prefix of the copies kept of a value that could not be read. */
export const PROGRESS_KEY = 'a2o:training';
export const PROGRESS_BACKUP_PREFIX = 'a2o:training:backup:';
export const PROGRESS_VERSION = 1;

/** The last attempt at a module's check. */
export interface CheckRecord {
  right: number;
  total: number;
  /** Percent right. */
  score: number;
  passed: boolean;
  /** When it was graded (ISO timestamp). */
  at: string;
}

/** One learner's progress in one module. */
export interface ModuleProgress {
  /** Keys of the steps ticked, in the order of ticking. */
  steps: string[];
  /** The latest attempt at the check. */
  check?: CheckRecord;
  /** When the check was first passed: a failed retry later does not undo it. */
  passedAt?: string;
}

export interface Learner {
  /** Optional, for shared training-room PCs. */
  name?: string;
  /** When the learner was added (ISO timestamp): orders the list. */
  createdAt: string;
  /** Progress by module slug. */
  modules: Record<string, ModuleProgress>;
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  /** The learner this device records for; none until the first step is ticked or a name given. */
  active?: string;
  learners: Record<string, Learner>;
}

/** What an action needs from outside: the time, and an id for a learner it adds. */
export interface ProgressContext {
  now: string;
  newId: () => string;
}

export const emptyProgress = (): ProgressState => ({ version: PROGRESS_VERSION, learners: {} });

export type ReadOutcome =
  | { outcome: 'empty' | 'ok'; state: ProgressState }
  /** Not JSON, another version or a wrong shape: the caller backs the text up and starts anew. */
  | { outcome: 'unreadable'; state: ProgressState; reason: string };

/** Reads the stored text. */
export function readProgress(raw: string | null): ReadOutcome {
  if (raw === null) return { outcome: 'empty', state: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { outcome: 'unreadable', state: emptyProgress(), reason: 'it is not JSON' };
  }
  const reason = problemOf(value);
  return reason
    ? { outcome: 'unreadable', state: emptyProgress(), reason }
    : { outcome: 'ok', state: value as ProgressState };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;

/** What is wrong with a stored value, in words; undefined when it is a valid state. */
function problemOf(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it is not an object';
  if (value.version !== PROGRESS_VERSION) return `its version is ${String(value.version)}, not 1`;
  if (!isRecord(value.learners)) return 'it has no list of learners';
  if (value.active !== undefined && !(isText(value.active) && value.active in value.learners))
    return 'its active learner is not in the list';
  for (const [id, learner] of Object.entries(value.learners)) {
    const problem = learnerProblem(learner);
    if (problem) return `learner ${id} ${problem}`;
  }
  return undefined;
}

function learnerProblem(learner: unknown): string | undefined {
  if (!isRecord(learner)) return 'is not an object';
  if (learner.name !== undefined && !isText(learner.name, TRAINING.learnerName))
    return 'has a name that is not text or too long';
  if (!isText(learner.createdAt)) return 'has no date';
  if (!isRecord(learner.modules)) return 'has no modules';
  for (const [slug, progress] of Object.entries(learner.modules)) {
    if (!isRecord(progress)) return `has module ${slug} that is not an object`;
    if (!Array.isArray(progress.steps) || !progress.steps.every((s) => isText(s)))
      return `has steps of ${slug} that are not a list of names`;
    if (progress.passedAt !== undefined && !isText(progress.passedAt))
      return `has a pass date of ${slug} that is not text`;
    if (progress.check !== undefined && !isCheckRecord(progress.check))
      return `has a check result of ${slug} that is not one`;
  }
  return undefined;
}

function isCheckRecord(v: unknown): boolean {
  return (
    isRecord(v) &&
    isCount(v.right) &&
    isCount(v.total) &&
    (v.right as number) <= (v.total as number) &&
    isCount(v.score) &&
    typeof v.passed === 'boolean' &&
    isText(v.at)
  );
}

// ---- Queries -----------------------------------------------------------------------------

/** The learner this device records for, with their id. */
export function activeLearner(state: ProgressState): { id: string; learner: Learner } | undefined {
  const id = state.active;
  const learner = id === undefined ? undefined : state.learners[id];
  return id !== undefined && learner ? { id, learner } : undefined;
}

const NO_PROGRESS: ModuleProgress = { steps: [] };

/** The active learner's progress in a module (nothing yet when there is no learner). */
export function moduleProgress(state: ProgressState, module: string): ModuleProgress {
  return activeLearner(state)?.learner.modules[module] ?? NO_PROGRESS;
}

/** A module is done once its check has been passed. */
export const isDone = (progress: ModuleProgress): boolean => progress.passedAt !== undefined;

/** How far the active learner is along a path of modules: "2 of 4 modules". */
export function pathProgress(
  state: ProgressState,
  modules: readonly string[],
): { done: number; total: number } {
  return {
    done: modules.filter((m) => isDone(moduleProgress(state, m))).length,
    total: modules.length,
  };
}

/** The learners in the order they were added, with what a list shows for each. */
export function learnerList(state: ProgressState): { id: string; label: string }[] {
  return Object.entries(state.learners)
    .sort(([, a], [, b]) => a.createdAt.localeCompare(b.createdAt))
    .map(([id, learner], index) => ({ id, label: learnerLabel(learner, index) }));
}

/** A learner's name, or "Learner 2" for an unnamed one (its place in the list). */
export function learnerLabel(learner: Pick<Learner, 'name'>, index: number): string {
  return learner.name ?? `Learner ${index + 1}`;
}

/** The active learner's label, as the list shows it. */
export function activeLabel(state: ProgressState): string | undefined {
  return learnerList(state).find((l) => l.id === state.active)?.label;
}

// ---- Actions (each returns a new state, or the same one when nothing changes) -------------

/** The state with an active learner, adding an unnamed one if there is none. */
function withActive(state: ProgressState, ctx: ProgressContext): [ProgressState, string] {
  const current = activeLearner(state);
  if (current) return [state, current.id];
  const added = addLearner(state, ctx, undefined);
  return [added, added.active!];
}

function updateModule(
  state: ProgressState,
  ctx: ProgressContext,
  module: string,
  change: (progress: ModuleProgress) => ModuleProgress,
): ProgressState {
  const [base, id] = withActive(state, ctx);
  const learner = base.learners[id]!;
  const next = change(learner.modules[module] ?? NO_PROGRESS);
  return {
    ...base,
    learners: {
      ...base.learners,
      [id]: { ...learner, modules: { ...learner.modules, [module]: next } },
    },
  };
}

/** Ticks or unticks a step of a module. */
export function tickStep(
  state: ProgressState,
  ctx: ProgressContext,
  module: string,
  step: string,
  ticked: boolean,
): ProgressState {
  if (moduleProgress(state, module).steps.includes(step) === ticked) return state;
  return updateModule(state, ctx, module, (p) => ({
    ...p,
    steps: ticked ? [...p.steps, step] : p.steps.filter((s) => s !== step),
  }));
}

/** Records an attempt at a module's check. */
export function recordCheck(
  state: ProgressState,
  ctx: ProgressContext,
  module: string,
  result: Pick<CheckResult, 'right' | 'total' | 'score' | 'passed'>,
): ProgressState {
  const { right, total, score, passed } = result;
  return updateModule(state, ctx, module, (p) => ({
    ...p,
    check: { right, total, score, passed, at: ctx.now },
    ...(passed && p.passedAt === undefined && { passedAt: ctx.now }),
  }));
}

/** Tidies a typed name: trimmed, spaces collapsed, cut to the limit; undefined when empty. */
export function cleanName(name: string | undefined): string | undefined {
  const clean = (name ?? '').trim().replace(/\s+/g, ' ').slice(0, TRAINING.learnerName).trim();
  return clean || undefined;
}

/** Names (or un-names) the active learner, adding one if there is none. */
export function renameLearner(
  state: ProgressState,
  ctx: ProgressContext,
  name: string,
): ProgressState {
  const clean = cleanName(name);
  const current = activeLearner(state);
  if (current ? current.learner.name === clean : !clean) return state;
  const [base, id] = withActive(state, ctx);
  const { name: _old, ...learner } = base.learners[id]!;
  return {
    ...base,
    learners: { ...base.learners, [id]: clean ? { ...learner, name: clean } : learner },
  };
}

/**
 * Adds a learner and makes them the active one. On a PC full of learners the one added longest
 * ago goes, so a training room never fills the storage.
 */
export function addLearner(
  state: ProgressState,
  ctx: ProgressContext,
  name: string | undefined,
): ProgressState {
  const id = ctx.newId();
  const clean = cleanName(name);
  const learners = { ...state.learners };
  const byAge = learnerList(state).map((l) => l.id);
  for (const old of byAge.slice(0, Math.max(0, byAge.length - TRAINING.learners + 1)))
    delete learners[old];
  learners[id] = { ...(clean && { name: clean }), createdAt: ctx.now, modules: {} };
  return { ...state, active: id, learners };
}

/** Makes another known learner the active one. */
export function switchLearner(state: ProgressState, id: string): ProgressState {
  if (state.active === id || !(id in state.learners)) return state;
  return { ...state, active: id };
}

/**
 * "Clear my progress": the active learner and everything recorded for them leave the device.
 * Nobody is active afterwards, so the next person at a shared PC starts as a new learner.
 */
export function clearActiveLearner(state: ProgressState): ProgressState {
  const current = activeLearner(state);
  if (!current) return state;
  const { [current.id]: _gone, ...learners } = state.learners;
  return { version: state.version, learners };
}
