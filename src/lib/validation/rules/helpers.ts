import type { Entry } from '../collections.ts';
import { formatFieldPath } from '../../describe-problem.ts';
import type { Problem } from '../problem.ts';

/** A problem located at a field of an entry. */
export function problemAt(
  entry: Entry<unknown>,
  path: readonly PropertyKey[],
  message: string,
): Problem {
  return {
    file: entry.file,
    line: entry.lineOf(path),
    path: formatFieldPath([...(entry.prefix ?? []), ...path]),
    message,
  };
}

/** Counts how often each value occurs. */
export function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
