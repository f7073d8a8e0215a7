import { describe, expect, it } from 'vitest';
import { scoreAssessment, type Score } from '../../../src/lib/assessment/scoring.ts';
import type { Bank } from '../../../src/schemas/bank.ts';
import { bank, makeAssessment } from './helpers.ts';

/** What a score shows, without its exact fraction. */
const shown = (score: Score | undefined) =>
  score && { value: score.value, display: score.display, level: score.level };

// The sample bank's weights: business-continuity 1, 2, 3 (recovery-objectives,
// backup-restore-tests, continuity-exercises); access-security 1, 3; notifications-alerts 2, 1.
const continuity = (answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown'>) =>
  scoreAssessment(makeAssessment({ scope: ['business-continuity'], answers }), bank).areas[0]!;

describe('area score = Σ(weight × level) / Σ(weight) over questions answered with a level', () => {
  it('weights 1, 2, 3 at levels 2, 3, 4: (2 + 6 + 12) / 6 = 3.333… → "3.3", level 3', () => {
    const area = continuity({
      'recovery-objectives': 2,
      'backup-restore-tests': 3,
      'continuity-exercises': 4,
    });
    expect(shown(area.score)).toEqual({ value: 20 / 6, display: '3.3', level: 3 });
    expect(area.range?.low.display).toBe('3.3');
    expect(area.range?.high.display).toBe('3.3');
    expect(area.completion).toEqual({
      answered: 3,
      total: 3,
      ratio: 1,
      rated: 3,
      unknown: 0,
      na: 0,
      unanswered: 0,
    });
    expect(area.range?.open).toBe(false);
    expect(area.sums).toEqual({ weighted: 20, weights: 6 });
  });

  it('level 2, one unknown (w2), one unanswered (w3): score 2/1 = 2.0; range 7/6 → "1.2" to 27/6 → "4.5"', () => {
    const area = continuity({ 'recovery-objectives': 2, 'backup-restore-tests': 'unknown' });
    expect(shown(area.score)).toEqual({ value: 2, display: '2.0', level: 2 });
    // low: (1×2 + 2×1 + 3×1) / 6 = 7/6; high: (1×2 + 2×5 + 3×5) / 6 = 27/6
    expect(shown(area.range?.low)).toEqual({ value: 7 / 6, display: '1.2', level: 1 });
    expect(shown(area.range?.high)).toEqual({ value: 4.5, display: '4.5', level: 4 });
    expect(area.range?.open).toBe(true);
    expect(area.completion).toEqual({
      answered: 2,
      total: 3,
      ratio: 2 / 3,
      rated: 1,
      unknown: 1,
      na: 0,
      unanswered: 1,
    });
    expect(area.fewAnswers).toBe(true);
  });

  it('"na" leaves the score and the range: na, 3 (w2), unanswered (w3) → 6/2 = 3.0, range 9/5 = 1.8 to 21/5 = 4.2', () => {
    const area = continuity({ 'recovery-objectives': 'na', 'backup-restore-tests': 3 });
    expect(area.score?.display).toBe('3.0');
    expect(area.range?.low.display).toBe('1.8');
    expect(area.range?.high.display).toBe('4.2');
    expect(area.completion.answered).toBe(2); // na counts as answered
  });

  it('weights 1, 3 at levels 3, 2: 9/4 = 2.25 → "2.3" (half up), level 2', () => {
    const results = scoreAssessment(
      makeAssessment({
        scope: ['access-security'],
        answers: { 'user-onboarding': 3, 'privileged-access': 2 },
      }),
      bank,
    );
    expect(shown(results.areas[0]!.score)).toEqual({ value: 2.25, display: '2.3', level: 2 });
  });

  it('is undefined with no level answered; the range then spans what is unknown', () => {
    expect(continuity({}).score).toBeUndefined();
    expect(shown(continuity({}).range?.low)).toEqual({ value: 1, display: '1.0', level: 1 });
    expect(shown(continuity({}).range?.high)).toEqual({ value: 5, display: '5.0', level: 5 });
    expect(continuity({}).completion).toMatchObject({ answered: 0, total: 3, ratio: 0 });
    expect(continuity({}).fewAnswers).toBe(false);
    const unknownOnly = continuity({ 'recovery-objectives': 'unknown' });
    expect(unknownOnly.score).toBeUndefined();
    expect(unknownOnly.completion.answered).toBe(1);
  });

  it('has neither score nor range when every question is "na" (nothing to measure)', () => {
    const area = continuity({
      'recovery-objectives': 'na',
      'backup-restore-tests': 'na',
      'continuity-exercises': 'na',
    });
    expect(area.score).toBeUndefined();
    expect(area.range).toBeUndefined();
    expect(area.completion.ratio).toBe(1);
  });

  it('explains itself: per question its weight, answer and whether it counted', () => {
    const area = continuity({ 'recovery-objectives': 2, 'backup-restore-tests': 'unknown' });
    expect(
      area.questions.map(({ question, weight, answer, counted }) => [
        question.id,
        weight,
        answer,
        counted,
      ]),
    ).toEqual([
      ['recovery-objectives', 1, 2, true],
      ['backup-restore-tests', 2, 'unknown', false],
      ['continuity-exercises', 3, undefined, false],
    ]);
  });
});

describe('a score that rests on few answers', () => {
  it('is flagged with one or two answers given a level, and not with three', () => {
    expect(continuity({ 'recovery-objectives': 2 }).fewAnswers).toBe(true);
    expect(continuity({ 'recovery-objectives': 2, 'backup-restore-tests': 3 }).fewAnswers).toBe(
      true,
    );
    expect(
      continuity({
        'recovery-objectives': 2,
        'backup-restore-tests': 3,
        'continuity-exercises': 'unknown',
      }).fewAnswers,
    ).toBe(true);
    expect(
      continuity({ 'recovery-objectives': 2, 'backup-restore-tests': 3, 'continuity-exercises': 4 })
        .fewAnswers,
    ).toBe(false);
  });
});

describe('overall score = plain mean of the defined area scores in scope', () => {
  it('(10/3 + 9/4) / 2 = 67/24 = 2.79… → "2.8", level 2; the unscored area is left out', () => {
    const results = scoreAssessment(
      makeAssessment({
        answers: {
          'recovery-objectives': 2,
          'backup-restore-tests': 3,
          'continuity-exercises': 4,
          'user-onboarding': 3,
          'privileged-access': 2,
        },
      }),
      bank,
    );
    expect(results.areas.map((area) => area.score?.display)).toEqual(['3.3', '2.3', undefined]);
    expect(shown(results.overall)).toEqual({ value: 67 / 24, display: '2.8', level: 2 });
  });

  it('is a plain mean, not weighted by question count, and rounds the exact mean half up: (2.2 + 2.5) / 2 = 2.35 → "2.4"', () => {
    const custom = bankWithWeights({ 'business-continuity': [2, 3], 'access-security': [1, 1] });
    const results = scoreAssessment(
      makeAssessment({
        scope: ['business-continuity', 'access-security'],
        // (2×1 + 3×3) / 5 = 11/5 = 2.2 and (2 + 3) / 2 = 2.5
        answers: {
          'recovery-objectives': 1,
          'backup-restore-tests': 3,
          'user-onboarding': 2,
          'privileged-access': 3,
        },
      }),
      custom,
    );
    expect(results.areas.map((area) => area.score?.display)).toEqual(['2.2', '2.5']);
    expect(results.overall?.display).toBe('2.4');
    expect(results.overall?.level).toBe(2);
  });

  it('is undefined when no area has a score', () => {
    expect(
      scoreAssessment(makeAssessment({ answers: { 'user-onboarding': 'unknown' } }), bank).overall,
    ).toBeUndefined();
  });

  it('area level is the floor of the exact score, not of the rounded one: 2.96 shows "3.0" at level 2', () => {
    const almost = bankWithWeights({ 'access-security': [1, 24] });
    // (2×1 + 3×24) / 25 = 74/25 = 2.96
    const a = scoreAssessment(
      makeAssessment({
        scope: ['access-security'],
        answers: { 'user-onboarding': 2, 'privileged-access': 3 },
      }),
      almost,
    );
    expect(shown(a.areas[0]!.score)).toEqual({ value: 2.96, display: '3.0', level: 2 });
  });

  it('counts completion over every question in scope', () => {
    const results = scoreAssessment(
      makeAssessment({ answers: { 'recovery-objectives': 'na', 'alert-routing': 4 } }),
      bank,
    );
    expect(results.completion).toEqual({
      answered: 2,
      total: 7,
      ratio: 2 / 7,
      rated: 1,
      unknown: 0,
      na: 1,
      unanswered: 5,
    });
  });
});

describe('provisional overall score (DESIGN.md "Provisional scores")', () => {
  it('is the mean of the area lows and of the area highs; an area with no answer counts 1 to 5', () => {
    // continuity: 2 (w1), unknown (w2), unanswered (w3): low 7/6, high 27/6
    // access: 3 (w1), 2 (w3): closed at 9/4; notifications: nothing answered: 1 to 5
    const results = scoreAssessment(
      makeAssessment({
        answers: {
          'recovery-objectives': 2,
          'backup-restore-tests': 'unknown',
          'user-onboarding': 3,
          'privileged-access': 2,
        },
      }),
      bank,
    );
    // low: (7/6 + 9/4 + 1) / 3 = 53/36 = 1.47…; high: (27/6 + 9/4 + 5) / 3 = 47/12 = 3.91…
    expect(results.overallRange?.low.display).toBe('1.5');
    expect(results.overallRange?.high.display).toBe('3.9');
    expect(results.overallRange?.open).toBe(true);
    // overall: (2 + 9/4) / 2 = 17/8 = 2.125 → "2.1", level 2
    expect(results.overall?.display).toBe('2.1');
  });

  it('is closed once nothing in scope is unknown or unanswered', () => {
    const results = scoreAssessment(
      makeAssessment({
        scope: ['access-security'],
        answers: { 'user-onboarding': 3, 'privileged-access': 'na' },
      }),
      bank,
    );
    expect(results.overallRange?.open).toBe(false);
    expect(results.overallRange?.low.display).toBe('3.0');
  });
});

describe('role focus (DESIGN.md "Role focus")', () => {
  const focused = scoreAssessment(
    makeAssessment({
      focusRole: 'it-support',
      answers: { 'backup-restore-tests': 4, 'continuity-exercises': 2, 'user-onboarding': 1 },
    }),
    bank,
  );

  it("scores only the role's questions and says how many of the area's it covers", () => {
    const continuityArea = focused.areas[0]!;
    expect(continuityArea.questions.map((q) => q.question.id)).toEqual([
      'backup-restore-tests',
      'continuity-exercises',
    ]);
    expect(continuityArea.area.questions).toHaveLength(3);
    // (2×4 + 3×2) / 5 = 14/5 = 2.8
    expect(continuityArea.score?.display).toBe('2.8');
    expect(focused.focusRole).toBe('it-support');
  });

  it('keeps an area with no question for the role, marked and not scored', () => {
    const access = focused.areas.find((a) => a.area.slug === 'access-security')!;
    expect(access.noQuestionsForRole).toBe(true);
    expect(access.score).toBeUndefined();
    expect(access.range).toBeUndefined();
    expect(focused.areas.map((a) => a.area.slug)).toEqual([
      'business-continuity',
      'access-security',
      'notifications-alerts',
    ]);
    // The answer to a question outside the role's set does not count.
    expect(focused.completion.total).toBe(3);
  });
});

describe('targets', () => {
  it('default to the bank default and can be set per area', () => {
    const results = scoreAssessment(makeAssessment({ targets: { 'access-security': 5 } }), bank);
    expect(results.areas.map((area) => area.target)).toEqual([3, 5, 3]);
  });
});

/** The sample bank with the questions of some areas cut to as many as there are weights, re-weighted. */
function bankWithWeights(weights: Record<string, number[]>): Bank {
  const copy = structuredClone(bank);
  for (const area of copy.areas) {
    const wanted = weights[area.slug];
    if (!wanted) continue;
    // Weights above 3 are outside the schema but exercise the arithmetic.
    area.questions = wanted.map((weight, i) => ({
      ...(area.questions[i] ?? area.questions[0]!),
      weight,
    }));
  }
  return copy;
}
