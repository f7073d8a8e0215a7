import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { csvDocument } from './csv.ts';
import { answerInWords } from './levels.ts';
import { answerOf, noteOf } from './lookup.ts';
import { areasInScope } from './scope.ts';

export const CSV_HEADER = [
  'Area id',
  'Area',
  'Question id',
  'Question',
  'Weight',
  'Answer',
  'Level',
  'Note',
];

/** One row per question in scope, in bank order; opens in Excel with accents intact. */
export function exportCsv(assessment: AssessmentFile, bank: Bank): string {
  const rows = areasInScope(bank, assessment).flatMap(({ area, questions }) =>
    questions.map((question) => {
      const answer = answerOf(assessment, question.id);
      return [
        area.catalogId,
        area.title,
        question.id,
        question.title,
        String(question.weight),
        answer === undefined ? '' : String(answer),
        answerInWords(bank, answer),
        noteOf(assessment, question.id) ?? '',
      ];
    }),
  );
  return csvDocument([CSV_HEADER, ...rows]);
}
