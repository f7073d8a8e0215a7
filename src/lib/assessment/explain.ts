import type { QuestionTrace } from './question-trace.ts';
import { scoredLevels } from './question-trace.ts';

/** The arithmetic behind an area score, so the results can show it: Σ(weight × level) / Σ(weight). */
export function scoreSums(traces: readonly QuestionTrace[]): { weighted: number; weights: number } {
  return scoredLevels(traces).reduce(
    (sums, { weight, level }) => ({
      weighted: sums.weighted + weight * level,
      weights: sums.weights + weight,
    }),
    { weighted: 0, weights: 0 },
  );
}
