import { describe, expect, it } from 'vitest';
import {
  floorOf,
  formatDelta,
  formatFraction,
  fraction,
  meanOf,
  minus,
  tenthsHalfUp,
} from '../../../src/lib/assessment/fraction.ts';

// The exact arithmetic under every score, on its own: signs, lowest terms, floors below zero.

describe('fraction', () => {
  it('is kept in lowest terms', () => {
    expect(fraction(6, 4)).toEqual({ numerator: 3n, denominator: 2n });
    expect(fraction(20, 6)).toEqual({ numerator: 10n, denominator: 3n });
  });

  it('keeps its sign in the numerator, with a positive denominator', () => {
    expect(fraction(1, -2)).toEqual({ numerator: -1n, denominator: 2n });
    expect(fraction(-2, 4)).toEqual({ numerator: -1n, denominator: 2n });
    expect(fraction(-3, -6)).toEqual({ numerator: 1n, denominator: 2n });
  });

  it('writes zero as 0/1, whatever the denominator', () => {
    expect(fraction(0, 5)).toEqual({ numerator: 0n, denominator: 1n });
    expect(fraction(0, -5)).toEqual({ numerator: 0n, denominator: 1n });
  });
});

describe('floorOf', () => {
  it('is the largest integer not above the fraction, also below zero', () => {
    expect(floorOf(fraction(7, 2))).toBe(3);
    expect(floorOf(fraction(-3, 2))).toBe(-2);
    expect(floorOf(fraction(-4, 2))).toBe(-2);
    expect(floorOf(fraction(-1, 3))).toBe(-1);
    expect(floorOf(fraction(0, 1))).toBe(0);
  });
});

describe('showing fractions', () => {
  it('rounds half up, toward +∞, also below zero', () => {
    expect(tenthsHalfUp(fraction(9, 4))).toBe(23);
    expect(tenthsHalfUp(fraction(-9, 4))).toBe(-22);
    expect(tenthsHalfUp(fraction(-1, 2))).toBe(-5);
  });

  it('writes whole tenths with one decimal and a minus for negative values', () => {
    expect(formatFraction(fraction(9, 4))).toBe('2.3');
    expect(formatFraction(fraction(3, 1))).toBe('3.0');
    expect(formatFraction(fraction(-1, 2))).toBe('-0.5');
    expect(formatFraction(fraction(-23, 10))).toBe('-2.3');
  });

  it('writes zero without a sign', () => {
    expect(formatFraction(fraction(0, 1))).toBe('0.0');
    expect(formatFraction(fraction(-1, 100))).toBe('0.0');
  });

  it('writes a change with its sign, and no change as 0.0', () => {
    expect(formatDelta(fraction(2, 5))).toBe('+0.4');
    expect(formatDelta(fraction(-1, 1))).toBe('\u22121.0');
    expect(formatDelta(fraction(-3, 4))).toBe('\u22120.7');
    expect(formatDelta(fraction(1, 100))).toBe('0.0');
  });
});

describe('arithmetic', () => {
  it('subtracts exactly: 22/9 − 17/8 = 23/72', () => {
    expect(minus(fraction(22, 9), fraction(17, 8))).toEqual({ numerator: 23n, denominator: 72n });
    expect(minus(fraction(1, 2), fraction(3, 4))).toEqual({ numerator: -1n, denominator: 4n });
  });

  it('takes the plain mean, and has none of an empty list', () => {
    expect(meanOf([fraction(10, 3), fraction(9, 4)])).toEqual({
      numerator: 67n,
      denominator: 24n,
    });
    expect(meanOf([fraction(5, 1)])).toEqual({ numerator: 5n, denominator: 1n });
    expect(meanOf([])).toBeUndefined();
  });
});
