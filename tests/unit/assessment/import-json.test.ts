import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/lib/assessment/export-json.ts';
import { importJson, importText } from '../../../src/lib/assessment/import-json.ts';
import { MAX_IMPORT_BYTES } from '../../../src/lib/assessment/import-messages.ts';
import { bank, fileLike, fixtureText, makeAssessment } from './helpers.ts';

const errorOf = async (input: Parameters<typeof importJson>[0]) => {
  const result = await importJson(input, bank);
  return result.ok ? 'imported' : result.error;
};

describe('importJson: accepted files', () => {
  it('imports a valid file without warnings', async () => {
    const result = await importJson(fixtureText('valid.json'), bank);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(result.assessment.answers['privileged-access']).toBe(2);
  });

  it('reads a File-like object (size and text())', async () => {
    expect(await errorOf(fileLike(fixtureText('valid.json')))).toBe('imported');
  });

  it('accepts a byte order mark in front of the JSON', async () => {
    expect(await errorOf(`\uFEFF${fixtureText('valid.json')}`)).toBe('imported');
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
      size: MAX_IMPORT_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    };
    expect(await errorOf(file)).toBe(
      'This file is too large (1.1 MB): an assessment file is at most 1 MB.',
    );
    expect(await errorOf(' '.repeat(3 * MAX_IMPORT_BYTES))).toBe(
      'This file is too large (3.0 MB): an assessment file is at most 1 MB.',
    );
  });

  it('too large once encoded as UTF-8, even if short in characters', () => {
    const text = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1); // 2 bytes each
    expect(importText(text, bank)).toEqual({
      ok: false,
      error: 'This file is too large (1.1 MB): an assessment file is at most 1 MB.',
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

  it('another format version', async () => {
    expect(await errorOf(fixtureText('newer-version.json'))).toBe(
      'This assessment file uses format version 2; this site reads version 1. It was made by a newer version of the site.',
    );
    expect(await errorOf('{"format":"administer-to-operate/assessment"}')).toBe(
      'This assessment file does not say which format version it uses (expected version 1).',
    );
  });

  it('invalid fields: names each field and says what is wrong, in plain words', async () => {
    expect(await errorOf(fixtureText('invalid-fields.json'))).toBe(
      'This assessment file has invalid fields: field title: must not be empty; ' +
        'field createdAt: must be a date and time with a time zone, for example "2025-03-31T09:30:00Z"; ' +
        'field answers.recovery-objectives: must be a level 1 to 5, "na" or "unknown".',
    );
  });

  it('lists at most three field problems and counts the rest', async () => {
    const text = JSON.stringify({ format: 'administer-to-operate/assessment', version: 1 });
    expect(await errorOf(text)).toBe(
      'This assessment file has invalid fields: field bank: is missing; field title: is missing; ' +
        'field createdAt: is missing; and 5 more problems.',
    );
  });

  it('describes wrong types, bad ids, bad targets and over-long notes', async () => {
    const bad = (patch: object) =>
      errorOf(JSON.stringify({ ...JSON.parse(exportJson(makeAssessment())), ...patch }));
    expect(await bad({ title: 5 })).toBe(
      'This assessment file has invalid fields: field title: should be text.',
    );
    expect(await bad({ answers: { 'Bad Id': 3 } })).toBe(
      'This assessment file has invalid fields: field answers["Bad Id"]: is not a valid id: use lower-case letters, digits and single hyphens.',
    );
    expect(await bad({ targets: { 'access-security': 0 } })).toBe(
      'This assessment file has invalid fields: field targets.access-security: must be a level, a whole number from 1 to 5.',
    );
    expect(await bad({ notes: { 'user-onboarding': 'x'.repeat(4001) } })).toBe(
      'This assessment file has invalid fields: field notes.user-onboarding: must have at most 4000 characters.',
    );
    expect(await bad({ scope: 'all' })).toBe(
      'This assessment file has invalid fields: field scope: should be a list.',
    );
  });
});
