import { ASSESSMENT_FORMAT, type AssessmentFile } from '../../schemas/assessment-file.ts';

/**
 * The fields of the file format, in documented order, copied from any assessment-shaped value.
 * Store-only fields (such as `id`) are left out, so what is exported is exactly the format.
 */
export function toAssessmentFile(assessment: AssessmentFile): AssessmentFile {
  const { respondent, focusRole } = assessment;
  return {
    format: ASSESSMENT_FORMAT,
    version: 1,
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
  };
}

function definedFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
