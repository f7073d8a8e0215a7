import { z } from 'astro/zod';
import { levelSchema, slugSchema } from './common.ts';

/** Identifies an assessment file among other JSON documents. */
export const ASSESSMENT_FORMAT = 'administer-to-operate/assessment';

/** An answer: a level 1 to 5, "na" (not applicable) or "unknown" (don't know). Unanswered questions are absent. */
export const answerSchema = z.union([levelSchema, z.literal('na'), z.literal('unknown')]);

/** Who answered, when the respondent chose to say. */
export const respondentSchema = z.object({
  /** Name or initials of the respondent. */
  name: z.string().trim().max(120).optional(),
  /** Role of the respondent: a role slug or free text. */
  role: z.string().trim().max(80).optional(),
});

/** An exported assessment (JSON, version 1). Imports are validated against this schema. */
export const assessmentFileSchema = z.object({
  /** Always "administer-to-operate/assessment". */
  format: z.literal(ASSESSMENT_FORMAT),
  /** Version of this file format: 1. */
  version: z.literal(1),
  /** The question bank the answers were given against. */
  bank: z.object({
    /** `version` of /assessment/bank.json at the time of the last answer. */
    version: z.string().min(1).max(64),
  }),
  /** Name of the assessment, for example "Q1 baseline". */
  title: z.string().trim().min(1).max(120),
  /** Who answered, if they said. */
  respondent: respondentSchema.optional(),
  /** When the assessment was started (ISO 8601). */
  createdAt: z.iso.datetime({ offset: true }),
  /** When an answer, note or target last changed (ISO 8601). */
  updatedAt: z.iso.datetime({ offset: true }),
  /** Slugs of the areas in scope; empty means every area. */
  scope: z.array(slugSchema).max(100),
  /** Role the questionnaire is narrowed to (a role slug, as in `?role=`); absent means every role. */
  focusRole: slugSchema.optional(),
  /** Target level per area slug; areas without one use the bank's default target. */
  targets: z.record(slugSchema, levelSchema),
  /** Answer per question id. */
  answers: z.record(slugSchema, answerSchema),
  /** Note per question id; for a "na" answer the note is the reason. */
  notes: z.record(slugSchema, z.string().max(4000)),
});

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
export type Answer = z.infer<typeof answerSchema>;
