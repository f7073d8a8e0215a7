import { afterEach, describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../src/lib/validation/collections.ts';
import { validateContent } from '../../../src/lib/validation/index.ts';
import { loadContent } from '../../../src/lib/validation/load.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import { checkAreas } from '../../../src/lib/validation/rules/areas.ts';
import { checkGlossary } from '../../../src/lib/validation/rules/glossary.ts';
import { checkReferences } from '../../../src/lib/validation/rules/references.ts';
import { endOfDay } from '../../../src/lib/validation/rules/updates.ts';
import { changedTree, type TreeChange } from './fixture-tree.ts';

// Rules at their edges: the last moment of today, entries of other collections that failed their
// schema, cycles that do not pass through a module, and inputs the fixtures cannot express.

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const TODAY = new Date('2026-12-01');

function validate(...changes: TreeChange[]): string[] {
  const { root, cleanup } = changedTree(...changes);
  cleanups.push(cleanup);
  return validateContent(root, 'content', TODAY).map(formatProblem).sort();
}

/** A role that fails its schema: it exists, and is remembered as "roles/<slug>". */
const brokenRole = (slug: string): TreeChange[] => [
  { file: `roles/${slug}.md`, copy: 'roles/auditors.md' },
  { file: `roles/${slug}.md`, replace: 'order: 2', with: 'order: two' },
];
const brokenRoleMessage = (slug: string) =>
  `content/roles/${slug}.md:3: order: should be a number, but it is text`;

describe('"today" lasts until its last millisecond (UTC)', () => {
  it('endOfDay is 23:59:59.999 UTC of the same day', () => {
    expect(endOfDay(new Date('2026-12-01T05:30:00Z')).toISOString()).toBe(
      '2026-12-01T23:59:59.999Z',
    );
    expect(endOfDay(new Date('2026-12-01T23:59:59.999Z')).toISOString()).toBe(
      '2026-12-01T23:59:59.999Z',
    );
  });

  it('an update, a review and a limit dated at the last millisecond of today are not in the future', () => {
    expect(
      validate(
        {
          file: 'updates.yaml',
          replace: 'date: 2026-01-15',
          with: 'date: 2026-12-01T23:59:59.999Z',
        },
        {
          file: 'areas/alpha.md',
          replace: 'lastReviewed: 2026-11-21',
          with: 'lastReviewed: 2026-12-01T23:59:59.999Z',
        },
        {
          file: 'areas/alpha.md',
          replace: 'checked: 2026-11-20',
          with: 'checked: 2026-12-01T23:59:59.999Z',
        },
      ),
    ).toEqual([]);
  });

  it('an update dated at noon today is not in the future', () => {
    expect(
      validate({
        file: 'updates.yaml',
        replace: 'date: 2026-01-15',
        with: 'date: 2026-12-01T12:00:00Z',
      }),
    ).toEqual([]);
  });

  it('an update dated at the first moment of tomorrow is', () => {
    expect(
      validate({
        file: 'updates.yaml',
        replace: 'date: 2026-01-15',
        with: 'date: 2026-12-02T00:00:00.000Z',
      }),
    ).toEqual([
      'content/updates.yaml:2: [0].date: is in the future: date an update the day it is published',
    ]);
  });
});

describe('an entry of another collection that failed its schema', () => {
  it('does not stop the order of the areas from being judged', () => {
    expect(
      validate(
        { file: 'areas/alpha.md', replace: 'order: 1', with: 'order: 3' },
        ...brokenRole('gamma'),
      ),
    ).toEqual([
      'content/areas/alpha.md:5: order: is 3, but 99.10 comes 1st in catalog order: set it to 1',
      brokenRoleMessage('gamma'),
    ]);
  });

  it('does not stop an unused glossary term from being reported', () => {
    expect(
      validate(
        {
          file: 'glossary.yaml',
          replace: '  term: Drill\n  matches: [drills]',
          with: '  term: Tabletop exercise\n  matches: []',
        },
        ...brokenRole('gamma'),
      ),
    ).toEqual([
      'content/glossary.yaml:2: [0].term: "Tabletop exercise" is not used on any area page, so nothing links to it: use it, add the spelling the pages use to "matches", or remove the entry',
      brokenRoleMessage('gamma'),
    ]);
  });

  it('is not mistaken for an area of the same name by a question file', () => {
    expect(
      validate(
        { file: 'questions/gamma.yaml', copy: 'questions/beta.yaml' },
        {
          file: 'questions/gamma.yaml',
          replace: '  - id: beta-usage',
          with: '  - id: gamma-usage',
        },
        ...brokenRole('gamma'),
      ),
    ).toEqual([
      'content/questions/gamma.yaml: there is no area named "gamma": the file name must match a file in content/areas/',
      brokenRoleMessage('gamma'),
    ]);
  });

  it('is not mistaken for an area of the same name by a higher target', () => {
    expect(
      validate(
        { file: 'maturity.yaml', replace: '    areas: [alpha]', with: '    areas: [alpha, gamma]' },
        ...brokenRole('gamma'),
      ),
    ).toEqual([
      'content/maturity.yaml:29: higherTargets[0].areas[1]: "gamma" is not an area: use a file name of content/areas/',
      brokenRoleMessage('gamma'),
    ]);
  });
});

describe('prerequisites', () => {
  it('a module whose prerequisites lead into a circle it is not part of is not reported, and the search ends', () => {
    // basics ⇄ advanced; gamma (a copy of basics) needs advanced but nothing leads back to gamma.
    expect(
      validate(
        {
          file: 'training/basics.md',
          replace: 'areas: [alpha]\n',
          with: 'areas: [alpha]\nprerequisites: [advanced]\n',
        },
        { file: 'training/gamma.md', copy: 'training/basics.md' },
      ),
    ).toEqual([
      'content/training/advanced.md:10: prerequisites: the prerequisites go round in a circle back to this module',
      'content/training/basics.md:7: prerequisites: the prerequisites go round in a circle back to this module',
    ]);
  });
});

describe('reading files', () => {
  it('frontmatter must be at the very start of the file', () => {
    expect(
      validate({ file: 'roles/auditors.md', replace: '---\ntitle', with: 'Intro\n---\ntitle' }),
    ).toEqual([
      'content/roles/auditors.md:1: the file must start with frontmatter: a line "---", the YAML fields, and another "---"',
    ]);
  });

  it('a file may end right after the closing "---", with an empty body', () => {
    const { root, cleanup } = changedTree({
      file: 'pages/extra.md',
      write:
        '---\ntitle: Extra page\ndescription: A page with frontmatter only, and no line break after it at all.\n---',
    });
    cleanups.push(cleanup);
    const { content, problems } = loadContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
    const extra = content.pages.find((page) => page.id === 'extra');
    expect(extra?.body).toBe('');
    expect(extra?.bodyOffset).toBe(3);
  });

  it('an empty item of a list file is reported, and remembered by its position', () => {
    const { root, cleanup } = changedTree({
      file: 'processes.yaml',
      replace: '- id: "50"',
      with: '-\n- id: "50"',
    });
    cleanups.push(cleanup);
    const { problems, invalid, content } = loadContent(root);
    expect(problems.map(formatProblem)).toEqual([
      'content/processes.yaml:1: [0]: should be a group of fields, but it is empty',
    ]);
    expect([...invalid]).toEqual(['processes/#1']);
    expect(content.processes.map((p) => p.id)).toEqual(['50', '99']);
  });

  it('validateContent names files as content/… unless told another label', () => {
    const { root, cleanup } = changedTree({ file: 'processes.yaml', delete: true });
    cleanups.push(cleanup);
    expect(validateContent(root, undefined, TODAY).map(formatProblem)).toContain(
      'content/processes.yaml: the file is missing',
    );
  });
});

describe('the order of areas (rules called directly)', () => {
  /** An area with nothing but a catalog id and an order: enough for the order rule. */
  const area = (catalogId: string, order: number) => ({
    id: `area-${catalogId.slice(3)}`,
    file: `content/areas/area-${catalogId.slice(3)}.md`,
    body: '',
    lineOf: () => 5,
    data: {
      catalogId,
      order,
      processes: [],
      routines: [],
      related: [],
      limits: [],
      lastReviewed: new Date('2026-01-01'),
    },
  });

  it('says where an area comes as an English ordinal: 1st, 2nd, 3rd, 4th, 11th to 13th, 21st to 23rd', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `99.${String(i + 1).padStart(2, '0')}`);
    const content = { areas: ids.map((id) => area(id, 0)) } as unknown as ContentSet;
    const ordinals = checkAreas(content, TODAY, new Set()).map(
      (problem) => /comes (\S+) in catalog order/.exec(problem.message)?.[1],
    );
    expect(ordinals).toHaveLength(23);
    expect([1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23].map((n) => ordinals[n - 1])).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '10th',
      '11th',
      '12th',
      '13th',
      '14th',
      '21st',
      '22nd',
      '23rd',
    ]);
  });
});

describe('references (rule called directly)', () => {
  /** A content set with one page whose data is `data`, and no entries to refer to. */
  const withPageData = (data: unknown) =>
    ({
      areas: [],
      roles: [],
      training: [],
      processes: [],
      resources: [],
      pages: [{ id: 'p', file: 'content/pages/p.md', lineOf: () => 3, data }],
    }) as unknown as ContentSet;
  const check = (data: unknown) => checkReferences(withPageData(data)).map(formatProblem);

  it('a missing resource names content/resources.yaml', () => {
    expect(check({ see: { id: 'catalog', collection: 'resources' } })).toEqual([
      'content/pages/p.md:3: see: "catalog" does not exist: content/resources.yaml has no entry with id "catalog"',
    ]);
  });

  it('a reference to a collection the set does not hold says so in general words', () => {
    expect(check({ see: { id: 'x', collection: 'widgets' } })).toEqual([
      'content/pages/p.md:3: see: "x" does not exist: there is no such entry in widgets',
    ]);
  });

  it('only an object of exactly "id" and "collection" is a reference', () => {
    expect(
      check({
        more: { id: 'x', collection: 'areas', note: 'a third field' },
        partial: { collection: 'areas', name: 'no id', other: 1 },
        pair: { collection: 'areas', name: 'no id' },
      }),
    ).toEqual([]);
  });
});

describe('glossary use (rule called directly)', () => {
  it('an area without a body is searched in its fields only', () => {
    const content = {
      areas: [{ id: 'a', file: 'content/areas/a.md', lineOf: () => 1, data: { title: 'Plans' } }],
      glossary: [
        {
          id: 'was-here',
          file: 'content/glossary.yaml',
          lineOf: () => 2,
          prefix: [0],
          data: { term: 'Was here', matches: [], related: [] },
        },
      ],
    } as unknown as ContentSet;
    expect(checkGlossary(content, new Set()).map(formatProblem)).toEqual([
      'content/glossary.yaml:2: [0].term: "Was here" is not used on any area page, so nothing links to it: use it, add the spelling the pages use to "matches", or remove the entry',
    ]);
  });
});
