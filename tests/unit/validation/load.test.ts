import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/validation/load.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import { changedTree, type TreeChange } from './fixture-tree.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Loads the valid fixture tree after the changes; the problems of loading and schemas only. */
function load(...changes: TreeChange[]) {
  const { root, cleanup } = changedTree(...changes);
  cleanups.push(cleanup);
  const loaded = loadContent(root);
  return { ...loaded, messages: loaded.problems.map(formatProblem).sort() };
}

const AREA_WITHOUT_FRONTMATTER = 'The alpha area exists only for tests.\n';

describe('loading content/', () => {
  it('names files as content/… unless told another label', () => {
    const { root, cleanup } = changedTree({ file: 'processes.yaml', delete: true });
    cleanups.push(cleanup);
    expect(loadContent(root).problems.map(formatProblem)).toEqual([
      'content/processes.yaml: the file is missing',
    ]);
    expect(loadContent(root, 'site/content').problems.map(formatProblem)).toEqual([
      'site/content/processes.yaml: the file is missing',
    ]);
  });

  it('reads every collection of the valid tree, with ids from file names and entries', () => {
    const { content, messages, invalid } = load();
    expect(messages).toEqual([]);
    expect(invalid.size).toBe(0);
    expect(content.areas.map((a) => a.id)).toEqual(['alpha', 'beta']);
    expect(content.pages.map((p) => p.id)).toEqual(['about']);
    expect(content.glossary.map((t) => t.id)).toEqual(['drill', 'restore']);
    expect(content.processes.map((p) => p.id)).toEqual(['50', '99']);
    expect(content.maturity.map((m) => m.id)).toEqual(['model']);
  });

  it('a list file that does not exist is reported as missing', () => {
    expect(load({ file: 'glossary.yaml', delete: true }).messages).toEqual([
      'content/glossary.yaml: the file is missing',
    ]);
  });

  it('a missing maturity.yaml is reported as missing, and no model is loaded', () => {
    const { messages, content } = load({ file: 'maturity.yaml', delete: true });
    expect(messages).toEqual(['content/maturity.yaml: the file is missing']);
    expect(content.maturity).toEqual([]);
  });

  it('a folder that does not exist is reported as missing, with a trailing slash', () => {
    const { messages, content } = load({ file: 'roles', delete: true });
    expect(messages).toEqual(['content/roles/: the folder is missing']);
    expect(content.roles).toEqual([]);
  });

  it('reads a folder in the order JavaScript gives the names, not the order of the listing', () => {
    // The listing (libuv) sorts by UTF-8 bytes, which puts U+FFFD before U+10000; JavaScript's
    // sort compares UTF-16 units and puts U+10000 (a surrogate pair) first. Both names are wrong.
    const { root, cleanup } = changedTree(
      { file: 'areas/\uFFFD.md', copy: 'areas/alpha.md' },
      { file: 'areas/\u{10000}.md', copy: 'areas/alpha.md' },
    );
    cleanups.push(cleanup);
    const { problems } = loadContent(root);
    expect(problems.map((problem) => problem.file)).toEqual([
      'content/areas/\u{10000}.md',
      'content/areas/\uFFFD.md',
    ]);
  });

  it('a file whose name starts with "_" is a draft and is not read', () => {
    const { messages, content } = load({ file: 'areas/_gamma.md', write: 'not even frontmatter' });
    expect(messages).toEqual([]);
    expect(content.areas.map((a) => a.id)).toEqual(['alpha', 'beta']);
  });

  it('a file whose name starts with "." is hidden and is not read', () => {
    const { messages, content } = load({ file: 'areas/.gamma.md', write: 'not even frontmatter' });
    expect(messages).toEqual([]);
    expect(content.areas.map((a) => a.id)).toEqual(['alpha', 'beta']);
  });

  it('a file of another type in a folder that reads two types names both', () => {
    expect(load({ file: 'pages/notes.txt', write: 'notes' }).messages).toEqual([
      'content/pages/notes.txt: only .md and .mdx files are read in content/pages/: rename it, or start its name with "_" to keep it as a draft',
    ]);
  });

  it('both types of a folder that reads two are loaded, with the extension cut from the id', () => {
    const { messages, content } = load({ file: 'pages/contact.md', copy: 'pages/about.mdx' });
    expect(messages).toEqual([]);
    expect(content.pages.map((p) => p.id)).toEqual(['about', 'contact']);
  });

  it('a Markdown file without frontmatter is reported on line 1 and left out', () => {
    const { messages, content, invalid } = load({
      file: 'areas/alpha.md',
      write: AREA_WITHOUT_FRONTMATTER,
    });
    expect(messages).toEqual([
      'content/areas/alpha.md:1: the file must start with frontmatter: a line "---", the YAML fields, and another "---"',
    ]);
    expect(content.areas.map((a) => a.id)).toEqual(['beta']);
    // It exists, so other entries that name it are not told it is missing.
    expect([...invalid]).toEqual(['areas/alpha']);
  });

  it('an entry that fails its schema is left out and remembered as existing', () => {
    const { messages, content, invalid } = load({
      file: 'roles/auditors.md',
      replace: 'order: 2',
      with: 'order: two',
    });
    expect(messages).toEqual([
      'content/roles/auditors.md:3: order: should be a number, but it is text',
    ]);
    expect(content.roles.map((r) => r.id)).toEqual(['admins']);
    expect([...invalid]).toEqual(['roles/auditors']);
  });

  it('a YAML error in frontmatter is reported at its line in the file, not in the frontmatter', () => {
    const { messages, invalid } = load({
      file: 'roles/auditors.md',
      replace: 'title: Fixture auditors',
      with: 'title: Fixture: auditors',
    });
    expect(messages).toEqual([
      'content/roles/auditors.md:2: the YAML cannot be read at column 8: Nested mappings are not allowed in compact mappings (put text that contains ": " in quotes)',
    ]);
    expect([...invalid]).toEqual(['roles/auditors']);
  });

  it('a YAML error in a file of a YAML folder leaves that entry out', () => {
    const { content, invalid, messages } = load({
      file: 'questions/beta.yaml',
      replace: 'questions:',
      with: 'questions:\nquestions:',
    });
    expect(messages).toEqual([
      'content/questions/beta.yaml:1: the YAML cannot be read at column 11: Map keys must be unique',
    ]);
    expect(content.questions.map((q) => q.id)).toEqual(['alpha']);
    expect([...invalid]).toEqual(['questions/beta']);
  });

  it('a YAML error other than a mapping gets no hint about quotes', () => {
    const { messages } = load({ file: 'glossary.yaml', write: '- id: a\n  id: b\n' });
    expect(messages).toEqual([
      'content/glossary.yaml:2: the YAML cannot be read at column 3: Map keys must be unique',
    ]);
  });

  it('a broken maturity.yaml is reported and no model is loaded', () => {
    const { messages, content } = load({
      file: 'maturity.yaml',
      replace: 'defaultTarget: 3',
      with: 'defaultTarget: 3\ndefaultTarget: 4',
    });
    expect(messages).toEqual([
      'content/maturity.yaml:2: the YAML cannot be read at column 1: Map keys must be unique',
    ]);
    expect(content.maturity).toEqual([]);
  });

  it('a list file that is not a list says each entry starts with "- id:"', () => {
    const { messages, content } = load({ file: 'updates.yaml', write: 'id: first-update\n' });
    expect(messages).toEqual([
      'content/updates.yaml:1: must be a list of entries, each starting with "- id: …"',
    ]);
    expect(content.updates).toEqual([]);
  });

  it('a field missing from an entry of a list file is reported on the line where the entry starts', () => {
    const { messages } = load({
      file: 'glossary.yaml',
      replace: '  term: Point-in-time restore\n',
      with: '',
    });
    expect(messages).toEqual(['content/glossary.yaml:9: [1].term: is missing']);
  });

  it('an entry without an id is remembered by its position, "#2" for the second', () => {
    const { invalid, content } = load({ file: 'processes.yaml', replace: '- id: "99"', with: '-' });
    expect([...invalid]).toEqual(['processes/#2']);
    expect(content.processes.map((p) => p.id)).toEqual(['50']);
  });

  it('an id written as a number is still the id of the entry that failed', () => {
    const { invalid, messages } = load({
      file: 'processes.yaml',
      replace: 'id: "50"',
      with: 'id: 50',
    });
    expect(messages).toEqual([
      'content/processes.yaml:1: [0].id: should be text: put it in quotes, for example "50"',
    ]);
    expect([...invalid]).toEqual(['processes/50']);
  });

  it('an unknown field is reported on the line of its own key', () => {
    const { messages } = load({
      file: 'processes.yaml',
      replace: '  group: support',
      with: '  group: support\n  colour: blue',
    });
    expect(messages).toEqual([
      'content/processes.yaml:8: [1]: unknown field "colour": check the spelling, or remove it',
    ]);
  });

  it('an empty frontmatter is read as no fields at all: each required field is missing', () => {
    const { messages } = load({ file: 'roles/auditors.md', write: '---\n\n---\nText.\n' });
    expect(messages).toEqual(
      ['title', 'order', 'summary', 'responsibilities', 'firstSteps']
        .map((field) => `content/roles/auditors.md: ${field}: is missing`)
        .sort(),
    );
  });

  it('keeps the body after the frontmatter and counts the frontmatter lines before it', () => {
    const { content } = load();
    const alpha = content.areas.find((a) => a.id === 'alpha');
    expect(alpha?.body?.startsWith('\nThe alpha area exists only for tests.')).toBe(true);
    expect(alpha?.bodyOffset).toBe(76);
  });
});
