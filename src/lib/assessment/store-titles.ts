import { assessmentFileSchema } from '../../schemas/assessment-file.ts';

const MAX_TITLE = 120;
export const UNTITLED = 'Untitled assessment';

/** A title the file format accepts: trimmed, one line, at most 120 characters; undefined if empty. */
export function cleanTitle(title: string): string | undefined {
  const clean = title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE).trim();
  return assessmentFileSchema.shape.title.safeParse(clean).success ? clean : undefined;
}

/**
 * `title` if no other assessment has it (ignoring case), else "title (suffix)",
 * "title (suffix 2)"… With `always`, the suffix is added even when the title is free.
 */
export function uniqueTitle(
  title: string,
  suffix: string,
  taken: readonly string[],
  always = false,
): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!always && !used.has(title.toLowerCase())) return title;
  for (let n = 1; ; n += 1) {
    const tail = n === 1 ? ` (${suffix})` : ` (${suffix} ${n})`;
    const candidate = `${title.slice(0, MAX_TITLE - tail.length).trimEnd()}${tail}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
