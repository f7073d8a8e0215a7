import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ASSESSMENT_FORMAT, type AssessmentFile } from '../../../src/schemas/assessment-file.ts';
import { bankSchema, type Bank } from '../../../src/schemas/bank.ts';
import { importText } from '../../../src/lib/assessment/file-import.ts';

const FIXTURES = new URL('../../fixtures/assessment/', import.meta.url);

/** The text of a file in tests/fixtures/assessment. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** The sample bank: 3 areas (weights 1,2,3 / 1,3 / 2,1), default target 3. */
export const bank: Bank = bankSchema.parse(JSON.parse(fixtureText('bank.json')));

/** A valid assessment of the sample bank with no answers, changed by `overrides`. */
export function makeAssessment(overrides: Partial<AssessmentFile> = {}): AssessmentFile {
  return {
    format: ASSESSMENT_FORMAT,
    version: 2,
    bank: { version: bank.version },
    title: 'Test assessment',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    scope: [],
    targets: {},
    answers: {},
    notes: {},
    ...overrides,
  };
}

/** A FileLike as importJson reads it (a browser File has the same two members). */
export function fileLike(text: string, size = new TextEncoder().encode(text).byteLength) {
  return { size, text: () => Promise.resolve(text) };
}

/** A fixture assessment file, read by the importer (so version 1 files arrive upgraded). */
export function fixtureFile(name: string): AssessmentFile {
  const result = importText(fixtureText(name), bank);
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.assessment;
}

/** A CSV as a spreadsheet reads it: BOM dropped, quotes resolved, one object per row. */
export function readCsv(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { bom: true, columns: true });
}
