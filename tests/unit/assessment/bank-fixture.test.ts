import { describe, expect, it } from 'vitest';
import { bankSchema } from '../../../src/schemas/bank.ts';
import { fixtureText } from './helpers.ts';

describe('sample bank fixture', () => {
  it('is a valid question bank', () => {
    const result = bankSchema.safeParse(JSON.parse(fixtureText('bank.json')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has three areas whose questions have one option per level 1..5', () => {
    const bank = bankSchema.parse(JSON.parse(fixtureText('bank.json')));
    expect(bank.areas.map((area) => area.slug)).toEqual([
      'business-continuity',
      'access-security',
      'notifications-alerts',
    ]);
    for (const question of bank.areas.flatMap((area) => area.questions)) {
      expect(question.options.map((option) => option.level)).toEqual([1, 2, 3, 4, 5]);
    }
  });
});
