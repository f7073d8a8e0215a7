import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { loadContent } from '../../src/lib/validation/load.ts';
import { bodyHeadings } from '../../src/lib/headings.ts';
import { countWords } from '../../src/lib/word-count.ts';

// The real content/ folder, checked like the build checks it, plus the promises of the content issue.
describe('content/', () => {
  const { content } = loadContent('content');

  it('passes every schema and rule', () => {
    expect(validateContent('content').map(formatProblem)).toEqual([]);
  });

  it('covers the 13 areas of the catalog with their 132 business processes', () => {
    expect(content.areas.map((a) => a.data.catalogId).sort()).toEqual(
      ['01', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55', '60', '65'].map(
        (n) => `99.${n}`,
      ),
    );
    expect(content.areas.reduce((sum, a) => sum + a.data.processes.length, 0)).toBe(132);
    expect(content.areas.flatMap((a) => a.data.processes.map((p) => p.id))).toContain('99.20.300');
  });

  it('has the 8 roles, the 15 end-to-end processes, and at least 6 questions per area and 90 in all', () => {
    expect(content.roles).toHaveLength(8);
    expect(content.processes).toHaveLength(15);
    const counts = content.questions.map((q) => q.data.questions.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(6);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(90);
  });

  it('covers every business process of an area with at least one question', () => {
    const covered = new Set(
      content.questions.flatMap((q) => q.data.questions.flatMap((question) => question.processes)),
    );
    const uncovered = content.areas
      .flatMap((a) => a.data.processes.map((p) => p.id))
      .filter((id) => !covered.has(id));
    expect(uncovered).toEqual([]);
  });

  // Depth below, and above the size at which a page outgrows the 25 kB HTML budget of guidance
  // pages (checked on dist/ by the page classes; this catches it before a build).
  it('gives every area page between 1,500 and 5,000 words', () => {
    for (const area of content.areas) {
      const words = countWords(area.body) + countWords(area.data);
      expect(words, area.id).toBeGreaterThanOrEqual(1500);
      expect(words, area.id).toBeLessThanOrEqual(5000);
    }
  });
});

describe('heading ids', () => {
  it('follow github-slugger, one slugger per document, as Astro does', () => {
    const slugs = bodyHeadings(
      '### RTO, RPO and the *BIA*\n```\n### not a heading\n```\n### Drills\n### Drills',
    ).map((h) => h.slug);
    expect(slugs).toEqual(['rto-rpo-and-the-bia', 'drills', 'drills-1']);
  });
});
