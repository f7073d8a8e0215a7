import { z } from 'astro/zod';
import { dateSchema, slugSchema, textSchema } from './common.ts';

/** What kind of change a dated update records. */
export const updateKindSchema = z.enum(['correction', 'addition', 'change']);

/** A path on this site, such as "/areas/licensing/#limits". */
export const sitePathSchema = z
  .string()
  .regex(
    /^\/(?!\/)\S*$/,
    'must be a path on this site starting with "/", for example "/areas/licensing/"',
  );

/** A dated content change (an entry of content/updates.yaml), listed on /updates/ and in its feed. */
export const updateSchema = z.strictObject({
  /** Stable key, also the entry's anchor and feed id, for example "2026-12-bcdr-model". */
  id: slugSchema,
  /** The day the change was published. */
  date: dateSchema,
  /** What changed, in a few words. */
  title: textSchema(5, 120),
  /** What changed and why it matters to a reader, in one to three sentences. */
  summary: textSchema(20, 700),
  /** A correction of something wrong, an addition, or a change that follows the product. */
  kind: updateKindSchema,
  /** The pages it changed, as site paths; the first one is where the feed links. */
  pages: z.array(sitePathSchema).min(1),
});

export type Update = z.infer<typeof updateSchema>;
