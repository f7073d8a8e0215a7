import { z } from 'astro/zod';
import { httpsUrlSchema, slugSchema, textSchema, type RefFactory } from './common.ts';

/** Kinds of resource, used to group the resources page. */
export const resourceKindSchema = z.enum([
  'implementation-guide',
  'catalog',
  'documentation',
  'tool',
  'community',
]);

/** One related resource (an entry of content/resources.yaml). */
export const resourceSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Stable key, lower-case with hyphens. */
    id: slugSchema,
    /** Title as the publisher gives it. */
    title: textSchema(3, 120),
    /** Where it lives: an https URL. */
    url: httpsUrlSchema,
    /** What kind of resource it is. */
    kind: resourceKindSchema,
    /** One line, in our words, on why a reader would open it. */
    summary: textSchema(20, 240),
    /** A2O areas it helps with; it is listed on their pages. */
    areas: z.array(ref('areas')).default([]),
  });

export type Resource = z.infer<ReturnType<typeof resourceSchema>>;
