// Written with zod/mini, not astro/zod: this schema runs in the browser on every load and import,
// and zod's classic API cannot be tree-shaken (it would add ~25 kB gzipped to the assessment).
import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';
import { SLUG_MESSAGE, SLUG_PATTERN } from './patterns.ts';

/** Identifies an assessment file among other JSON documents. */
export const ASSESSMENT_FORMAT = 'administer-to-operate/assessment';

/** The version of the file format this site writes; version 1 files still import. */
export const FILE_VERSION = 2;

/** An area slug, role slug or question id. */
export const fileSlugSchema = z.string().check(z.regex(SLUG_PATTERN, SLUG_MESSAGE));

/** A maturity level, 1 to 5. */
export const fileLevelSchema = z.int().check(z.minimum(1), z.maximum(5));

/** An answer: a level 1 to 5, "na" (not applicable) or "unknown" (don't know). Unanswered questions are absent. */
export const answerSchema = z.union([fileLevelSchema, z.literal('na'), z.literal('unknown')]);

/** One line of text with at least one character that is not a space. */
const lineSchema = (max: number) =>
  z.string().check(z.regex(/\S/, 'must not be empty'), z.maxLength(max));

/** Who answered, when the respondent chose to say. */
export const respondentSchema = z.strictObject({
  /** Name or initials of the respondent. */
  name: z.optional(z.string().check(z.maxLength(LIMITS.respondentName))),
  /** Role of the respondent: a role slug or free text. */
  role: z.optional(z.string().check(z.maxLength(LIMITS.respondentRole))),
});

/** The name of an assessment or a milestone. */
export const titleSchema = lineSchema(LIMITS.title);

/** A point in time, ISO 8601 with a time zone. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A calendar day, YYYY-MM-DD. */
export const daySchema = z.iso.date();

/** A note on a question; for a "na" answer, the reason. */
export const noteSchema = z.string().check(z.maxLength(LIMITS.note));

/** Where a plan entry stands. */
export const PLAN_STATUSES = ['open', 'planned', 'in-progress', 'done', 'wont-do'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);

/** What a team decided to do about one recommendation, kept by question id across answer changes. */
export const planEntrySchema = z.strictObject({
  /** open, planned, in-progress, done or wont-do. */
  status: planStatusSchema,
  /** Who does it. */
  owner: z.optional(lineSchema(LIMITS.planOwner)),
  /** When it is due, YYYY-MM-DD. */
  due: z.optional(daySchema),
  /** Anything the team wants to remember about it. */
  note: z.optional(z.string().check(z.maxLength(LIMITS.planNote))),
});

/** A milestone: a frozen, read-only copy of an assessment. */
export const milestoneSchema = z.strictObject({
  /** Its name, for example "Q1 baseline". */
  name: titleSchema,
  /** When it was frozen (ISO 8601). */
  frozenAt: timestampSchema,
});

/** How a new round started from a milestone: which carried-over answers nobody reviewed yet. */
export const carriedOverSchema = z.strictObject({
  /** The milestone the round started from. */
  from: z.strictObject({ name: titleSchema, frozenAt: timestampSchema }),
  /** Question ids whose answer is still the milestone's, unreviewed. */
  unreviewed: z.array(fileSlugSchema),
});

const commonFields = {
  /** Always "administer-to-operate/assessment". */
  format: z.literal(ASSESSMENT_FORMAT),
  /** The question bank the answers were given against. */
  bank: z.strictObject({
    /** `version` of /assessment/bank.json at the time of the last answer. */
    version: z.string().check(z.minLength(1), z.maxLength(LIMITS.bankVersion)),
  }),
  /** Name of the assessment, for example "Q1 baseline". */
  title: titleSchema,
  /** Who answered, if they said. */
  respondent: z.optional(respondentSchema),
  /** When the assessment was started (ISO 8601). */
  createdAt: timestampSchema,
  /** When an answer, note, target or plan entry last changed (ISO 8601). */
  updatedAt: timestampSchema,
  /** Slugs of the areas in scope; empty means every area. */
  scope: z.array(fileSlugSchema).check(z.maxLength(LIMITS.scopeAreas)),
  /** Role the questionnaire is narrowed to (a role slug, as in `?role=`); absent means every role. */
  focusRole: z.optional(fileSlugSchema),
  /** Target level per area slug; areas without one use the bank's default target. */
  targets: z.record(fileSlugSchema, fileLevelSchema),
  /** Answer per question id. */
  answers: z.record(fileSlugSchema, answerSchema),
  /** Note per question id; for a "na" answer the note is the reason. */
  notes: z.record(fileSlugSchema, noteSchema),
};

/** An exported assessment, format version 2: what this site writes and what imports are checked against. */
export const assessmentFileSchema = z.strictObject({
  ...commonFields,
  /** Version of this file format: 2. */
  version: z.literal(2),
  /** The improvement plan: an entry per question id. */
  plan: z.optional(z.record(fileSlugSchema, planEntrySchema)),
  /** Present when the assessment is a frozen milestone. */
  milestone: z.optional(milestoneSchema),
  /** Present while answers carried over from a milestone wait for review. */
  carriedOver: z.optional(carriedOverSchema),
});

/** An assessment file of format version 1 (before plans and milestones); it still imports. */
export const assessmentFileV1Schema = z.strictObject({
  ...commonFields,
  /** Version of this file format: 1. */
  version: z.literal(1),
});

/** Every file the importer accepts: version 2, or version 1 (upgraded on import). */
export const importableFileSchema = z.union([assessmentFileSchema, assessmentFileV1Schema]);

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
export type AssessmentFileV1 = z.infer<typeof assessmentFileV1Schema>;
export type Answer = z.infer<typeof answerSchema>;
export type PlanEntry = z.infer<typeof planEntrySchema>;
export type PlanStatus = z.infer<typeof planStatusSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
