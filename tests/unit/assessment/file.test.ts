import { describe, expect, it } from 'vitest';
import { exportFileName, exportJson } from '../../../src/lib/assessment/file-format.ts';
import { importJson, importText } from '../../../src/lib/assessment/file-import.ts';
import { uniqueTitle } from '../../../src/lib/assessment/store/actions.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { bank, fileLike, fixtureText, makeAssessment } from './helpers.ts';

const errorOf = async (input: Parameters<typeof importJson>[0]) => {
  const result = await importJson(input, bank);
  return result.ok ? 'imported' : result.error;
};
const exported = () => JSON.parse(exportJson(makeAssessment())) as Record<string, unknown>;
const bad = (patch: object) => errorOf(JSON.stringify({ ...exported(), ...patch }));

describe('importJson: accepted files', () => {
  it('imports a version 2 file with its plan and carried-over marks, without warnings', async () => {
    const result = await importJson(fixtureText('valid-v2.json'), bank);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.assessment.plan?.['privileged-access']).toEqual({
      status: 'in-progress',
      owner: 'Ravi',
      due: '2025-06-30',
      note: 'PIM pilot',
    });
    expect(result.assessment.carriedOver?.unreviewed).toEqual(['user-onboarding']);
  });

  it('imports a version 1 file as version 2, answers and notes intact', async () => {
    const result = await importJson(fixtureText('valid.json'), bank);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.assessment.version).toBe(2);
    expect(result.assessment.answers['privileged-access']).toBe(2);
    expect(result.assessment.notes['privileged-access']).toBe('Reviewed twice a year, by hand.');
    expect(result.assessment.plan).toBeUndefined();
  });

  it('reads a File-like object (size and text())', async () => {
    expect(await errorOf(fileLike(fixtureText('valid.json')))).toBe('imported');
  });

  it('accepts a byte order mark in front of the JSON', async () => {
    expect(await errorOf(`\uFEFF${fixtureText('valid.json')}`)).toBe('imported');
  });

  it('accepts "constructor" as a question id: it is a valid slug, kept as an own answer', async () => {
    const result = await importJson(
      JSON.stringify({ ...exported(), answers: { constructor: 3 } }),
      bank,
    );
    expect(result.ok && Object.hasOwn(result.assessment.answers, 'constructor')).toBe(true);
  });

  it('keeps answers to questions not in the bank as retired, and warns about them and the bank version', async () => {
    const result = await importJson(fixtureText('other-bank.json'), bank);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.answers).toEqual({ 'recovery-objectives': 4, 'old-question': 3 });
    expect(result.assessment.notes).toEqual({ 'old-question': 'Asked in the 2024 bank.' });
    expect(result.warnings).toEqual([
      'This file was made with another version of the question bank (fedcba9876543210); answers are matched to questions by id.',
      '1 answer is for a question that is no longer in the question bank: kept as retired, not scored (old-question).',
      "Unknown areas in the file's scope are ignored: retired-area.",
    ]);
  });

  it('warns about an unknown focus role', async () => {
    const result = await importJson(exportJson(makeAssessment({ focusRole: 'auditors' })), bank);
    expect(result.ok && result.warnings).toEqual([
      'Unknown role "auditors" in the file is ignored.',
    ]);
  });
});

describe('importJson: refused files, each with its message', () => {
  it('too large (over 1 MB), checked before reading a file', async () => {
    const file = {
      size: LIMITS.importBytes + 1,
      text: () => Promise.reject(new Error('must not be read')),
    };
    expect(await errorOf(file)).toBe(
      'This file is too large (1.1 MB): an assessment file is at most 1.0 MB.',
    );
    expect(await errorOf(' '.repeat(3 * LIMITS.importBytes))).toBe(
      'This file is too large (3.0 MB): an assessment file is at most 1.0 MB.',
    );
  });

  it('accepts exactly 1 MB and refuses one byte more', async () => {
    const padded = (bytes: number) => {
      const text = exportJson(makeAssessment());
      return text + ' '.repeat(bytes - new TextEncoder().encode(text).byteLength);
    };
    expect(await errorOf(padded(LIMITS.importBytes))).toBe('imported');
    expect(await errorOf(padded(LIMITS.importBytes + 1))).toMatch(/^This file is too large/);
  });

  it('too large once encoded as UTF-8, even if short in characters', () => {
    const text = 'é'.repeat(LIMITS.importBytes / 2 + 1); // 2 bytes each
    expect(importText(text, bank)).toEqual({
      ok: false,
      error: 'This file is too large (1.1 MB): an assessment file is at most 1.0 MB.',
    });
  });

  it('empty', async () => {
    expect(await errorOf('  \n')).toBe('This file is empty.');
  });

  it('unreadable (the browser fails to read the file)', async () => {
    expect(
      await errorOf({ size: 10, text: () => Promise.reject(new Error('NotReadableError')) }),
    ).toBe('This file could not be read.');
  });

  it('not JSON', async () => {
    expect(await errorOf(fixtureText('not-json.csv'))).toBe(
      'This file is not JSON, so it is not an assessment file.',
    );
  });

  it('JSON, but not our format', async () => {
    const message = 'This is not an Administer to Operate assessment file.';
    expect(await errorOf(fixtureText('wrong-format.json'))).toBe(message);
    expect(await errorOf(fixtureText('bank.json'))).toBe(message);
    expect(await errorOf('[1, 2]')).toBe(message);
    expect(await errorOf('null')).toBe(message);
    expect(await errorOf('"administer-to-operate/assessment"')).toBe(message);
  });

  it('another format version, a missing one, and one written as text', async () => {
    expect(await errorOf(fixtureText('newer-version.json'))).toBe(
      'This assessment file uses format version 3; this site reads versions 1 and 2. It was made by a newer version of the site.',
    );
    expect(await errorOf('{"format":"administer-to-operate/assessment"}')).toBe(
      'This assessment file does not say which format version it uses (expected 1 or 2).',
    );
    expect(await bad({ version: '1' })).toBe(
      'This assessment file writes its format version as text ("1"); it must be the number 1 or 2.',
    );
    expect(await bad({ version: 0 })).toBe(
      'This assessment file uses format version 0; this site reads versions 1 and 2.',
    );
  });

  it('invalid fields: names each field and says what is wrong, in plain words', async () => {
    expect(await errorOf(fixtureText('invalid-fields.json'))).toBe(
      'This assessment file has invalid fields: field title: must not be empty; ' +
        'field createdAt: must be a date and time with a time zone, for example "2025-03-31T09:30:00Z"; ' +
        'field answers.recovery-objectives: must be a level 1 to 5, "na" or "unknown".',
    );
  });

  it('a title of spaces is empty', async () => {
    expect(await bad({ title: '   ' })).toBe(
      'This assessment file has invalid fields: field title: must not be empty.',
    );
  });

  it('lists at most three field problems and counts the rest', async () => {
    const text = JSON.stringify({ format: 'administer-to-operate/assessment', version: 2 });
    expect(await errorOf(text)).toBe(
      'This assessment file has invalid fields: field bank: is missing; field title: is missing; ' +
        'field createdAt: is missing; and 5 more problems.',
    );
  });

  it('refuses what it would not keep: unknown fields, a store id, "__proto__" keys', async () => {
    expect(await bad({ id: 'local-id' })).toBe(
      'This assessment file has invalid fields: the file: "id" is not part of an assessment file, so the file is refused rather than imported without it.',
    );
    expect(await bad({ extra: 1, more: 2 })).toBe(
      'This assessment file has invalid fields: the file: "extra", "more" are not part of an assessment file, so the file is refused rather than imported without them.',
    );
    const proto = `{${JSON.stringify(exported()).slice(1, -1).replace('"answers":{}', '"answers":{"__proto__":3}')}}`;
    expect(await errorOf(proto)).toBe(
      'This assessment file has invalid fields: field answers.__proto__: is not a valid id: use lower-case letters, digits and single hyphens.',
    );
    expect(await bad({ respondent: { name: 'Ana', email: 'ana@example.org' } })).toBe(
      'This assessment file has invalid fields: field respondent: "email" is not part of an assessment file, so the file is refused rather than imported without it.',
    );
  });

  it('describes wrong types, bad ids, bad targets, plan entries and over-long notes', async () => {
    expect(await bad({ title: 5 })).toBe(
      'This assessment file has invalid fields: field title: should be text, but it is a number.',
    );
    expect(await bad({ answers: { 'Bad Id': 3 } })).toBe(
      'This assessment file has invalid fields: field answers["Bad Id"]: is not a valid id: use lower-case letters, digits and single hyphens.',
    );
    expect(await bad({ targets: { 'access-security': 0 } })).toBe(
      'This assessment file has invalid fields: field targets.access-security: must be a level, a whole number from 1 to 5.',
    );
    expect(await bad({ notes: { 'user-onboarding': 'x'.repeat(LIMITS.note + 1) } })).toBe(
      'This assessment file has invalid fields: field notes.user-onboarding: must have at most 4000 characters.',
    );
    expect(await bad({ scope: 'all' })).toBe(
      'This assessment file has invalid fields: field scope: should be a list, but it is text.',
    );
    expect(await bad({ plan: { 'user-onboarding': { status: 'later', due: '30/06/2025' } } })).toBe(
      'This assessment file has invalid fields: field plan.user-onboarding.status: must be one of "open", "planned", "in-progress", "done", "wont-do"; field plan.user-onboarding.due: must be a day written YYYY-MM-DD, for example "2025-06-30".',
    );
    expect(await bad({ version: 1, plan: {} })).toBe(
      'This assessment file has invalid fields: the file: "plan" is not part of an assessment file, so the file is refused rather than imported without it.',
    );
  });
});

describe('exportJson', () => {
  it('writes exactly the file format, version 2, pretty-printed, without store-only fields', () => {
    const stored = { ...makeAssessment({ answers: { 'alert-routing': 'na' } }), id: 'local-id' };
    const text = exportJson(stored);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "administer-to-operate/assessment",\n  "version": 2,\n');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'bank',
      'title',
      'createdAt',
      'updatedAt',
      'scope',
      'targets',
      'answers',
      'notes',
    ]);
  });

  it('includes respondent, focusRole, plan, milestone and carried-over marks only when set', async () => {
    const file = importText(fixtureText('valid-v2.json'), bank);
    if (!file.ok) throw new Error(file.error);
    const text = exportJson({
      ...file.assessment,
      focusRole: 'it-support',
      milestone: { name: 'Q2 review', frozenAt: '2025-06-30T17:00:00Z' },
    });
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'bank',
      'title',
      'respondent',
      'createdAt',
      'updatedAt',
      'scope',
      'focusRole',
      'targets',
      'answers',
      'notes',
      'plan',
      'milestone',
      'carriedOver',
    ]);
    // Lossless: what is exported imports to the same assessment.
    const again = await importJson(text, bank);
    expect(again.ok && exportJson(again.assessment)).toBe(text);
  });
});

describe('exportFileName', () => {
  it('turns the title and last update into a safe file name', () => {
    expect(
      exportFileName(
        { title: 'État des lieux: Q1/2025', updatedAt: '2025-01-20T16:30:00Z' },
        'json',
      ),
    ).toBe('etat-des-lieux-q1-2025-2025-01-20.json');
    expect(exportFileName({ title: '???', updatedAt: '2025-01-20T16:30:00Z' }, 'csv')).toBe(
      'assessment-2025-01-20.csv',
    );
    expect(exportFileName({ title: 'Q1', updatedAt: '2025-01-20T16:30:00Z' }, 'csv', 'plan')).toBe(
      'q1-plan-2025-01-20.csv',
    );
  });
});

describe('uniqueTitle', () => {
  it('keeps a free title, numbers taken ones, ignores case, and stays within 120 characters', () => {
    expect(uniqueTitle('Q1', 'imported', ['Other'])).toBe('Q1');
    expect(uniqueTitle('Q1', 'imported', ['q1', 'Q1 (imported)'])).toBe('Q1 (imported 2)');
    const long = 'x'.repeat(120);
    expect(uniqueTitle(long, 'imported', [long])).toBe(`${'x'.repeat(109)} (imported)`);
  });
});
