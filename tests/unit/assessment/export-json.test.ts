import { describe, expect, it } from 'vitest';
import { exportFileName, exportJson } from '../../../src/lib/assessment/export-json.ts';
import { uniqueTitle } from '../../../src/lib/assessment/store-titles.ts';
import { makeAssessment } from './helpers.ts';

describe('exportJson', () => {
  it('writes exactly the file format, pretty-printed, without store-only fields', () => {
    const stored = { ...makeAssessment({ answers: { 'alert-routing': 'na' } }), id: 'local-id' };
    const text = exportJson(stored);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "administer-to-operate/assessment",\n  "version": 1,\n');
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

  it('includes respondent and focusRole only when set', () => {
    const text = exportJson(
      makeAssessment({ respondent: { name: 'Ana' }, focusRole: 'it-support' }),
    );
    expect(JSON.parse(text)).toMatchObject({
      respondent: { name: 'Ana' },
      focusRole: 'it-support',
    });
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
