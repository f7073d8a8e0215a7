import { TRAINING } from '../../schemas/limits.ts';

/**
 * Grading of a knowledge check (DESIGN.md, "Trainers' kit"). The same functions grade the check
 * on a module page, in an embedded module and in the SCORM package, so a learner passes or fails
 * by one rule everywhere.
 */

/** What grading needs of a check: per question, the index of its one right option. */
export type CheckKey = readonly number[];

/** The option a learner chose per question; undefined where they chose none. */
export type CheckAnswers = readonly (number | undefined)[];

export interface QuestionGrade {
  /** The option chosen. */
  chosen: number;
  /** The right option. */
  right: number;
  correct: boolean;
}

export interface CheckResult {
  /** Questions answered right. */
  right: number;
  total: number;
  /** Right answers as a whole percentage, what an LMS records as the raw score. */
  score: number;
  passed: boolean;
  questions: QuestionGrade[];
}

export type Grading =
  | { complete: true; result: CheckResult }
  /** Questions (indexes) left without an answer: nothing is graded until every one has one. */
  | { complete: false; unanswered: number[] };

/** Right answers needed to pass a check of `total` questions. */
export function rightNeeded(total: number, passMark: number = TRAINING.passMark): number {
  return Math.ceil((total * passMark) / 100);
}

/** Grades a check whose every question has an answer; else names the questions without one. */
export function gradeCheck(key: CheckKey, answers: CheckAnswers): Grading {
  const unanswered = key.flatMap((_, i) => (answers[i] === undefined ? [i] : []));
  if (unanswered.length > 0 || key.length === 0) return { complete: false, unanswered };
  const questions = key.map((right, i) => {
    const chosen = answers[i]!;
    return { chosen, right, correct: chosen === right };
  });
  const right = questions.filter((q) => q.correct).length;
  const total = key.length;
  return {
    complete: true,
    result: {
      right,
      total,
      score: Math.round((right * 100) / total),
      passed: right >= rightNeeded(total),
      questions,
    },
  };
}

/** The pass mark in words, as the page states it: "4 of 5 right (80 %)" or "all 4 right". */
export function passMarkText(total: number): string {
  const needed = rightNeeded(total);
  return needed === total
    ? `all ${total} right`
    : `${needed} of ${total} right (${TRAINING.passMark} %)`;
}

/** The result as the live region announces it, for example "3 of 4 right: not passed." */
export function resultText(result: Pick<CheckResult, 'right' | 'total' | 'passed'>): string {
  const head = `${result.right} of ${result.total} right: ${result.passed ? 'passed' : 'not passed'}.`;
  if (result.passed)
    return result.right === result.total
      ? `${head} Every answer is right.`
      : `${head} Read the explanations of the ones you missed.`;
  return `${head} You need ${passMarkText(result.total)}. Read the explanations and try again.`;
}

/** The message for a check sent with questions left open ("Answer question 2 and 4 first."). */
export function unansweredText(unanswered: readonly number[]): string {
  const numbers = unanswered.map((i) => String(i + 1));
  const list =
    numbers.length === 1
      ? `question ${numbers[0]}`
      : `questions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return `Answer ${list} first: every question needs an answer.`;
}
