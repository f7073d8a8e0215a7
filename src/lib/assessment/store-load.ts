import type { RecoveryContext } from './assessment-recover.ts';
import { migrate } from './store-migrations.ts';
import { isConsistent, recoverState } from './store-recover.ts';
import {
  emptyStoreState,
  STORE_VERSION,
  storeStateSchema,
  type StoreState,
} from './store-shape.ts';

/**
 * How a stored value was read:
 * - empty: nothing stored yet;
 * - ok: the current shape, valid;
 * - migrated: an older shape, converted without loss;
 * - recovered: unreadable in part or whole; what validates is kept, `problems` says what was not.
 */
export type LoadOutcome = 'empty' | 'ok' | 'migrated' | 'recovered';

export interface LoadReport {
  outcome: LoadOutcome;
  /** Plain sentences for the UI, one per thing that could not be kept. */
  problems: string[];
}

/** Parses, migrates and validates the raw stored text. Never throws. */
export function loadState(
  raw: string | null,
  ctx: RecoveryContext,
): { state: StoreState; report: LoadReport } {
  if (raw === null) return { state: emptyStoreState(), report: { outcome: 'empty', problems: [] } };
  const parsed = parseJson(raw);
  if (!parsed.ok)
    return recovered(emptyStoreState(), [
      'The saved assessments could not be read: they are not JSON.',
    ]);
  const { value, fromVersion } = migrate(parsed.value);
  const newer =
    fromVersion > STORE_VERSION
      ? [
          `The saved assessments come from a newer version of this site (store version ${fromVersion}); only what this version understands is shown.`,
        ]
      : [];
  const strict = storeStateSchema.safeParse(value);
  if (strict.success && isConsistent(strict.data) && newer.length === 0) {
    return {
      state: strict.data,
      report: { outcome: fromVersion === STORE_VERSION ? 'ok' : 'migrated', problems: [] },
    };
  }
  const recovery = recoverState(value, ctx);
  return recovered(recovery.state, [...newer, ...recovery.problems]);
}

/** True when the stored text must be backed up before anything replaces it. */
export function needsBackup(report: LoadReport): boolean {
  return report.outcome === 'migrated' || report.outcome === 'recovered';
}

function recovered(state: StoreState, problems: string[]) {
  return { state, report: { outcome: 'recovered' as const, problems } };
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}
