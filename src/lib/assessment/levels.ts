import type { Answer } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';

/** How the two answers that are not levels are written in exports and reports. */
export const ANSWER_WORDS = { na: 'N/A', unknown: "Don't know" } as const;

/** Name of a maturity level from the bank, for example "Defined". */
export function levelName(bank: Pick<Bank, 'levels'>, level: number): string {
  return bank.levels.find((entry) => entry.level === level)?.name ?? `Level ${level}`;
}

/** An answer in words: the level's name, "N/A", "Don't know", or "" when unanswered. */
export function answerInWords(bank: Pick<Bank, 'levels'>, answer: Answer | undefined): string {
  if (answer === undefined) return '';
  if (answer === 'na' || answer === 'unknown') return ANSWER_WORDS[answer];
  return levelName(bank, answer);
}
