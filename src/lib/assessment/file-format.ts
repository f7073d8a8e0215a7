import {
  ASSESSMENT_FORMAT,
  type AssessmentFile,
  type AssessmentFileV1,
} from '../../schemas/assessment-file.ts';

/**
 * The assessment file format (DESIGN.md, "Assessment state, files and links") as this site
 * writes it: exactly the documented fields, in their order, nothing store-only.
 */

/** A version 1 file as version 2: nothing changes but the version (no plan, no milestone yet). */
export function upgrade(file: AssessmentFileV1): AssessmentFile {
  return { ...file, version: 2 };
}

/**
 * The fields of the file format, in documented order, copied from any assessment-shaped value.
 * Store-only fields (such as `id`) are left out, so what is exported is exactly the format.
 */
export function toAssessmentFile(assessment: AssessmentFile): AssessmentFile {
  const { respondent, focusRole, plan, milestone, carriedOver } = assessment;
  return {
    format: ASSESSMENT_FORMAT,
    version: 2,
    bank: { version: assessment.bank.version },
    title: assessment.title,
    ...(respondent && { respondent: definedFields(respondent) }),
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    scope: [...assessment.scope],
    ...(focusRole !== undefined && { focusRole }),
    targets: { ...assessment.targets },
    answers: { ...assessment.answers },
    notes: { ...assessment.notes },
    ...(plan && { plan: copyRecord(plan) }),
    ...(milestone && { milestone: { ...milestone } }),
    ...(carriedOver && {
      carriedOver: { from: { ...carriedOver.from }, unreviewed: [...carriedOver.unreviewed] },
    }),
  };
}

/** The assessment as a JSON file (format version 2), pretty-printed; lossless and re-importable. */
export function exportJson(assessment: AssessmentFile): string {
  return `${JSON.stringify(toAssessmentFile(assessment), null, 2)}\n`;
}

/** A file name for a download: "q1-baseline-2025-05-01.json". */
export function exportFileName(
  assessment: Pick<AssessmentFile, 'title' | 'updatedAt'>,
  extension: string,
  suffix = '',
): string {
  const stem = slugify(assessment.title) || 'assessment';
  return `${stem}${suffix ? `-${suffix}` : ''}-${assessment.updatedAt.slice(0, 10)}.${extension}`;
}

/** Lower-case ASCII words joined by hyphens, at most 60 characters: for file names. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function definedFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** A shallow copy of a record whose values are objects, own properties only. */
function copyRecord<T extends object>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, { ...value }]));
}
