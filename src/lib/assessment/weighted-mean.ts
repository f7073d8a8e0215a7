import { fraction, type Fraction } from './fraction.ts';

/** A weight and the level it is scored at. */
export interface WeightedLevel {
  weight: number;
  level: number;
}

/** Σ(weight × level) / Σ(weight), exact; undefined when there is nothing to average. */
export function weightedMean(items: readonly WeightedLevel[]): Fraction | undefined {
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (totalWeight === 0) return undefined;
  const weighted = items.reduce((sum, item) => sum + item.weight * item.level, 0);
  return fraction(weighted, totalWeight);
}
