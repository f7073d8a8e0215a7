import type { ZodMiniType } from 'zod/mini';
import {
  answerSchema,
  ASSESSMENT_FORMAT,
  carriedOverSchema,
  fileLevelSchema,
  fileSlugSchema,
  milestoneSchema,
  noteSchema,
  planEntrySchema,
} from '../../../schemas/assessment-file.ts';
import { LIMITS } from '../../../schemas/limits.ts';
import { isRecord } from '../file-format.ts';
import {
  emptyStoreState,
  STORE_VERSION,
  storedAssessmentSchema,
  storeStateSchema,
  type StoreState,
  type StoredAssessment,
} from './types.ts';

/**
 * Reading the stored value: parse, migrate older shapes, validate, and when something does not
 * validate, keep what does, entry by entry, saying what was lost. Never throws.
 *
 * Versions of the stored shape:
 *   0  anything without a store `version`: a bare array of assessments, a single assessment
 *      file, or `{ assessments: [...] }` (never written by this site; read so that data pasted
 *      in or left by a prototype is recovered, not lost);
 *   1  `{ version: 1, activeId, assessments, trash }`: one active assessment for every tab and
 *      the last deletion kept in storage. The active id becomes the tab's first choice; the
 *      trash is dropped, because "delete from this browser" must mean it;
 *   2  the current shape (types.ts).
 * A value newer than STORE_VERSION (a later release in another tab) is not migrated down: it is
 * backed up, and what validates against the current shape is kept.
 */

/**
 * How a stored value was read: empty (nothing stored yet), ok (current and valid), migrated
 * (an older shape, converted without losing an assessment) or recovered (unreadable in part or
 * whole: what validates is kept, `problems` says what was not).
 */
export type LoadOutcome = 'empty' | 'ok' | 'migrated' | 'recovered';

export interface LoadReport {
  outcome: LoadOutcome;
  /** Plain sentences for the UI, one per thing that could not be kept. */
  problems: string[];
}

export interface Loaded {
  state: StoreState;
  report: LoadReport;
  /** The active assessment an older shape named, for a tab that has not chosen one yet. */
  legacyActiveId?: string;
}

/** What recovery may invent: the time now and fresh ids. */
export interface RecoveryContext {
  now: string;
  newId: () => string;
}

export function loadState(raw: string | null, ctx: RecoveryContext): Loaded {
  if (raw === null) return { state: emptyStoreState(), report: { outcome: 'empty', problems: [] } };
  const parsed = parseJson(raw);
  if (!parsed.ok)
    return recovered(emptyStoreState(), [
      'The saved assessments could not be read: they are not JSON.',
    ]);
  const fromVersion = versionOf(parsed.value);
  const { value, legacyActiveId } = migrate(parsed.value, fromVersion);
  const newer =
    fromVersion > STORE_VERSION
      ? [
          `The saved assessments come from a newer version of this site (store version ${fromVersion}); only what this version understands is shown.`,
        ]
      : [];
  const strict = storeStateSchema.safeParse(value);
  if (strict.success && hasUniqueIds(strict.data) && newer.length === 0) {
    const outcome = fromVersion === STORE_VERSION ? 'ok' : 'migrated';
    return { state: strict.data, report: { outcome, problems: [] }, legacyActiveId };
  }
  const recovery = recoverState(value, ctx);
  return { ...recovered(recovery.state, [...newer, ...recovery.problems]), legacyActiveId };
}

/** True when the stored text must be backed up before anything replaces it. */
export function needsBackup(report: LoadReport): boolean {
  return report.outcome === 'recovered';
}

/** The store version of a value; 0 when it has none (an assessment file's own `version` is not one). */
export function versionOf(value: unknown): number {
  if (!isRecord(value) || value['format'] === ASSESSMENT_FORMAT) return 0;
  const version = value['version'];
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 0;
}

function migrate(value: unknown, fromVersion: number): { value: unknown; legacyActiveId?: string } {
  if (fromVersion >= STORE_VERSION || (!isRecord(value) && !Array.isArray(value))) return { value };
  const assessments = fromVersion === 0 ? unversionedAssessments(value) : listOf(value);
  if (!assessments) return { value };
  const activeId =
    isRecord(value) && typeof value['activeId'] === 'string' ? value['activeId'] : undefined;
  return {
    value: {
      version: STORE_VERSION,
      // A version 1 file is a version 2 file without plan or milestone.
      assessments: assessments.map((a) =>
        isRecord(a) && a['version'] === 1 ? { ...a, version: 2 } : a,
      ),
    },
    legacyActiveId: activeId,
  };
}

function listOf(value: unknown): unknown[] | undefined {
  return isRecord(value) && Array.isArray(value['assessments'])
    ? (value['assessments'] as unknown[])
    : undefined;
}

function unversionedAssessments(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (!isRecord(value)) return undefined;
  return listOf(value) ?? (value['format'] === ASSESSMENT_FORMAT ? [value] : undefined);
}

function hasUniqueIds(state: StoreState): boolean {
  return new Set(state.assessments.map((a) => a.id)).size === state.assessments.length;
}

function recovered(state: StoreState, problems: string[]): Loaded {
  return { state, report: { outcome: 'recovered', problems } };
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

// ---- Recovery ---------------------------------------------------------------------------

/** Rebuilds a valid state from whatever validates in a (migrated) stored value, saying what was lost. */
export function recoverState(
  value: unknown,
  ctx: RecoveryContext,
): { state: StoreState; problems: string[] } {
  if (!isRecord(value))
    return { state: emptyStoreState(), problems: ['The saved assessments could not be read.'] };
  const list = listOf(value);
  const results = (list ?? []).map((entry) => recoverAssessment(entry, ctx));
  const seen = new Set<string>();
  // Two entries with the same id would make every action ambiguous: keep both, renumber the later.
  const assessments = results.flatMap(({ assessment }) => {
    if (!assessment) return [];
    const unique = seen.has(assessment.id) ? { ...assessment, id: ctx.newId() } : assessment;
    seen.add(unique.id);
    return [unique];
  });
  const problems = [
    ...(list ? [] : ['The list of saved assessments could not be read.']),
    ...results.flatMap((r) => r.problems),
  ];
  return { state: { ...emptyStoreState(), assessments }, problems };
}

const shape = storedAssessmentSchema.shape;
const RECOVERED_TITLE = 'Recovered assessment';
const DROPPED_ENTRY = 'An unreadable entry in the list of assessments was dropped.';

type Note = (what: string) => void;

/**
 * Keeps every field of a stored assessment that validates, entry by entry for answers, notes,
 * targets, plan and scope, so one bad answer never costs the others. Missing essentials get
 * defaults; an entry with neither its own title nor any answer or note is dropped as noise.
 */
export function recoverAssessment(
  raw: unknown,
  ctx: RecoveryContext,
): { assessment?: StoredAssessment; problems: string[] } {
  if (!isRecord(raw)) return { problems: [DROPPED_ENTRY] };
  const problems: string[] = [];
  const label = `Assessment "${typeof raw['title'] === 'string' ? raw['title'].slice(0, 60) : '?'}"`;
  const candidate = salvage(raw, ctx, (what) => problems.push(`${label}: ${what}.`));
  const ownTitle = shape.title.safeParse(raw['title']).success;
  const substance =
    Object.keys(candidate.answers).length > 0 || Object.keys(candidate.notes).length > 0;
  if (!ownTitle && !substance) return { problems: [DROPPED_ENTRY] };
  const checked = storedAssessmentSchema.safeParse(candidate);
  return checked.success
    ? { assessment: checked.data, problems }
    : { problems: [...problems, `${label}: dropped.`] };
}

function salvage(raw: Record<string, unknown>, ctx: RecoveryContext, note: Note) {
  const pick = <T>(name: string, schema: ZodMiniType<T>, fallback: () => T): T => {
    const parsed = schema.safeParse(raw[name]);
    if (!parsed.success) note(`its ${name} was unreadable and was replaced`);
    return parsed.success ? parsed.data : fallback();
  };
  const createdAt = pick('createdAt', shape.createdAt, () => ctx.now);
  const plan = validEntries(raw['plan'], planEntrySchema, note, 'plan', true);
  return {
    id: pick('id', shape.id, ctx.newId),
    format: ASSESSMENT_FORMAT,
    version: 2 as const,
    bank: pick('bank', shape.bank, () => ({ version: 'unknown' })),
    title: pick('title', shape.title, () => RECOVERED_TITLE),
    ...optionalField(raw, 'respondent', shape.respondent, note),
    createdAt,
    updatedAt: pick('updatedAt', shape.updatedAt, () => createdAt),
    scope: validItems(raw['scope'], fileSlugSchema, note, 'scope').slice(0, LIMITS.scopeAreas),
    ...optionalField(raw, 'focusRole', shape.focusRole, note),
    targets: validEntries(raw['targets'], fileLevelSchema, note, 'targets'),
    answers: validEntries(raw['answers'], answerSchema, note, 'answers'),
    notes: validEntries(raw['notes'], noteSchema, note, 'notes'),
    ...(Object.keys(plan).length > 0 && { plan }),
    ...optionalField(raw, 'milestone', milestoneSchema, note),
    ...optionalField(raw, 'carriedOver', carriedOverSchema, note),
  };
}

function optionalField<T>(
  raw: Record<string, unknown>,
  name: string,
  schema: ZodMiniType<T>,
  note: Note,
) {
  if (raw[name] === undefined) return {};
  const parsed = schema.safeParse(raw[name]);
  if (!parsed.success) note(`its ${name} was unreadable and was dropped`);
  return parsed.success ? { [name]: parsed.data } : {};
}

function validItems<T>(value: unknown, item: ZodMiniType<T>, note: Note, what: string): T[] {
  const list: unknown[] = Array.isArray(value) ? (value as unknown[]) : [];
  const kept = list.flatMap((entry) => {
    const parsed = item.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  reportDropped(value, Array.isArray(value), list.length - kept.length, note, what);
  return kept;
}

function validEntries<V>(
  value: unknown,
  valueType: ZodMiniType<V>,
  note: Note,
  what: string,
  optional = false,
): Record<string, V> {
  const entries = isRecord(value) ? Object.entries(value) : [];
  const kept = entries.flatMap(([key, entry]) => {
    const parsed = valueType.safeParse(entry);
    return fileSlugSchema.safeParse(key).success && parsed.success
      ? [[key, parsed.data] as const]
      : [];
  });
  if (!(optional && value === undefined))
    reportDropped(value, isRecord(value), entries.length - kept.length, note, what);
  // Object.fromEntries defines own properties, so a "__proto__" key could not reach the prototype.
  return Object.fromEntries(kept);
}

function reportDropped(
  value: unknown,
  wellFormed: boolean,
  dropped: number,
  note: Note,
  what: string,
): void {
  if (!wellFormed && value !== undefined) note(`its ${what} could not be read and were dropped`);
  const entries = dropped === 1 ? 'entry was' : 'entries were';
  if (dropped > 0) note(`${dropped} unreadable ${entries} dropped from its ${what}`);
}
