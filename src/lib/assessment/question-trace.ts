import type { Answer } from '../../schemas/assessment-file.ts';
import type { BankQuestion } from '../../schemas/bank.ts';
import { isLevel } from './lookup.ts';
import type { WeightedLevel } from './weighted-mean.ts';

/** One line of an area's explanation: what a question weighs, how it was answered, if it counts. */
export interface QuestionTrace {
  question: BankQuestion;
  weight: number;
  /** The answer; undefined when unanswered. */
  answer: Answer | undefined;
  /** True when the answer is a level, so the question counts in the score. */
  counted: boolean;
}

export function traceQuestion(question: BankQuestion, answer: Answer | undefined): QuestionTrace {
  return { question, weight: question.weight, answer, counted: isLevel(answer) };
}

/** The questions that count in the score, at their levels. */
export function scoredLevels(traces: readonly QuestionTrace[]): WeightedLevel[] {
  return traces.flatMap(({ weight, answer }) =>
    isLevel(answer) ? [{ weight, level: answer }] : [],
  );
}

/**
 * The levels of the score range: "na" is left out, "unknown" and unanswered questions count at
 * `assumed` (1 for the low end, 5 for the high end).
 */
export function levelsAssuming(traces: readonly QuestionTrace[], assumed: number): WeightedLevel[] {
  return traces
    .filter(({ answer }) => answer !== 'na')
    .map(({ weight, answer }) => ({ weight, level: isLevel(answer) ? answer : assumed }));
}
