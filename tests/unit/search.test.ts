import { describe, expect, it } from 'vitest';
import { nextResultIndex, shortcutLabel } from '../../src/lib/search/keyboard.ts';
import {
  pagefindFilters,
  parseSearchParams,
  searchPageUrl,
  wordsFromPath,
} from '../../src/lib/search/query.ts';
import { rankResults, safeExcerpt, toResultView } from '../../src/lib/search/results.ts';
import { questionRecords } from '../../src/lib/search/question-records.ts';
import bank from '../fixtures/assessment/bank.json' with { type: 'json' };
import { bankSchema } from '../../src/schemas/bank.ts';

describe('search filters', () => {
  it('asks Pagefind for any of the values within a filter, and leaves out empty filters', () => {
    expect(pagefindFilters({ type: ['Guidance', 'Role'], area: [], role: ['IT support'] })).toEqual(
      {
        type: { any: ['Guidance', 'Role'] },
        role: { any: ['IT support'] },
      },
    );
  });

  it('round-trips a search through the search page address', () => {
    const url = searchPageUrl(' batch job ', {
      type: ['Question'],
      area: ['99.40 Background jobs'],
      role: [],
    });
    expect(url).toBe('/search/?q=batch+job&type=Question&area=99.40+Background+jobs');
    expect(parseSearchParams(url.split('?')[1]!)).toEqual({
      query: 'batch job',
      selection: { type: ['Question'], area: ['99.40 Background jobs'], role: [] },
    });
  });

  it('gives the bare search page for an empty search', () => {
    expect(searchPageUrl('  ', {})).toBe('/search/');
  });
});

describe('search results', () => {
  it('keeps only <mark> in excerpts', () => {
    expect(safeExcerpt('a <mark>RTO</mark> <img src=x onerror=alert(1)> b')).toBe(
      'a <mark>RTO</mark>  b',
    );
  });

  it('shows the best sections with anchors, not the page itself', () => {
    const view = toResultView(
      {
        url: '/areas/x/',
        excerpt: 'x',
        meta: { title: 'X' },
        filters: { type: ['Guidance'] },
        sub_results: [
          { url: '/areas/x/', title: 'X', excerpt: '' },
          { url: '/areas/x/#a', title: 'A', excerpt: '' },
          { url: '/areas/x/#b', title: 'B', excerpt: '' },
        ],
      },
      1,
    );
    expect(view).toMatchObject({
      title: 'X',
      type: 'Guidance',
      sections: [{ url: '/areas/x/#a', title: 'A' }],
    });
  });
});

describe('moving through results with the keyboard', () => {
  it('goes down from the field into the results and back up to the field', () => {
    expect(nextResultIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextResultIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextResultIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(nextResultIndex(0, 'ArrowUp', 3)).toBe(-1);
    expect(nextResultIndex(1, 'End', 3)).toBe(2);
  });

  it('leaves other keys and empty results alone', () => {
    expect(nextResultIndex(-1, 'ArrowDown', 0)).toBeUndefined();
    expect(nextResultIndex(-1, 'Home', 3)).toBeUndefined();
    expect(nextResultIndex(1, 'a', 3)).toBeUndefined();
  });
});

describe('question search records', () => {
  it('makes one record per question, opening it on its area page, with filters', () => {
    const parsed = bankSchema.parse(bank);
    const records = questionRecords(parsed);
    const count = parsed.areas.reduce((sum, a) => sum + a.questions.length, 0);
    expect(records).toHaveLength(count);
    const first = parsed.areas[0]!;
    expect(records[0]).toMatchObject({
      url: `/areas/${first.slug}/#q-${first.questions[0]!.id}`,
      filters: { type: ['Assessment question'], area: [`${first.catalogId} ${first.shortTitle}`] },
    });
  });
});

describe('result order', () => {
  const result = (type: string, n: number) => ({
    data: { url: `/${type}/${n}`, excerpt: '', meta: {}, filters: { type: [type] } },
  });
  it('puts guidance first, other pages next and questions last, each in the order found', () => {
    const ranked = rankResults([
      result('Assessment question', 1),
      result('Guidance', 2),
      result('Assessment question', 3),
      result('Role', 4),
      result('Guidance', 5),
    ]);
    expect(ranked.map((r) => r.data.url)).toEqual([
      '/Guidance/2',
      '/Guidance/5',
      '/Role/4',
      '/Assessment question/1',
      '/Assessment question/3',
    ]);
  });
});

describe('the search shortcut', () => {
  it('reads ⌘ K on Apple devices and Ctrl K elsewhere', () => {
    expect(shortcutLabel('macOS')).toBe('⌘ K');
    expect(shortcutLabel('MacIntel')).toBe('⌘ K');
    expect(shortcutLabel('iPad')).toBe('⌘ K');
    expect(shortcutLabel('Windows')).toBe('Ctrl K');
    expect(shortcutLabel('Linux x86_64')).toBe('Ctrl K');
  });
});

describe('the 404 page search', () => {
  it('starts from the words of the address that was not found', () => {
    expect(wordsFromPath('/areas/licencing-and-entitlments/')).toBe('licencing entitlments');
    expect(wordsFromPath('/training/batch_job%20monitoring.html')).toBe(
      'training batch job monitoring',
    );
    expect(wordsFromPath('/99/')).toBe('');
    expect(wordsFromPath('/%E0%A4%A/')).toBe('');
  });
});
