import {
  ASSESSMENT_FORMAT,
  assessmentFileSchema,
  type AssessmentFile,
} from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { describeFieldProblem } from './describe-issue.ts';
import { importMessages, MAX_IMPORT_BYTES } from './import-messages.ts';
import { importWarnings } from './import-warnings.ts';

/** The outcome of reading a file or a share link. Never thrown: always returned. */
export type ImportResult =
  { ok: true; assessment: AssessmentFile; warnings: string[] } | { ok: false; error: string };

/** What importJson needs of a browser File (or Blob). */
export interface FileLike {
  size: number;
  text(): Promise<string>;
}

/** Reads an assessment file: validated against the file format, with warnings; never throws. */
export async function importJson(input: string | FileLike, bank: Bank): Promise<ImportResult> {
  try {
    if (typeof input !== 'string' && input.size > MAX_IMPORT_BYTES)
      return failure(importMessages.tooLarge(input.size));
    const text = typeof input === 'string' ? input : await input.text();
    return importText(text, bank);
  } catch {
    return failure(importMessages.unreadable);
  }
}

/** importJson for text already in hand. */
export function importText(text: string, bank: Bank): ImportResult {
  try {
    const size = byteLength(text);
    if (size > MAX_IMPORT_BYTES) return failure(importMessages.tooLarge(size));
    if (text.trim() === '') return failure(importMessages.empty);
    const parsed = parseJson(text);
    return parsed.ok ? importValue(parsed.value, bank) : failure(importMessages.notJson);
  } catch {
    return failure(importMessages.unreadable);
  }
}

/** Validates a parsed JSON value as an assessment file. */
export function importValue(value: unknown, bank: Bank): ImportResult {
  if (!isRecord(value) || value['format'] !== ASSESSMENT_FORMAT)
    return failure(importMessages.notOurFormat);
  if (value['version'] !== 1) return failure(importMessages.unsupportedVersion(value['version']));
  const result = assessmentFileSchema.safeParse(value, { reportInput: true });
  if (!result.success)
    return failure(importMessages.invalidFields(result.error.issues.map(describeFieldProblem)));
  return { ok: true, assessment: result.data, warnings: importWarnings(result.data, bank) };
}

export function failure(error: string): ImportResult {
  return { ok: false, error };
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
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).byteLength;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
