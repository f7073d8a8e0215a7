import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnswersCsv as exportCsv } from '../../../src/lib/assessment/exports/csv.ts';
import { exportMarkdown } from '../../../src/lib/assessment/exports/markdown.ts';
import { exportJson } from '../../../src/lib/assessment/file-format.ts';
import { importJson, importText } from '../../../src/lib/assessment/file-import.ts';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import { decodeShare, encodeShare } from '../../../src/lib/assessment/share.ts';
import { assessmentFileArb } from './arbitraries.ts';
import { bank, fixtureText } from './helpers.ts';

const validFile: unknown = JSON.parse(fixtureText('valid-v2.json'));

/** A valid file with one value somewhere replaced, deleted or retyped. */
const mutatedFileArb = fc
  .tuple(
    fc.array(fc.oneof({ weight: 4, arbitrary: keyOfValidFile() }, fc.string(), fc.nat(3)), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.jsonValue(),
    fc.boolean(),
  )
  .map(([path, value, remove]) => mutate(structuredClone(validFile), path, value, remove))
  .filter((mutated) => JSON.stringify(mutated) !== JSON.stringify(validFile));

describe('exchange properties', () => {
  it('import(export(x)) equals x', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentFileArb, async (file) => {
        const result = await importJson(exportJson(file), bank);
        expect(result.ok && result.assessment).toEqual(file);
      }),
    );
  });

  it('decodeShare(encodeShare(x)) equals x', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentFileArb, async (file) => {
        const result = await decodeShare(`#share=${await encodeShare(file)}`, bank);
        expect(result.ok && result.assessment).toEqual(file);
      }),
      { numRuns: 50 },
    );
  });

  it('never throws past the importer: arbitrary text, arbitrary JSON, mutated valid files', async () => {
    const inputs = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      mutatedFileArb.map((value) => JSON.stringify(value) ?? ''),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (text) => {
        const result = await importJson(text, bank);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error).toMatch(/^This .+\.$/s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws decoding arbitrary share fragments', async () => {
    const fragments = fc.oneof(
      fc.string(),
      fc.base64String().map((s) => `#share=${s}`),
      fc.stringMatching(/^#share=[A-Za-z0-9_-]{0,40}$/),
    );
    await fc.assert(
      fc.asyncProperty(fragments, async (fragment) => {
        const result = await decodeShare(fragment, bank);
        expect(result.ok ? 'ok' : result.error).toMatch(/^(ok|This .+\.)$/s);
      }),
      { numRuns: 200 },
    );
  });

  it('exports CSV and Markdown for any valid file without throwing', () => {
    fc.assert(
      fc.property(assessmentFileArb, (file) => {
        expect(exportCsv(file, bank).startsWith('\uFEFFArea id,')).toBe(true);
        expect(exportMarkdown(file, bank, scoreAssessment(file, bank))).toContain('## Areas');
      }),
    );
  });

  it('accepts only what the schema accepts: a mutated file either imports losslessly or names a field', () => {
    const refusals = [
      /^This is not an Administer to Operate assessment file\.$/,
      /^This assessment file (uses|writes|does not say|has a format version)/,
      // A field is named by a path: plain keys joined by dots, [n] for a list item, and ["…"]
      // (JSON-quoted) for a key that is not a plain word.
      /^This assessment file has invalid fields: (field (?:[\w-]|\.[\w-]|\[\d+\]|\["(?:[^"\\]|\\.)*…?"\])+|the file): .+\.$/s,
    ];
    fc.assert(
      fc.property(mutatedFileArb, (value) => {
        // Every mutation changes the file, so "accepted" is never a no-op passing by default.
        expect(value).not.toEqual(validFile);
        const text = JSON.stringify(value) ?? 'undefined';
        const result = importText(text, bank);
        if (result.ok) {
          // Whatever is accepted comes back out unchanged: nothing was dropped or invented.
          expect(JSON.parse(exportJson(result.assessment))).toEqual(JSON.parse(text));
        } else {
          expect(
            refusals.some((pattern) => pattern.test(result.error)),
            result.error,
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Keys that occur in valid.json, at any depth, so most mutations hit a real field. */
function keyOfValidFile(): fc.Arbitrary<string> {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      keys.add(key);
      visit(child);
    }
  };
  visit(validFile);
  return fc.constantFrom(...keys);
}

function mutate(
  root: unknown,
  path: readonly (string | number)[],
  value: unknown,
  remove: boolean,
): unknown {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return root;
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path[path.length - 1]!;
  if (typeof node !== 'object' || node === null) return value;
  if (remove) delete (node as Record<string | number, unknown>)[last];
  else (node as Record<string | number, unknown>)[last] = value;
  return root;
}
