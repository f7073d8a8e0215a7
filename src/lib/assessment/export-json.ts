import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import { toAssessmentFile } from './file-format.ts';

/** The assessment as a JSON file (format version 1), pretty-printed; lossless and re-importable. */
export function exportJson(assessment: AssessmentFile): string {
  return `${JSON.stringify(toAssessmentFile(assessment), null, 2)}\n`;
}

/** A file name for a download: "q1-baseline-2025-05-01.json". */
export function exportFileName(
  assessment: Pick<AssessmentFile, 'title' | 'updatedAt'>,
  extension: string,
): string {
  const stem = assessment.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'assessment'}-${assessment.updatedAt.slice(0, 10)}.${extension}`;
}
