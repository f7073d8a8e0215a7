import {
  ASSESSMENT_FORMAT,
  FILE_VERSION,
  assessmentFileSchema,
  assessmentFileV1Schema,
  type AssessmentFile,
} from '../../schemas/assessment-file.ts';
import { isRecord, upgrade } from './file-format.ts';
import type { Bank } from '../../schemas/bank.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { describeIssue, formatFieldPath, respondentWords } from '../describe-problem.ts';
import { retiredAnswers } from './findings.ts';
import { ignoredScope } from './scope.ts';

/**
 * Reading an assessment file or a parsed share link (DESIGN.md, "Assessment state, files and
 * links"), with messages that say exactly what is wrong. Loaded only when something is imported.
 */

/** The outcome of reading a file or a share link. Never thrown: always returned. */
export type ImportResult =
  { ok: true; assessment: AssessmentFile; warnings: string[] } | { ok: false; error: string };

/** What importJson needs of a browser File (or Blob). */
export interface FileLike {
  size: number;
  text(): Promise<string>;
}

/** Most field problems listed in one message; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 3;
const MAX_LISTED_IDS = 5;

/** The messages a failed import shows, word for word (tests and the UI rely on them). */
export const importMessages = {
  tooLarge: (bytes: number) =>
    `This file is too large (${megabytes(bytes)} MB): an assessment file is at most ${megabytes(LIMITS.importBytes)} MB.`,
  empty: 'This file is empty.',
  unreadable: 'This file could not be read.',
  notJson: 'This file is not JSON, so it is not an assessment file.',
  notOurFormat: 'This is not an Administer to Operate assessment file.',
  unsupportedVersion: (version: unknown) => {
    if (version === undefined)
      return 'This assessment file does not say which format version it uses (expected 1 or 2).';
    if (typeof version === 'string' && /^\s*\d+\s*$/.test(version))
      return `This assessment file writes its format version as text ("${version.trim()}"); it must be the number 1 or 2.`;
    if (typeof version !== 'number')
      return 'This assessment file has a format version that is not a number (expected 1 or 2).';
    const newer = version > FILE_VERSION ? ' It was made by a newer version of the site.' : '';
    return `This assessment file uses format version ${version}; this site reads versions 1 and 2.${newer}`;
  },
  invalidFields: (problems: readonly string[]) => {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
    const rest = problems.length - MAX_LISTED_PROBLEMS;
    const more = rest > 0 ? `; and ${rest} more problem${rest === 1 ? '' : 's'}` : '';
    return `This assessment file has invalid fields: ${listed}${more}.`;
  },
  damagedLink: 'This share link is damaged or incomplete. Ask for the link again.',
  linkTooLarge: `This share link holds more than ${megabytes(LIMITS.importBytes)} MB once unpacked, more than any assessment: it was not opened.`,
} as const;

/** Reads an assessment file: validated against the file format, with warnings; never throws. */
export async function importJson(input: string | FileLike, bank: Bank): Promise<ImportResult> {
  try {
    if (typeof input !== 'string' && input.size > LIMITS.importBytes)
      return failure(importMessages.tooLarge(input.size));
    const text = typeof input === 'string' ? input : await input.text();
    return importText(text, bank);
  } catch {
    return failure(importMessages.unreadable);
  }
}

/** importJson for text already in hand. */
export function importText(text: string, bank: Bank): ImportResult {
  const size = byteLength(text);
  if (size > LIMITS.importBytes) return failure(importMessages.tooLarge(size));
  if (text.trim() === '') return failure(importMessages.empty);
  const parsed = parseJson(text);
  return parsed.ok ? importValue(parsed.value, bank) : failure(importMessages.notJson);
}

/** Validates a parsed JSON value as an assessment file of version 1 or 2; version 1 is upgraded. */
export function importValue(value: unknown, bank: Bank): ImportResult {
  if (!isRecord(value) || value['format'] !== ASSESSMENT_FORMAT)
    return failure(importMessages.notOurFormat);
  const version = value['version'];
  if (version !== 1 && version !== 2) return failure(importMessages.unsupportedVersion(version));
  // zod drops "__proto__" keys of records without a word; the file is refused instead.
  const hidden = protoKeyPath(value, []);
  if (hidden)
    return failure(
      importMessages.invalidFields([
        `field ${formatFieldPath(hidden)}: ${respondentWords.invalidKey}`,
      ]),
    );
  const schema = version === 1 ? assessmentFileV1Schema : assessmentFileSchema;
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success)
    return failure(
      importMessages.invalidFields(
        result.error.issues.map((issue) => {
          const where = formatFieldPath(issue.path) || 'the file';
          return `${where === 'the file' ? 'the file' : `field ${where}`}: ${describeIssue(issue, respondentWords)}`;
        }),
      ),
    );
  const assessment = result.data.version === 1 ? upgrade(result.data) : result.data;
  return { ok: true, assessment, warnings: importWarnings(assessment, bank) };
}

export function failure(error: string): ImportResult {
  return { ok: false, error };
}

/** What a successful import should tell the user: nothing is dropped, but not all of it is used. */
export function importWarnings(file: AssessmentFile, bank: Bank): string[] {
  const retired = retiredAnswers(file, bank).map((entry) => entry.questionId);
  const ignored = ignoredScope(bank, file);
  return [
    file.bank.version === bank.version
      ? ''
      : `This file was made with another version of the question bank (${file.bank.version}); answers are matched to questions by id.`,
    retired.length === 0 ? '' : retiredWarning(retired),
    ignored.areas.length === 0
      ? ''
      : `Unknown areas in the file's scope are ignored: ${list(ignored.areas)}.`,
    ignored.role === undefined ? '' : `Unknown role "${ignored.role}" in the file is ignored.`,
  ].filter(Boolean);
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

/** The path of the first own "__proto__" key anywhere in a parsed JSON value. */
function protoKeyPath(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = protoKeyPath(item, [...path, index]);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    if (Object.hasOwn(value, '__proto__')) return [...path, '__proto__'];
    for (const [key, item] of Object.entries(value)) {
      const found = protoKeyPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse rejects.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** UTF-8 size; a string longer than the limit is too large whatever its characters. */
function byteLength(text: string): number {
  return text.length > LIMITS.importBytes ? text.length : new TextEncoder().encode(text).byteLength;
}

/** Megabytes with one decimal, rounded up so a file just over the limit never reads "1.0 MB". */
function megabytes(bytes: number): string {
  return (Math.ceil(bytes / ((1024 * 1024) / 10)) / 10).toFixed(1);
}
