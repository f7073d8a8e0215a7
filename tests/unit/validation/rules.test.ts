import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/index.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import { fixturesDir, materialise, readFixture } from './fixture-tree.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

// A fixed day, so fixtures about dates in the future do not change meaning as time passes.
const TODAY = new Date('2026-12-01');
const messages = (root: string) =>
  validateContent(root, 'content', TODAY).map(formatProblem).sort();

describe('content validation', () => {
  it('accepts the valid fixture tree', () => {
    expect(messages(join(fixturesDir, 'valid'))).toEqual([]);
  });

  const fixtures = readdirSync(join(fixturesDir, 'invalid')).filter((f) => f.endsWith('.yaml'));

  it.each(fixtures)('reports %s with the file, the line, the field and the reason', (name) => {
    const fixture = readFixture(name);
    const { root, cleanup } = materialise(fixture);
    cleanups.push(cleanup);
    expect(messages(root), fixture.rule).toEqual([...fixture.expect].sort());
  });
});
