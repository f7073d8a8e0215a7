import { fraction, tenthsHalfUp, type Fraction } from './fraction.ts';

/**
 * Rounds a float half up (toward +∞ at exactly half) to `decimals` places.
 * Binary floats store 2.35 as 2.35000000000000008882 and 1.15 × 10 as 11.499999999999998;
 * reading the scaled value back at 12 significant digits drops that noise, so a decimal half
 * is treated as a half. Scores are exact fractions elsewhere; this serves plain floats.
 */
export function roundHalfUp(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  const scaled = Number((value * factor).toPrecision(12));
  return Math.floor(scaled + 0.5) / factor;
}

/** A float score as shown to people: half up, always one decimal ("3.0", "2.3"). */
export function formatScore(value: number): string {
  return roundHalfUp(value, 1).toFixed(1);
}

/** An exact score as shown to people, computed on integers: 9/4 → "2.3". */
export function formatFraction(value: Fraction): string {
  return formatTenths(tenthsHalfUp(value));
}

/** Writes a whole number of tenths as a decimal: 23 → "2.3", 30 → "3.0". */
export function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const magnitude = Math.abs(tenths);
  return `${sign}${Math.floor(magnitude / 10)}.${magnitude % 10}`;
}

/** Convenience for tests and callers holding integers: numerator/denominator formatted exactly. */
export function formatRatio(numerator: number, denominator: number): string {
  return formatFraction(fraction(numerator, denominator));
}
