import type { Answer, AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { questionIndex } from './bank-index.ts';
import { answerOf, noteOf } from './lookup.ts';

/** An answer or note to a question the bank no longer has: kept in the file, never scored. */
export interface RetiredAnswer {
  questionId: string;
  answer: Answer | undefined;
  note: string | undefined;
}

/** Answers and notes whose question id is not in the bank, answers first, in file order. */
export function retiredAnswers(assessment: AssessmentFile, bank: Bank): RetiredAnswer[] {
  const known = questionIndex(bank);
  const ids = new Set([...Object.keys(assessment.answers), ...Object.keys(assessment.notes)]);
  return [...ids]
    .filter((id) => !known.has(id))
    .map((questionId) => ({
      questionId,
      answer: answerOf(assessment, questionId),
      note: noteOf(assessment, questionId),
    }));
}
