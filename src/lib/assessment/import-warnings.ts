import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { retiredAnswers } from './retired.ts';
import { ignoredScope } from './scope.ts';

const MAX_LISTED_IDS = 5;

/** What a successful import should tell the user: nothing is dropped, but not all of it is used. */
export function importWarnings(file: AssessmentFile, bank: Bank): string[] {
  const retired = retiredAnswers(file, bank).map((entry) => entry.questionId);
  const ignored = ignoredScope(bank, file);
  return [
    file.bank.version === bank.version ? '' : otherBankVersion(file.bank.version),
    retired.length === 0 ? '' : retiredWarning(retired),
    ignored.areas.length === 0
      ? ''
      : `Unknown areas in the file's scope are ignored: ${list(ignored.areas)}.`,
    ignored.role === undefined ? '' : `Unknown role "${ignored.role}" in the file is ignored.`,
  ].filter(Boolean);
}

function otherBankVersion(version: string): string {
  return `This file was made with another version of the question bank (${version}); answers are matched to questions by id.`;
}

function retiredWarning(ids: readonly string[]): string {
  const count =
    ids.length === 1
      ? '1 answer is for a question that is'
      : `${ids.length} answers are for questions that are`;
  return `${count} no longer in the question bank: kept as retired, not scored (${list(ids)}).`;
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED_IDS).join(', ');
  const rest = items.length - MAX_LISTED_IDS;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}
