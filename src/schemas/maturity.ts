import { z } from 'astro/zod';
import { levelSchema, textSchema } from './common.ts';

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
