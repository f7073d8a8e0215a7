import { describe, expect, it } from 'vitest';
import { slugify, toAssessmentFile } from '../../../src/lib/assessment/file-format.ts';
import {
  importJson,
  importMessages,
  importText,
  importWarnings,
} from '../../../src/lib/assessment/file-import.ts';
import {
  decodeShare,
  deflateRaw,
  inflateRaw,
  sharePayloadOf,
  toBase64Url,
} from '../../../src/lib/assessment/share.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { bank, fileLike, makeAssessment } from './helpers.ts';

// Files and share links at their edges: sizes at the limit, warnings that list many ids,
// "__proto__" anywhere, byte order marks, and share links that are not quite UTF-8.

const text = (overrides: Parameters<typeof makeAssessment>[0] = {}) =>
  JSON.stringify(makeAssessment(overrides));

describe('the file format as exported', () => {
  it('has no focusRole field when there is none', () => {
    expect(Object.keys(toAssessmentFile(makeAssessment()))).not.toContain('focusRole');
    expect(toAssessmentFile(makeAssessment({ focusRole: 'it-support' })).focusRole).toBe(
      'it-support',
    );
  });

  it('file names are cut at 60 characters without a hyphen at the end', () => {
    const title = `${'a'.repeat(59)} b`;
    expect(slugify(title)).toBe('a'.repeat(59));
    expect(slugify(`${'word '.repeat(20)}`)).toBe('word-'.repeat(12).slice(0, 59));
  });
});

describe('reading a file at its limits', () => {
  it('a file of exactly the limit is read; its size is not held against it', async () => {
    const result = await importJson(fileLike(text(), LIMITS.importBytes), bank);
    expect(result.ok).toBe(true);
  });

  it('text of exactly the limit in characters but more in UTF-8 bytes is too large', () => {
    const long = `é${'a'.repeat(LIMITS.importBytes - 1)}`;
    expect(importText(long, bank)).toEqual({
      ok: false,
      error: importMessages.tooLarge(LIMITS.importBytes + 1),
    });
  });

  it('keeps a byte order mark inside the text; only the one in front is dropped', () => {
    const result = importText(`\uFEFF${text({ title: 'a\uFEFFb' })}`, bank);
    expect(result.ok && result.assessment.title).toBe('a\uFEFFb');
    const inner = importText(text({ title: 'a\uFEFFb' }), bank);
    expect(inner.ok && inner.assessment.title).toBe('a\uFEFFb');
  });

  it('refuses a "__proto__" key inside a list, wherever it is', () => {
    const value = JSON.parse(text()) as Record<string, unknown>;
    const raw = JSON.stringify({ ...value, scope: ['access-security'] }).replace(
      '"scope":["access-security"]',
      '"scope":["access-security",{"__proto__":{"x":1}}]',
    );
    expect(importText(raw, bank)).toEqual({
      ok: false,
      error: importMessages.invalidFields([
        'field scope[1].__proto__: is not a valid id: use lower-case letters, digits and single hyphens',
      ]),
    });
  });
});

describe('import warnings', () => {
  it('count and list retired answers, five by name and the rest as a number', () => {
    const answers = Object.fromEntries(
      ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'].map((id) => [id, 2 as const]),
    );
    expect(importWarnings(makeAssessment({ answers }), bank)).toEqual([
      '7 answers are for questions that are no longer in the question bank: kept as retired, not scored (g1, g2, g3, g4, g5 and 2 more).',
    ]);
    expect(importWarnings(makeAssessment({ answers: { g1: 2, g2: 3 } }), bank)).toEqual([
      '2 answers are for questions that are no longer in the question bank: kept as retired, not scored (g1, g2).',
    ]);
    expect(
      importWarnings(makeAssessment({ answers: { g1: 2, g2: 3, g3: 4, g4: 5, g5: 1 } }), bank),
    ).toEqual([
      '5 answers are for questions that are no longer in the question bank: kept as retired, not scored (g1, g2, g3, g4, g5).',
    ]);
  });
});

describe('share links at their edges', () => {
  it('take a leading "#" off the fragment, and only that one', () => {
    expect(sharePayloadOf('#abc')).toBe('abc');
    expect(sharePayloadOf('ab#c')).toBe('ab#c');
  });

  it('refuse content that is not UTF-8, even inside a JSON string', async () => {
    const head = new TextEncoder().encode('{"format":"');
    const tail = new TextEncoder().encode('"}');
    const bytes = new Uint8Array([...head, 0xff, ...tail]);
    expect(await decodeShare(toBase64Url(await deflateRaw(bytes)), bank)).toEqual({
      ok: false,
      error: importMessages.damagedLink,
    });
  });

  it('inflate an empty or damaged input to nothing', async () => {
    expect(await inflateRaw(new Uint8Array(), 100)).toBeUndefined();
    expect(await inflateRaw(new TextEncoder().encode('undefined'), 100)).toBeUndefined();
  });

  it('refuse content nested deeper than the reader can walk, without throwing', async () => {
    const depth = 200_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deep = text().replace('"scope":[]', `"scope":${nested}`);
    const payload = toBase64Url(await deflateRaw(new TextEncoder().encode(deep)));
    expect(await decodeShare(payload, bank)).toEqual({
      ok: false,
      error: importMessages.damagedLink,
    });
    expect((await importJson(deep, bank)).ok).toBe(false);
  });
});
