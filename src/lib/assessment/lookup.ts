import type { Answer, AssessmentFile } from '../../schemas/assessment-file.ts';
import type { BankQuestion } from '../../schemas/bank.ts';

export type AnswerOption = BankQuestion['options'][number];

/**
 * Reads an own entry of a record. Ids are slugs, and "constructor" is a valid slug: a plain
 * `record[id]` would find Object.prototype.constructor for an unanswered question of that id.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function answerOf(
  assessment: Pick<AssessmentFile, 'answers'>,
  questionId: string,
): Answer | undefined {
  return ownEntry(assessment.answers, questionId);
}

export function noteOf(
  assessment: Pick<AssessmentFile, 'notes'>,
  questionId: string,
): string | undefined {
  return ownEntry(assessment.notes, questionId);
}

/** The option of a question for a level, found by its `level` rather than its position. */
export function optionAt(question: BankQuestion, level: number): AnswerOption | undefined {
  return question.options.find((option) => option.level === level);
}

/** True for an answer that is a maturity level (as opposed to "na", "unknown" or none). */
export function isLevel(answer: Answer | undefined): answer is number {
  return typeof answer === 'number';
}
