import { z } from 'astro/zod';
import { levelSchema, slugSchema, textSchema } from './common.ts';

/** One level of the maturity model. */
export const maturityLevelSchema = z.strictObject({
  /** The level number, 1 to 5. */
  level: levelSchema,
  /** Level name, for example "Defined". */
  name: textSchema(3, 40),
  /** One line that tells the levels apart at a glance. */
  summary: textSchema(20, 160),
  /** What an organization at this level does, across all areas. */
  description: textSchema(60, 800),
});

/** The maturity model (content/maturity.yaml): five levels and the default target per area. */
export const maturitySchema = z.strictObject({
  /** The target level every area starts with; a team can change it per area. */
  defaultTarget: levelSchema,
  /** Why the default target is what it is, shown where teams set targets. */
  targetRationale: textSchema(100, 1200).optional(),
  /** When a team should aim higher than the default, and for which areas. */
  higherTargets: z
    .array(
      z.strictObject({
        /** The situation, for example "A regulated estate (financial services, pharma)". */
        when: textSchema(10, 200),
        /** Area slugs (file names in content/areas) that deserve a higher target then. */
        areas: z.array(slugSchema).min(1),
        /** The level to aim for in those areas. */
        target: levelSchema,
        /** Why, in one or two sentences. */
        why: textSchema(30, 500),
      }),
    )
    .default([]),
  /** The five levels, in order 1 to 5. */
  levels: z
    .array(maturityLevelSchema)
    .length(5, 'needs exactly five levels')
    .refine(
      (levels) => levels.every((l, i) => l.level === i + 1),
      'levels must be 1, 2, 3, 4, 5 in that order',
    ),
});

export type MaturityModel = z.infer<typeof maturitySchema>;
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;
