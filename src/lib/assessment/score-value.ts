import { floorOf, toNumber, type Fraction } from './fraction.ts';
import { formatFraction } from './rounding.ts';

/** A score as the results show it. Every field derives from the same exact fraction. */
export interface Score {
  /** The score as a float (for charts and sorting); never shown as is. */
  value: number;
  /** Rounded half up to one decimal, for example "3.3". */
  display: string;
  /** The maturity level reached: floor of the exact score, 1 to 5. */
  level: number;
}

export function scoreOf(exact: Fraction): Score {
  return { value: toNumber(exact), display: formatFraction(exact), level: floorOf(exact) };
}
