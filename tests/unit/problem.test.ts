import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, type Problem } from '../../src/lib/validation/problem.ts';
import { formatFieldPath } from '../../src/lib/describe-problem.ts';

describe('problem formatting', () => {
  it('writes field paths the way YAML reads', () => {
    expect(formatFieldPath(['questions', 3, 'options', 2, 'advice'])).toBe(
      'questions[3].options[2].advice',
    );
  });
  it('puts file, line, field and message on one line', () => {
    expect(
      formatProblem({ file: 'content/a.yaml', line: 4, path: 'title', message: 'is missing' }),
    ).toBe('content/a.yaml:4: title: is missing');
  });
  it('leaves out the line when it is not known', () => {
    expect(formatProblem({ file: 'content/a.yaml', path: 'title', message: 'is missing' })).toBe(
      'content/a.yaml: title: is missing',
    );
  });
  it('leaves out the field when the problem is about the whole file', () => {
    expect(
      formatProblem({ file: 'content/roles/', path: '', message: 'the folder is missing' }),
    ).toBe('content/roles/: the folder is missing');
    expect(
      formatProblem({ file: 'content/a.md', line: 1, path: '', message: 'no frontmatter' }),
    ).toBe('content/a.md:1: no frontmatter');
  });
});

describe('the problem report', () => {
  const problem = (file: string, line: number | undefined, message: string): Problem => ({
    file,
    line,
    path: '',
    message,
  });

  it('counts one problem in the singular', () => {
    expect(formatReport([problem('content/a.md', 2, 'wrong')], 'content/ has problems')).toBe(
      'content/ has problems (1 problem):\n  content/a.md:2: wrong',
    );
  });

  it('counts two problems in the plural', () => {
    const report = formatReport(
      [problem('content/a.md', 2, 'wrong'), problem('content/b.md', 1, 'also wrong')],
      'Heading',
    );
    expect(report.split('\n')[0]).toBe('Heading (2 problems):');
  });

  it('says there are 0 problems when the list is empty', () => {
    expect(formatReport([], 'Heading')).toBe('Heading (0 problems):');
  });

  it('sorts the problems by file, then by line within a file, one indented line each', () => {
    const report = formatReport(
      [
        problem('content/b.md', 3, 'b three'),
        problem('content/a.md', 12, 'a twelve'),
        problem('content/b.md', 1, 'b one'),
        problem('content/a.md', 2, 'a two'),
      ],
      'Heading',
    );
    expect(report.split('\n').slice(1)).toEqual([
      '  content/a.md:2: a two',
      '  content/a.md:12: a twelve',
      '  content/b.md:1: b one',
      '  content/b.md:3: b three',
    ]);
  });

  it('puts a problem of a whole file before the problems on its lines', () => {
    const report = formatReport(
      [
        problem('content/a.md', 4, 'on line four'),
        problem('content/a.md', undefined, 'whole file'),
      ],
      'Heading',
    );
    expect(report.split('\n').slice(1)).toEqual([
      '  content/a.md: whole file',
      '  content/a.md:4: on line four',
    ]);
  });

  it('keeps the order in which they were found for problems on the same line', () => {
    const report = formatReport(
      [problem('content/a.md', 4, 'first found'), problem('content/a.md', 4, 'second found')],
      'Heading',
    );
    expect(report.split('\n').slice(1)).toEqual([
      '  content/a.md:4: first found',
      '  content/a.md:4: second found',
    ]);
  });

  it('does not reorder the list it was given', () => {
    const problems = [problem('content/b.md', 1, 'b'), problem('content/a.md', 1, 'a')];
    formatReport(problems, 'Heading');
    expect(problems.map((p) => p.file)).toEqual(['content/b.md', 'content/a.md']);
  });
});
