import { z } from 'astro/zod';
import {
  levelSchema,
  processCatalogIdSchema,
  slugSchema,
  textSchema,
  type RefFactory,
} from './common.ts';

/** One answer option of a question: the practice a team would observe at one maturity level. */
export const optionSchema = z.strictObject({
  /** The maturity level this option stands for, 1 to 5. */
  level: levelSchema,
  /** The practice as a team would observe it in its own estate. */
  label: textSchema(20, 400),
  /** The concrete next step toward the level above; required below level 5. */
  advice: textSchema(20, 600).optional(),
  /** What a team can show to prove this level: a report, an export, a document or a setting. */
  evidence: textSchema(20, 400),
});

/** The fields of a question that do not reference other collections. */
export const questionFieldsSchema = z.strictObject({
  /** Stable id, unique across the whole bank; never reuse or rename it (answers are stored by id). */
  id: slugSchema,
  /** Short title for lists and reports, for example "Recovery objectives". */
  title: textSchema(3, 80),
  /** The question as the respondent reads it. */
  prompt: textSchema(15, 300),
  /** Why this matters and how to choose an option. */
  help: textSchema(20, 800),
  /** How much the question counts in the area score: 1 (default), 2 or 3. */
  weight: z.number().int().min(1).max(3).default(1),
  /** Catalog ids of the business processes this question covers; they must belong to the area. */
  processes: z.array(processCatalogIdSchema).min(1),
  /** Anchor on the area page that explains the practice, without "#", for example "99-10-100". */
  anchor: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an anchor id without "#", for example "99-10-100"'),
  /** Exactly five options, one for each level 1 to 5. */
  options: z.array(optionSchema).length(5, 'needs exactly five options, one per level 1 to 5'),
});

/** One question of an area's questionnaire. */
export const questionSchema = (ref: RefFactory) =>
  questionFieldsSchema.extend({
    /** Roles best placed to answer (file names in content/roles). */
    roles: z.array(ref('roles')).min(1),
  });

/** A question file (content/questions/<area>.yaml): the questionnaire of the area with the same name. */
export const questionFileSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The questions in the order respondents see them. */
    questions: z.array(questionSchema(ref)).min(1),
  });

export type Question = z.infer<ReturnType<typeof questionSchema>>;
export type Option = z.infer<typeof optionSchema>;
