import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problem.ts';
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
});
