import { z } from 'astro/zod';
import { SLUG_MESSAGE, SLUG_PATTERN } from './patterns.ts';

/** The collections that entries may reference. */
export type CollectionName = 'areas' | 'roles' | 'training' | 'processes' | 'resources';

/**
 * Builds the schema of a reference to another collection. Astro passes its own `reference()`;
 * the content validator passes `slugRef`, which yields the same `{ id, collection }` shape
 * without needing Astro's runtime, so one schema serves both.
 */
export type RefFactory = (
  collection: CollectionName,
) => z.ZodType<{ id: string; collection: string }>;

/** Lower-case words joined by single hyphens: the form of every id and slug in content/. */
export const slugSchema = z.string().regex(SLUG_PATTERN, SLUG_MESSAGE);

/** Reference factory for code that runs outside Astro (validator, tests). */
export const slugRef: RefFactory = (collection) =>
  slugSchema.transform((id) => ({ id, collection }));

/** A catalog id of a business process area, such as 99.10. */
export const areaCatalogIdSchema = z
  .string()
  .regex(/^99\.\d{2}$/, 'must be "99." followed by two digits, for example "99.10"');

/** A catalog id of a business process (level 3), such as 99.25.040. */
export const processCatalogIdSchema = z
  .string()
  .regex(/^99\.\d{2}\.\d{3}$/, 'must look like "99.25.040" (area id, a dot, three digits)');

/** A maturity level, 1 (Initial) to 5 (Optimizing). */
export const levelSchema = z.number().int().min(1).max(5);

/** One paragraph of plain text: no line breaks at the ends, not empty. */
export const textSchema = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `is too short: write at least ${min} characters`)
    .max(max, `is too long: keep it under ${max} characters`);

/** A link: an https URL, or a path on this site that starts with "/". */
export const linkSchema = z
  .string()
  .refine(
    (url) => (url.startsWith('/') && !url.startsWith('//')) || isHttpsUrl(url),
    'must be an https:// URL or a path on this site starting with "/"',
  );

/** An external link: a well-formed https URL. */
export const httpsUrlSchema = z.string().refine(isHttpsUrl, 'must be a well-formed https:// URL');

function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.includes('.');
}

/** A calendar date, written YYYY-MM-DD in YAML. */
export const dateSchema = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** Hosts whose pages count as Microsoft's own documentation for a fact with a number or a date. */
export const MICROSOFT_SOURCE_HOSTS = [
  'learn.microsoft.com',
  'go.microsoft.com',
  'www.microsoft.com',
  'aka.ms',
];

/** Where Microsoft states a fact: a Microsoft Learn page or the licensing guide. */
export const sourceSchema = z.strictObject({
  /** Title of the page as Microsoft gives it. */
  title: textSchema(3, 160),
  /** Its address: an https URL on learn.microsoft.com, go.microsoft.com, www.microsoft.com or aka.ms. */
  url: httpsUrlSchema.refine(
    (url) => URL.canParse(url) && MICROSOFT_SOURCE_HOSTS.includes(new URL(url).hostname),
    `must be a page on ${MICROSOFT_SOURCE_HOSTS.join(', ')}: a number or a date needs Microsoft's own word`,
  ),
});

/** How many months may pass before a page is due for its next review. */
export const reviewEverySchema = z.number().int().min(1).max(24);
