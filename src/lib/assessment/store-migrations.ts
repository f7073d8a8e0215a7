import { ASSESSMENT_FORMAT } from '../../schemas/assessment-file.ts';
import { STORE_VERSION } from './store-shape.ts';

/**
 * How stored values of older shapes become the current one (store-shape.ts).
 *
 *   version 0  anything without a store `version`: a bare array of assessments, a single
 *              assessment file, or `{ assessments: [...] }`. This site never wrote it; it is
 *              read so that data pasted in or left by a prototype is recovered, not lost.
 *              Any other value without a version is left as is, for recovery to report.
 *   version 1  the current shape.
 *
 * A value newer than STORE_VERSION (a later release in another tab) is not migrated down:
 * store-load.ts backs it up, then keeps what validates against the current shape.
 * To add version 2: add `1: (v1) => v2` to MIGRATIONS, bump STORE_VERSION, change the schema.
 */
type Migration = (value: unknown) => unknown;

const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: fromUnversioned,
};

export interface Migrated {
  value: unknown;
  /** The version the stored value had before migration. */
  fromVersion: number;
}

export function migrate(stored: unknown): Migrated {
  const fromVersion = versionOf(stored);
  let value = stored;
  for (let version = fromVersion; version < STORE_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (step) value = step(value);
  }
  return { value, fromVersion };
}

/** The store version of a value; 0 when it has none (an assessment file's own `version` is not one). */
export function versionOf(value: unknown): number {
  if (!isRecord(value) || value['format'] === ASSESSMENT_FORMAT) return 0;
  const version = value['version'];
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 0;
}

/** Wraps the assessments of an unversioned value; anything else is left for recovery to report. */
function fromUnversioned(value: unknown): unknown {
  const assessments = unversionedAssessments(value);
  if (!assessments) return value;
  const first: unknown = assessments[0];
  const activeId =
    (isRecord(value) && value['activeId']) || (isRecord(first) && first['id']) || null;
  return { version: 1, activeId, assessments, trash: null };
}

function unversionedAssessments(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (!isRecord(value)) return undefined;
  if (Array.isArray(value['assessments'])) return value['assessments'] as unknown[];
  return value['format'] === ASSESSMENT_FORMAT ? [value] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
