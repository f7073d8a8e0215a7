import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/lib/assessment/results.ts';
import { answerInWords, levelName } from '../../../src/lib/assessment/levels.ts';
import { answerOf } from '../../../src/lib/assessment/lookup.ts';
import { assessmentFileSchema } from '../../../src/schemas/assessment-file.ts';
import { bank, fixtureText, makeAssessment } from './helpers.ts';

describe('retired answers (questions no longer in the bank)', () => {
  it('are listed separately with their notes and never scored', () => {
    const file = assessmentFileSchema.parse(JSON.parse(fixtureText('other-bank.json')));
    const results = scoreAssessment(file, bank);
    expect(results.retired).toEqual([
      { questionId: 'old-question', answer: 3, note: 'Asked in the 2024 bank.' },
    ]);
    expect(results.areas.map((area) => area.area.slug)).toEqual(['business-continuity']);
    expect(results.overall?.display).toBe('4.0');
  });

  it('include notes whose question is gone even without an answer', () => {
    const results = scoreAssessment(makeAssessment({ notes: { 'gone-question': 'why' } }), bank);
    expect(results.retired).toEqual([
      { questionId: 'gone-question', answer: undefined, note: 'why' },
    ]);
  });
});

describe('lookups', () => {
  it('never mistake Object.prototype members for answers', () => {
    expect(answerOf(makeAssessment(), 'constructor')).toBeUndefined();
    expect(answerOf(makeAssessment({ answers: { constructor: 4 } }), 'constructor')).toBe(4);
  });

  it('name levels and answers in words', () => {
    expect(levelName(bank, 3)).toBe('Defined');
    expect([2, 'na', 'unknown', undefined].map((a) => answerInWords(bank, a as never))).toEqual([
      'Managed',
      'N/A',
      "Don't know",
      '',
    ]);
  });
});
