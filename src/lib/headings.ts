import GithubSlugger from 'github-slugger';

/** A Markdown heading found in a body: its depth, text and the id the site gives it. */
export interface BodyHeading {
  depth: number;
  text: string;
  slug: string;
  /** 1-based line within the body. */
  line: number;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Lists the headings of a Markdown/MDX body with the ids Astro gives them (github-slugger,
 * one slugger per document), so anchors can be checked before the site is built.
 */
export function bodyHeadings(body: string): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((raw, index) => {
    if (FENCE.test(raw)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(raw);
    if (!match?.[1] || !match[2]) return;
    const text = plainText(match[2]);
    headings.push({ depth: match[1].length, text, slug: slugger.slug(text), line: index + 1 });
  });
  return headings;
}

/** Strips inline Markdown (links, emphasis, code marks) down to the text a reader sees. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}
