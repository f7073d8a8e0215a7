import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** Frontmatter of a stand-alone page (content/pages/<slug>.md or .mdx), served at /<slug>/. */
export const pageSchema = z.strictObject({
  /** Page title, also the browser tab title. */
  title: textSchema(3, 90),
  /** Meta description and link preview text. */
  description: textSchema(50, 160),
});

export type Page = z.infer<typeof pageSchema>;
