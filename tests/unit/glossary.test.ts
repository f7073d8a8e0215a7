import { describe, expect, it } from 'vitest';
import { linkFirstUses, usesTerm, type LinkedTerm } from '../../src/lib/glossary.ts';

const term = (id: string, name: string, matches: string[] = []): LinkedTerm => ({
  id,
  term: name,
  matches,
  href: `/glossary/#${id}`,
});
const batch = term('batch-job', 'Batch job', ['batch jobs']);
const lcs = term('lcs', 'LCS', ['Lifecycle Services']);
const link = (id: string, text: string) =>
  `<a href="/glossary/#${id}" class="term-link">${text}</a>`;

describe('glossary links', () => {
  it('links only the first use of each term, keeping the words as the page wrote them', () => {
    const { html, linked } = linkFirstUses(
      '<p>Two batch jobs failed.</p><p>Another Batch job ran. LCS shows it.</p>',
      [batch, lcs],
    );
    expect(html).toBe(
      `<p>Two ${link('batch-job', 'batch jobs')} failed.</p><p>Another Batch job ran. ${link('lcs', 'LCS')} shows it.</p>`,
    );
    expect(linked).toEqual(['batch-job', 'lcs']);
  });

  it('links several terms inside one piece of text in the order they appear', () => {
    const { html } = linkFirstUses('<p>In Lifecycle Services, pause the batch job.</p>', [
      batch,
      lcs,
    ]);
    expect(html).toBe(
      `<p>In ${link('lcs', 'Lifecycle Services')}, pause the ${link('batch-job', 'batch job')}.</p>`,
    );
  });

  it('leaves headings, links, code, controls and marked parts alone, and looks inside emphasis', () => {
    const { html, linked } = linkFirstUses(
      [
        '<h2 id="x">Batch job</h2>',
        '<p><a href="/elsewhere">batch job</a> <code>batch job</code></p>',
        '<div data-glossary="off"><p>batch job</p></div>',
        '<p title="batch job">The <strong>batch job</strong> runs.</p>',
      ].join(''),
      [batch],
    );
    expect(linked).toEqual(['batch-job']);
    expect(html).toContain('<h2 id="x">Batch job</h2>');
    expect(html).toContain('<a href="/elsewhere">batch job</a> <code>batch job</code>');
    expect(html).toContain('<div data-glossary="off"><p>batch job</p></div>');
    // The attribute keeps its text; the use in the running text is linked.
    expect(html).toContain(
      `<p title="batch job">The <strong>${link('batch-job', 'batch job')}</strong> runs.</p>`,
    );
  });

  it('matches whole words only', () => {
    expect(usesTerm('LCSS is not it', lcs)).toBe(false);
    expect(linkFirstUses('<p>LCSS, then LCS.</p>', [lcs]).html).toBe(
      `<p>LCSS, then ${link('lcs', 'LCS')}.</p>`,
    );
  });

  it('keeps character references and other markup as they were', () => {
    const input =
      '<p>R&amp;D uses <em>LCS</em>&nbsp;daily.</p><!-- note --><img src="a.png" alt="">';
    const { html } = linkFirstUses(input, [lcs]);
    expect(html).toBe(
      `<p>R&amp;D uses <em>${link('lcs', 'LCS')}</em>&nbsp;daily.</p><!-- note --><img src="a.png" alt="">`,
    );
  });
});
