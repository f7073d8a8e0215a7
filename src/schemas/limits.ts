/**
 * Sizes the assessment accepts, in one place: the file format's schema, the store's actions, the
 * inputs' maxLength and the importer's messages all read them from here.
 */
export const LIMITS = {
  /** Characters in an assessment's title (and a milestone's name). */
  title: 120,
  /** Characters in the respondent's name. */
  respondentName: 120,
  /** Characters in the respondent's role. */
  respondentRole: 80,
  /** Characters in a note on a question. */
  note: 4000,
  /** Areas named in a scope. */
  scopeAreas: 100,
  /** Characters in the bank version a file names. */
  bankVersion: 64,
  /** Characters in a plan entry's owner. */
  planOwner: 120,
  /** Characters in a plan entry's note. */
  planNote: 2000,
  /** Bytes of an assessment file, or of a share link once inflated. */
  importBytes: 1024 * 1024,
  /** Respondents a team round takes. */
  teamRespondents: 200,
} as const;

/**
 * Rules of the trainers' kit (DESIGN.md, "Trainers' kit"), in one place: the module pages, the
 * grading, the SCORM manifest (mastery score) and the progress store read them from here.
 */
export const TRAINING = {
  /** Share of right answers that passes a knowledge check, in percent (4 of 5; all of 3 or 4). */
  passMark: 80,
  /** Characters in a learner's name on a shared PC. */
  learnerName: 60,
  /** Learners kept on one device. */
  learners: 50,
} as const;
