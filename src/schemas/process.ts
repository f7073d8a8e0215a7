import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** The three bands of the catalog's overview diagram. */
export const processGroupSchema = z.enum(['manage', 'primary', 'support']);

/** One end-to-end process of the catalog (an entry of content/processes.yaml). */
export const processSchema = z.strictObject({
  /** Catalog id as a string of digits, for example "65"; it is also the entry's key. */
  id: z.string().regex(/^\d{2}$/, 'must be the two-digit catalog id in quotes, for example "65"'),
  /** Current name, for example "Order to cash". */
  name: textSchema(3, 60),
  /** Band in the catalog's overview diagram: manage work, primary, or support work. */
  group: processGroupSchema,
  /** Earlier names still seen in older diagrams, for example "Procure to pay". */
  formerNames: z.array(textSchema(3, 60)).default([]),
  /** One sentence on what the process covers. */
  summary: textSchema(30, 200),
});

export type EndToEndProcess = z.infer<typeof processSchema>;
