/**
 * An exact ratio of integers. Scores are ratios of small integers, so keeping them exact makes
 * half-up rounding and floors immune to binary floating point (2.25 must show as 2.3, never 2.2).
 * bigint because the mean of several area scores multiplies their denominators together.
 */
export interface Fraction {
  readonly numerator: bigint;
  /** Always positive; the fraction is kept in lowest terms. */
  readonly denominator: bigint;
}

/** Builds a fraction in lowest terms; the denominator must not be zero. */
export function fraction(numerator: bigint | number, denominator: bigint | number): Fraction {
  const sign = BigInt(denominator) < 0n ? -1n : 1n;
  const n = BigInt(numerator) * sign;
  const d = BigInt(denominator) * sign;
  const divisor = gcd(n < 0n ? -n : n, d);
  return { numerator: n / divisor, denominator: d / divisor };
}

/** Plain mean of the fractions; undefined for an empty list. */
export function meanOf(fractions: readonly Fraction[]): Fraction | undefined {
  if (fractions.length === 0) return undefined;
  const sum = fractions.reduce((total, f) =>
    fraction(
      total.numerator * f.denominator + f.numerator * total.denominator,
      total.denominator * f.denominator,
    ),
  );
  return fraction(sum.numerator, sum.denominator * BigInt(fractions.length));
}

/** Largest integer not above the fraction. */
export function floorOf(f: Fraction): number {
  const quotient = f.numerator / f.denominator; // bigint division truncates toward zero
  const isNegativeWithRest = f.numerator < 0n && quotient * f.denominator !== f.numerator;
  return Number(isNegativeWithRest ? quotient - 1n : quotient);
}

/** The fraction in tenths, rounded half up (toward +∞ at exactly .x5): 9/4 → 23, i.e. 2.3. */
export function tenthsHalfUp(f: Fraction): number {
  // tenths = floor(10·n/d + 1/2) = floor((20·n + d) / (2·d))
  return floorOf(fraction(20n * f.numerator + f.denominator, 2n * f.denominator));
}

/** Nearest float, for charts and comparisons. */
export function toNumber(f: Fraction): number {
  return Number(f.numerator) / Number(f.denominator);
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? (a === 0n ? 1n : a) : gcd(b, a % b);
}

/** An exact score as shown to people, computed on integers: 9/4 → "2.3". */
export function formatFraction(value: Fraction): string {
  return formatTenths(tenthsHalfUp(value));
}

/** A change as shown to people, always with its sign: +0.4, −1.0, 0.0 (rounded half up). */
export function formatDelta(value: Fraction): string {
  const tenths = tenthsHalfUp(value);
  if (tenths === 0) return '0.0';
  const sign = tenths > 0 ? '+' : '\u2212';
  return `${sign}${formatTenths(Math.abs(tenths))}`;
}

/** The difference b − a, exact. */
export function minus(b: Fraction, a: Fraction): Fraction {
  return fraction(
    b.numerator * a.denominator - a.numerator * b.denominator,
    b.denominator * a.denominator,
  );
}

/** Writes a whole number of tenths as a decimal: 23 → "2.3", 30 → "3.0", −5 → "-0.5". */
function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const magnitude = Math.abs(tenths);
  return `${sign}${Math.floor(magnitude / 10)}.${magnitude % 10}`;
}
