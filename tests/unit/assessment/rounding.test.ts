import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorOf, fraction, meanOf, tenthsHalfUp } from '../../../src/lib/assessment/fraction.ts';
import {
  formatRatio,
  formatScore,
  formatTenths,
  roundHalfUp,
} from '../../../src/lib/assessment/rounding.ts';

describe('display rounding: half up to one decimal', () => {
  it.each([
    [9, 4, '2.3'], // 2.25: a float rounding (toFixed) would give 2.2
    [47, 20, '2.4'], // 2.35: stored as 2.35000000000000008882 in binary
    [21, 20, '1.1'], // 1.05
    [23, 20, '1.2'], // 1.15: 1.15 × 10 is 11.499999999999998 in binary
    [89, 20, '4.5'], // 4.45
    [20, 6, '3.3'], // 3.333…
    [10, 3, '3.3'],
    [11, 3, '3.7'], // 3.666…
    [3, 1, '3.0'],
    [5, 1, '5.0'],
    [7, 6, '1.2'], // 1.1666…
  ])('%i/%i shows as %s', (numerator, denominator, shown) => {
    expect(formatRatio(numerator, denominator)).toBe(shown);
  });

  it.each([
    [2.25, '2.3'],
    [2.35, '2.4'],
    [1.05, '1.1'],
    [1.15, '1.2'],
    [4.45, '4.5'],
    [2.3499999, '2.3'],
    [3, '3.0'],
    [20 / 6, '3.3'],
  ])('the float %d shows as %s', (value, shown) => {
    expect(formatScore(value)).toBe(shown);
  });

  it('rounds floats half up at other precisions too', () => {
    expect(roundHalfUp(2.675, 2)).toBe(2.68); // 2.67499999999999982236431605997495353221893310546875 in binary
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
  });

  it('writes tenths as decimals', () => {
    expect([formatTenths(23), formatTenths(30), formatTenths(5), formatTenths(-23)]).toEqual([
      '2.3',
      '3.0',
      '0.5',
      '-2.3',
    ]);
  });

  it('rounds exact midpoints up (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (tenths) => {
        // (2·tenths + 1) / 20 is exactly tenths/10 + 0.05
        expect(tenthsHalfUp(fraction(2 * tenths + 1, 20))).toBe(tenths + 1);
        expect(formatScore((2 * tenths + 1) / 20)).toBe(formatTenths(tenths + 1));
      }),
    );
  });

  it('agrees with integer arithmetic for every score a bank can produce (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 1500 }),
        (denominator, raw) => {
          const numerator = raw % (5 * denominator + 1);
          const expected = Math.floor((20 * numerator + denominator) / (2 * denominator)); // exact on integers
          expect(tenthsHalfUp(fraction(numerator, denominator))).toBe(expected);
          expect(formatScore(numerator / denominator)).toBe(formatRatio(numerator, denominator));
        },
      ),
    );
  });
});

describe('exact fractions', () => {
  it('reduce to lowest terms and take floors exactly', () => {
    expect(fraction(20, 6)).toEqual({ numerator: 10n, denominator: 3n });
    expect(fraction(3, -6)).toEqual({ numerator: -1n, denominator: 2n });
    expect(floorOf(fraction(20, 6))).toBe(3);
    expect(floorOf(fraction(18, 6))).toBe(3);
    expect(floorOf(fraction(-1, 2))).toBe(-1);
  });

  it('take plain means exactly', () => {
    expect(meanOf([fraction(10, 3), fraction(9, 4)])).toEqual(fraction(67, 24));
    expect(meanOf([])).toBeUndefined();
  });
});
