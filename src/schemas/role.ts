import { z } from 'astro/zod';
import { textSchema, type RefFactory } from './common.ts';

/** Frontmatter of a stakeholder role (content/roles/<slug>.md). */
export const roleSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Name of the role group, for example "Security and compliance". */
    title: textSchema(3, 60),
    /** Position in role lists. */
    order: z.number().int().min(1),
    /** One sentence for role cards and the meta description. */
    summary: textSchema(50, 160),
    /** What people in this role are responsible for across A2O. */
    responsibilities: z.array(textSchema(20, 300)).min(3),
    /** Job titles the catalog and its flow data use for this kind of person, for example "Security Lead". */
    catalogRoles: z.array(textSchema(2, 60)).default([]),
    /** Where to start: the first concrete things a newcomer in this role does, in order. */
    firstSteps: z.array(textSchema(20, 300)).min(3),
    /** Onboarding path: training modules in the order a newcomer should take them. */
    path: z.array(ref('training')).default([]),
  });

export type Role = z.infer<ReturnType<typeof roleSchema>>;
