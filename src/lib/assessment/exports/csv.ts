import type { AssessmentFile } from '../../../schemas/assessment-file.ts';
import type { Bank } from '../../../schemas/bank.ts';
import { answerInWords, levelName, ownEntry, percent } from '../bank.ts';
import type { AssessmentResults } from '../scoring.ts';
import { areasInScope } from '../scope.ts';

/** CSV the way spreadsheets read it, and the two CSV exports of an assessment. */

/** Cells that a spreadsheet would run as a formula (CSV injection); tab and CR also start one. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Excel reads a UTF-8 file as such (accents intact) only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** A plain number ("+0.4", "-1.0", "75%"): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

/** One cell, defused and quoted per RFC 4180 (quotes doubled inside quotes). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV document: BOM, comma separated, every record ended by CRLF. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export const ANSWERS_CSV_HEADER = [
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
export function exportAnswersCsv(assessment: AssessmentFile, bank: Bank): string {
  const rows = areasInScope(bank, assessment).flatMap(({ area, questions }) =>
    questions.map((question) => {
      const answer = ownEntry(assessment.answers, question.id);
      return [
        area.catalogId,
        area.title,
        question.id,
        question.title,
        String(question.weight),
        answer === undefined ? '' : String(answer),
        answerInWords(bank, answer),
        ownEntry(assessment.notes, question.id) ?? '',
      ];
    }),
  );
  return csvDocument([ANSWERS_CSV_HEADER, ...rows]);
}

export const RESULTS_CSV_HEADER = [
  'Area id',
  'Area',
  'Score',
  'Level',
  'Level name',
  'Range low',
  'Range high',
  'Rated',
  "Don't know",
  'Not applicable',
  'Unanswered',
  'Questions',
  'Completion',
  'Target',
  'Gap to target',
];

/**
 * One row per area and a last row for the overall score: the figures a manager asks for.
 * Numbers are written as numbers (3.3, 75%) so a spreadsheet can chart them.
 */
export function exportResultsCsv(results: AssessmentResults, bank: Bank): string {
  const rows = results.areas.map((area) => [
    area.area.catalogId,
    area.area.title,
    area.score?.display ?? '',
    area.score ? String(area.score.level) : '',
    area.score
      ? levelName(bank, area.score.level)
      : area.noQuestionsForRole
        ? 'no questions for this role'
        : 'not scored',
    area.range?.open ? area.range.low.display : '',
    area.range?.open ? area.range.high.display : '',
    String(area.completion.rated),
    String(area.completion.unknown),
    String(area.completion.na),
    String(area.completion.unanswered),
    String(area.completion.total),
    percent(area.completion.ratio),
    String(area.target),
    area.score ? String(Math.max(0, area.target - area.score.level)) : '',
  ]);
  const { overall, overallRange, completion } = results;
  const total = [
    '',
    'Overall (mean of area scores)',
    overall?.display ?? '',
    overall ? String(overall.level) : '',
    overall ? levelName(bank, overall.level) : 'not scored',
    overallRange?.open ? overallRange.low.display : '',
    overallRange?.open ? overallRange.high.display : '',
    String(completion.rated),
    String(completion.unknown),
    String(completion.na),
    String(completion.unanswered),
    String(completion.total),
    percent(completion.ratio),
    '',
    '',
  ];
  return csvDocument([RESULTS_CSV_HEADER, ...rows, total]);
}
