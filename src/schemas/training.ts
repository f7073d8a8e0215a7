import { z } from 'astro/zod';
import {
  dateSchema,
  linkSchema,
  reviewEverySchema,
  textSchema,
  type RefFactory,
} from './common.ts';

/** One step of a training module: something the learner does. */
export const trainingStepSchema = z.strictObject({
  /** Short imperative title, for example "Open the Capacity page". */
  title: textSchema(3, 90),
  /** What to do and what to look for. */
  detail: textSchema(20, 800),
});

/** A link a module points learners to. */
export const trainingLinkSchema = z.strictObject({
  /** Link text. */
  title: textSchema(3, 120),
  /** An https URL or a path on this site. */
  url: linkSchema,
});

/** One answer of a knowledge-check question. */
export const checkOptionSchema = z.strictObject({
  /** The answer as the learner reads it. */
  text: textSchema(2, 300),
  /** Marks the one right answer; leave it out on the others. */
  correct: z.literal(true).optional(),
  /** Why this answer is right or wrong, shown after grading. */
  explanation: textSchema(20, 600),
});

/** A knowledge-check question: a concrete situation and three to five answers, one of them right. */
export const checkQuestionSchema = z.strictObject({
  /** The situation and the question. */
  question: textSchema(20, 500),
  /** Three to five answers; exactly one has `correct: true`. */
  options: z.array(checkOptionSchema).min(3).max(5),
});

/** Frontmatter of an onboarding module (content/training/<slug>.md). */
export const trainingSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Module title. */
    title: textSchema(3, 90),
    /** One sentence for module cards and the meta description. */
    summary: textSchema(50, 160),
    /** Position in module lists. */
    order: z.number().int().min(1),
    /** Roles the module is written for. */
    audience: z.array(ref('roles')).min(1),
    /** A2O areas the module covers. */
    areas: z.array(ref('areas')).default([]),
    /** Expected time to complete, in minutes. */
    duration: z.number().int().min(5).max(480),
    /** What the learner can do afterwards; each starts with a verb. */
    objectives: z.array(textSchema(15, 200)).min(2),
    /** Modules to take first. */
    prerequisites: z.array(ref('training')).default([]),
    /** The exercise, step by step. */
    steps: z.array(trainingStepSchema).min(2),
    /** Further reading and tools. */
    links: z.array(trainingLinkSchema).default([]),
    /** The knowledge check at the end: three to five questions. */
    check: z.array(checkQuestionSchema).min(3).max(5),
    /** Date a reviewer last checked the module against the product. */
    lastReviewed: dateSchema,
    /** Months between reviews; the page shows a notice once the next review is overdue. */
    reviewEvery: reviewEverySchema.default(12),
  });

export type Training = z.infer<ReturnType<typeof trainingSchema>>;
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;
