// Written with zod/mini, not astro/zod: this schema runs in the browser on every load and import,
// and zod's classic API cannot be tree-shaken (it would add ~25 kB gzipped to the assessment).
import * as z from 'zod/mini';
import { SLUG_MESSAGE, SLUG_PATTERN } from './patterns.ts';

/** Identifies an assessment file among other JSON documents. */
export const ASSESSMENT_FORMAT = 'administer-to-operate/assessment';

/** An area slug, role slug or question id. */
export const fileSlugSchema = z.string().check(z.regex(SLUG_PATTERN, SLUG_MESSAGE));

/** A maturity level, 1 to 5. */
export const fileLevelSchema = z.int().check(z.minimum(1), z.maximum(5));

/** An answer: a level 1 to 5, "na" (not applicable) or "unknown" (don't know). Unanswered questions are absent. */
export const answerSchema = z.union([fileLevelSchema, z.literal('na'), z.literal('unknown')]);

/** Who answered, when the respondent chose to say. */
export const respondentSchema = z.object({
  /** Name or initials of the respondent. */
  name: z.optional(z.string().check(z.trim(), z.maxLength(120))),
  /** Role of the respondent: a role slug or free text. */
  role: z.optional(z.string().check(z.trim(), z.maxLength(80))),
});

/** The name of an assessment. */
export const titleSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

/** A point in time, ISO 8601 with a time zone. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A note on a question; for a "na" answer, the reason. */
export const noteSchema = z.string().check(z.maxLength(4000));

/** An exported assessment (JSON, version 1). Imports are validated against this schema. */
export const assessmentFileSchema = z.object({
  /** Always "administer-to-operate/assessment". */
  format: z.literal(ASSESSMENT_FORMAT),
  /** Version of this file format: 1. */
  version: z.literal(1),
  /** The question bank the answers were given against. */
  bank: z.object({
    /** `version` of /assessment/bank.json at the time of the last answer. */
    version: z.string().check(z.minLength(1), z.maxLength(64)),
  }),
  /** Name of the assessment, for example "Q1 baseline". */
  title: titleSchema,
  /** Who answered, if they said. */
  respondent: z.optional(respondentSchema),
  /** When the assessment was started (ISO 8601). */
  createdAt: timestampSchema,
  /** When an answer, note or target last changed (ISO 8601). */
  updatedAt: timestampSchema,
  /** Slugs of the areas in scope; empty means every area. */
  scope: z.array(fileSlugSchema).check(z.maxLength(100)),
  /** Role the questionnaire is narrowed to (a role slug, as in `?role=`); absent means every role. */
  focusRole: z.optional(fileSlugSchema),
  /** Target level per area slug; areas without one use the bank's default target. */
  targets: z.record(fileSlugSchema, fileLevelSchema),
  /** Answer per question id. */
  answers: z.record(fileSlugSchema, answerSchema),
  /** Note per question id; for a "na" answer the note is the reason. */
  notes: z.record(fileSlugSchema, noteSchema),
});

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
export type Answer = z.infer<typeof answerSchema>;
