import { z } from 'astro/zod';
import { appsSchema } from './apps.ts';
import { linkSchema, slugSchema, textSchema } from './common.ts';

/** A term that trips up new administrators (an entry of content/glossary.yaml). */
export const glossaryTermSchema = z.strictObject({
  /** Stable key and anchor: /glossary/#<id>. */
  id: slugSchema,
  /** The term as pages write it, for example "Batch job". */
  term: textSchema(2, 60),
  /** Other spellings linked to this entry on area pages, for example "batch jobs". */
  matches: z.array(textSchema(2, 60)).default([]),
  /** What it is, and how it differs from the terms it is confused with. */
  definition: textSchema(40, 900),
  /** The apps the term belongs to, where not all. */
  appliesTo: appsSchema.optional(),
  /** Ids of other glossary terms to compare it with. */
  related: z.array(slugSchema).default([]),
  /** Where to read more: a page of this site or a Microsoft Learn page. */
  see: z
    .array(
      z.strictObject({
        /** Link text. */
        title: textSchema(3, 120),
        /** A path on this site or an https URL. */
        url: linkSchema,
      }),
    )
    .default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
