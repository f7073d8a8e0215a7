import { z } from 'astro/zod';
import { areaCatalogIdSchema, levelSchema, slugSchema, textSchema } from './common.ts';
import { questionFieldsSchema } from './question.ts';
import { maturityLevelSchema } from './maturity.ts';
import { BANK_FORMAT } from './patterns.ts';

export { BANK_FORMAT };

/** A question as published in the bank: roles are plain role slugs. */
export const bankQuestionSchema = questionFieldsSchema.extend({
  /** Roles best placed to answer, as slugs of /roles/<slug>/. */
  roles: z.array(slugSchema).min(1),
});

/** An area of the bank with its questions. */
export const bankAreaSchema = z.object({
  /** Area slug: its page is /areas/<slug>/ and its questions are answered under this scope. */
  slug: slugSchema,
  /** Catalog id, for example "99.10". */
  catalogId: areaCatalogIdSchema,
  /** Area name. */
  title: textSchema(3, 80),
  /** Short name for charts and tabs. */
  shortTitle: textSchema(3, 28),
  /** Questions in the order respondents see them. */
  questions: z.array(bankQuestionSchema).min(1),
});

/** A role that questions can be scoped to. */
export const bankRoleSchema = z.object({
  /** Role slug, as used in questions' `roles` and in `?role=` links. */
  slug: slugSchema,
  /** Role name. */
  title: textSchema(3, 60),
});

/** The question bank served at /assessment/bank.json: a public, versioned format. */
export const bankSchema = z.object({
  /** Always "administer-to-operate/bank". */
  format: z.literal(BANK_FORMAT),
  /** Stable hash of the bank's content; it changes whenever a question, option, weight or level changes. */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  /** Target level of an area until the user sets another. */
  defaultTarget: levelSchema,
  /** The five maturity levels. */
  levels: z.array(maturityLevelSchema).length(5),
  /** The roles questions name. */
  roles: z.array(bankRoleSchema),
  /** The areas in catalog order, each with its questions. */
  areas: z.array(bankAreaSchema).min(1),
});

export type Bank = z.infer<typeof bankSchema>;
export type BankArea = z.infer<typeof bankAreaSchema>;
export type BankQuestion = z.infer<typeof bankQuestionSchema>;
