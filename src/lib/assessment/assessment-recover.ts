import type { ZodMiniType } from 'zod/mini';
import {
  answerSchema,
  ASSESSMENT_FORMAT,
  fileLevelSchema,
  fileSlugSchema,
  noteSchema,
} from '../../schemas/assessment-file.ts';
import { isRecord } from './store-migrations.ts';
import { storedAssessmentSchema, type StoredAssessment } from './store-shape.ts';

/** What recovery may invent: the time now and fresh ids. */
export interface RecoveryContext {
  now: string;
  newId: () => string;
}

const shape = storedAssessmentSchema.shape;
const RECOVERED_TITLE = 'Recovered assessment';

const DROPPED_ENTRY = 'An unreadable entry in the list of assessments was dropped.';

/**
 * Keeps every field of a stored assessment that validates, entry by entry for answers, notes,
 * targets and scope, so one bad answer never costs the others. Missing essentials get defaults;
 * an entry with neither its own title nor any answer or note is dropped as noise.
 */
export function recoverAssessment(
  raw: unknown,
  ctx: RecoveryContext,
): { assessment?: StoredAssessment; problems: string[] } {
  if (!isRecord(raw)) return { problems: [DROPPED_ENTRY] };
  const problems: string[] = [];
  const label = `Assessment "${typeof raw['title'] === 'string' ? raw['title'].slice(0, 60) : '?'}"`;
  const candidate = salvage(raw, ctx, (what) => problems.push(`${label}: ${what}.`));
  if (!hasSubstance(raw, candidate)) return { problems: [DROPPED_ENTRY] };
  const checked = storedAssessmentSchema.safeParse(candidate);
  return checked.success
    ? { assessment: checked.data, problems }
    : { problems: [...problems, `${label}: dropped.`] };
}

type Note = (what: string) => void;

function salvage(raw: Record<string, unknown>, ctx: RecoveryContext, note: Note) {
  const pick = <T>(name: string, schema: ZodMiniType<T>, fallback: () => T): T => {
    const parsed = schema.safeParse(raw[name]);
    if (!parsed.success) note(`its ${name} was unreadable and was replaced`);
    return parsed.success ? parsed.data : fallback();
  };
  const createdAt = pick('createdAt', shape.createdAt, () => ctx.now);
  return {
    id: pick('id', shape.id, ctx.newId),
    format: ASSESSMENT_FORMAT,
    version: 1,
    bank: pick('bank', shape.bank, () => ({ version: 'unknown' })),
    title: pick('title', shape.title, () => RECOVERED_TITLE),
    ...optionalField(raw, 'respondent', shape.respondent, note),
    createdAt,
    updatedAt: pick('updatedAt', shape.updatedAt, () => createdAt),
    scope: validItems(raw['scope'], fileSlugSchema, note, 'scope').slice(0, 100),
    ...optionalField(raw, 'focusRole', shape.focusRole, note),
    targets: validEntries(
      raw['targets'],
      { keyType: fileSlugSchema, valueType: fileLevelSchema },
      note,
      'targets',
    ),
    answers: validEntries(
      raw['answers'],
      { keyType: fileSlugSchema, valueType: answerSchema },
      note,
      'answers',
    ),
    notes: validEntries(
      raw['notes'],
      { keyType: fileSlugSchema, valueType: noteSchema },
      note,
      'notes',
    ),
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
  const list: unknown[] = Array.isArray(value) ? value : [];
  const kept = list.flatMap((entry) => {
    const parsed = item.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  reportDropped(value, Array.isArray(value), list.length - kept.length, note, what);
  return kept;
}

interface RecordSchema<V> {
  keyType: ZodMiniType<string>;
  valueType: ZodMiniType<V>;
}

function validEntries<V>(
  value: unknown,
  schema: RecordSchema<V>,
  note: Note,
  what: string,
): Record<string, V> {
  const entries = isRecord(value) ? Object.entries(value) : [];
  const kept = entries.filter(
    ([key, entry]) =>
      schema.keyType.safeParse(key).success && schema.valueType.safeParse(entry).success,
  );
  reportDropped(value, isRecord(value), entries.length - kept.length, note, what);
  // Object.fromEntries defines own properties, so a "__proto__" key could not reach the prototype.
  return Object.fromEntries(kept.map(([key, entry]) => [key, schema.valueType.parse(entry)]));
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

/** Worth keeping: it has its own title or at least one answer or note; else it is noise. */
function hasSubstance(
  raw: Record<string, unknown>,
  candidate: { answers: object; notes: object },
): boolean {
  const ownTitle = shape.title.safeParse(raw['title']).success;
  return (
    ownTitle || Object.keys(candidate.answers).length > 0 || Object.keys(candidate.notes).length > 0
  );
}
