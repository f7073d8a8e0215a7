import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment, type Score } from '../../../src/lib/assessment/scoring.ts';
import { bankAnswersArb, bankScopeArb, levelArb } from './arbitraries.ts';
import { bank, makeAssessment } from './helpers.ts';

const inRange = (score: Score) =>
  score.value >= 1 && score.value <= 5 && score.level >= 1 && score.level <= 5;
const targetsArb = fc.dictionary(fc.constantFrom(...bank.areas.map((a) => a.slug)), levelArb, {
  noNullPrototype: true,
});

describe('scoring properties', () => {
  const resultsArb = fc
    .tuple(bankAnswersArb, bankScopeArb, targetsArb)
    .map(([answers, scope, targets]) =>
      scoreAssessment(makeAssessment({ answers, targets, ...scope }), bank),
    );

  it('keeps every score, range end and overall within [1, 5], levels = floor(value)', () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const scores = results.areas.flatMap((a) => [a.score, a.range?.low, a.range?.high]);
        for (const score of [...scores, results.overall]) {
          if (!score) continue;
          expect(inRange(score)).toBe(true);
          expect(score.level).toBe(Math.floor(score.value));
        }
      }),
    );
  });

  it('has a range that contains the score whenever the score is defined (low ≤ score ≤ high)', () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        for (const { score, range } of results.areas) {
          if (!score) continue;
          expect(range).toBeDefined();
          expect(range!.low.value).toBeLessThanOrEqual(score.value);
          expect(score.value).toBeLessThanOrEqual(range!.high.value);
        }
      }),
    );
  });

  it('has an open range exactly when something is unknown or unanswered, and then low < high', () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        for (const { questions, range } of results.areas) {
          const open = questions.some((q) => q.answer === undefined || q.answer === 'unknown');
          if (!range) continue;
          expect(range.open).toBe(open);
          if (open) expect(range.low.value).toBeLessThan(range.high.value);
          else expect(range.low.value).toBe(range.high.value);
        }
      }),
    );
  });

  it('keeps the overall score inside the provisional range', () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        if (!results.overall) return;
        expect(results.overallRange).toBeDefined();
        expect(results.overallRange!.low.value).toBeLessThanOrEqual(results.overall.value + 1e-12);
        expect(results.overall.value).toBeLessThanOrEqual(results.overallRange!.high.value + 1e-12);
      }),
    );
  });

  it('matches the overall to the plain mean of area scores', () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const values = results.areas.flatMap((a) => (a.score ? [a.score.value] : []));
        if (values.length === 0) expect(results.overall).toBeUndefined();
        else
          expect(results.overall!.value).toBeCloseTo(
            values.reduce((s, v) => s + v, 0) / values.length,
            12,
          );
      }),
    );
  });

  it('recommends exactly the level answers below target, by non-increasing priority', () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const below = results.areas.flatMap((a) =>
          a.questions
            .filter((q) => typeof q.answer === 'number' && q.answer < a.target)
            .map((q) => q.question.id),
        );
        expect(results.recommendations.map((r) => r.question.id).sort()).toEqual(below.sort());
        const priorities = results.recommendations.map((r) => r.priority);
        expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      }),
    );
  });
});
