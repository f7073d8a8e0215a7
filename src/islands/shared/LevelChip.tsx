import { levelName, type LevelNames } from '../../lib/assessment/index.ts';

/**
 * A maturity level as everywhere on the site: a numbered chip, then the name. Colour is only a
 * second cue (the same ramp in guidance tables, questions, results, chart legend and print).
 */
export function LevelChip({ bank, level }: { bank: LevelNames; level: number }) {
  return (
    <span className={`level level--${level}`}>
      <span className="level__chip" aria-hidden="true">
        {level}
      </span>
      <span className="level__name">
        <span className="visually-hidden">Level {level}: </span>
        {levelName(bank, level)}
      </span>
    </span>
  );
}
