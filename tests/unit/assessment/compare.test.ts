import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/lib/assessment/compare.ts';
import { compareCsv, compareMarkdown } from '../../../src/lib/assessment/exports/compare.ts';
import { bank, makeAssessment, readCsv } from './helpers.ts';

// Weights: continuity 1, 2, 3; access 1, 3; notifications 2, 1. Default target 3.
const a = makeAssessment({
  title: 'Q1 baseline',
  answers: {
    'recovery-objectives': 2,
    'backup-restore-tests': 2,
    'continuity-exercises': 2,
    'user-onboarding': 3,
    'privileged-access': 2,
    'service-health-alerts': 'unknown',
  },
});
const b = makeAssessment({
  title: 'Q3 review',
  answers: {
    'recovery-objectives': 3,
    'backup-restore-tests': 4,
    'continuity-exercises': 2,
    'user-onboarding': 3,
    'privileged-access': 1,
    'service-health-alerts': 3,
    'alert-routing': 'na',
  },
});
const comparison = compareAssessments(a, b, bank);

describe('comparing two assessments', () => {
  it('gives both scores and the delta from the exact scores, rounded half up with its sign', () => {
    const rows = comparison.areas.map((row) => [
      row.area.slug,
      row.a?.score?.display,
      row.b?.score?.display,
      row.delta?.display,
    ]);
    expect(rows).toEqual([
      // A: 12/6 = 2.0; B: (3 + 8 + 6) / 6 = 17/6 = 2.83 → "2.8"; delta 5/6 = 0.83 → "+0.8".
      ['business-continuity', '2.0', '2.8', '+0.8'],
      // A: (3 + 6) / 4 = 2.25 → "2.3"; B: (3 + 3) / 4 = 1.5; delta −3/4 = −0.75 → "−0.7" (half up).
      ['access-security', '2.3', '1.5', '\u22120.7'],
      // A: no level; B: 3.0.
      ['notifications-alerts', undefined, '3.0', undefined],
    ]);
  });

  it('rounds the delta of the exact scores, not the difference of the rounded ones', () => {
    // Rounded: 2.8 − 2.0 = 0.8; exact 5/6 = 0.833…: the same here, but 2.25 → 2.3 and 1.5 give
    // a rounded difference of −0.8 where the exact −0.75 rounds half up to −0.7.
    expect(comparison.areas[1]!.delta?.display).toBe('\u22120.7');
    // Overall A: (2 + 9/4) / 2 = 17/8; B: (17/6 + 3/2 + 3) / 3 = 22/9; delta 22/9 − 17/8 = 23/72.
    expect(comparison.overall.a?.display).toBe('2.1');
    expect(comparison.overall.b?.display).toBe('2.4');
    expect(comparison.overall.delta?.display).toBe('+0.3');
  });

  it('shows 0.0 without a sign when nothing moved', () => {
    const same = compareAssessments(a, a, bank);
    expect(same.areas.map((row) => row.delta?.display)).toEqual(['0.0', '0.0', undefined]);
    expect(same.changed).toEqual([]);
  });

  it('lists every changed answer, from → to, in bank order', () => {
    expect(comparison.changed.map((c) => [c.question.id, c.from, c.to])).toEqual([
      ['recovery-objectives', 2, 3],
      ['backup-restore-tests', 2, 4],
      ['privileged-access', 2, 1],
      ['service-health-alerts', 'unknown', 3],
      ['alert-routing', undefined, 'na'],
    ]);
  });

  it('sorts recommendations into resolved, new and still open', () => {
    expect(comparison.resolved.map((r) => r.question.id)).toEqual([
      'backup-restore-tests',
      'recovery-objectives',
    ]);
    expect(comparison.added.map((r) => r.question.id)).toEqual([]);
    expect(
      comparison.stillOpen.map((s) => [
        s.recommendation.question.id,
        s.levelBefore,
        s.recommendation.level,
      ]),
    ).toEqual([
      ['privileged-access', 2, 1],
      ['continuity-exercises', 2, 2],
    ]);
  });

  it('on different bank versions compares only the questions both answered, and lists the rest apart', () => {
    const old = makeAssessment({
      bank: { version: 'fedcba9876543210' },
      answers: { 'recovery-objectives': 2, 'old-question': 3 },
    });
    const now = makeAssessment({
      answers: { 'recovery-objectives': 4, 'backup-restore-tests': 5 },
    });
    const result = compareAssessments(old, now, bank);
    expect(result.sameBank).toBe(false);
    expect(result.notCompared.map((n) => [n.questionId, n.reason])).toEqual([
      ['old-question', 'retired'],
      ['backup-restore-tests', 'only-in-b'],
    ]);
    const continuity = result.areas.find((row) => row.area.slug === 'business-continuity')!;
    // Only recovery-objectives is compared: 2.0 → 4.0.
    expect([
      continuity.a?.score?.display,
      continuity.b?.score?.display,
      continuity.delta?.display,
    ]).toEqual(['2.0', '4.0', '+2.0']);
  });

  it('exports as Markdown and as a CSV with both figures per area and overall', () => {
    const text = compareMarkdown(comparison, a, b, bank);
    expect(text).toContain('# Q1 baseline → Q3 review');
    expect(text).toContain('| 99.10 Define business continuity plan | 2.0 | 2.8 | +0.8 |');
    expect(text).toContain('- Privileged access reviews (99.25): 2 Managed → 1 Initial');
    const rows = readCsv(compareCsv(comparison));
    expect(rows.map((row) => [row['Area'], row['Score A'], row['Score B'], row['Delta']])).toEqual([
      ['Define business continuity plan', '2.0', '2.8', '+0.8'],
      ['Manage access and security', '2.3', '1.5', '-0.7'],
      ['Monitor notifications and alerts', '', '3.0', ''],
      ['Overall', '2.1', '2.4', '+0.3'],
    ]);
  });
});

describe('comparing assessments of different scopes', () => {
  const onlyContinuity = makeAssessment({
    title: 'Continuity',
    scope: ['business-continuity'],
    answers: { 'recovery-objectives': 2 },
  });
  const onlyAccess = makeAssessment({
    title: 'Access',
    scope: ['access-security'],
    answers: { 'user-onboarding': 3 },
  });
  const apart = compareAssessments(onlyContinuity, onlyAccess, bank);

  it('lists every area in either scope, and none that is in neither', () => {
    expect(
      apart.areas.map((row) => [
        row.area.slug,
        row.a?.score?.display ?? 'not in A',
        row.b?.score?.display ?? 'not in B',
        row.delta,
      ]),
    ).toEqual([
      ['business-continuity', '2.0', 'not in B', undefined],
      ['access-security', 'not in A', '3.0', undefined],
    ]);
  });

  it('lists the answers of the areas only one of them covers as changed', () => {
    expect(apart.changed.map((c) => [c.question.id, c.from, c.to])).toEqual([
      ['recovery-objectives', 2, undefined],
      ['user-onboarding', undefined, 3],
    ]);
  });
});

describe('comparing with a role focus', () => {
  it('lists changed answers only for the questions of the role', () => {
    // recovery-objectives is for administrators only; continuity-exercises for IT support.
    const before = makeAssessment({
      focusRole: 'it-support',
      answers: { 'recovery-objectives': 2, 'continuity-exercises': 2 },
    });
    const after = makeAssessment({
      focusRole: 'it-support',
      answers: { 'recovery-objectives': 4, 'continuity-exercises': 3 },
    });
    expect(
      compareAssessments(before, after, bank).changed.map((c) => [c.question.id, c.from, c.to]),
    ).toEqual([['continuity-exercises', 2, 3]]);
  });
});

describe('recommendations that appear', () => {
  it('are new, not still open', () => {
    const before = makeAssessment({ answers: { 'user-onboarding': 3, 'privileged-access': 2 } });
    const after = makeAssessment({ answers: { 'user-onboarding': 1, 'privileged-access': 2 } });
    const result = compareAssessments(before, after, bank);
    expect(result.added.map((r) => [r.question.id, r.level])).toEqual([['user-onboarding', 1]]);
    expect(result.resolved).toEqual([]);
    expect(result.stillOpen.map((s) => [s.recommendation.question.id, s.levelBefore])).toEqual([
      ['privileged-access', 2],
    ]);
  });
});

describe('on different bank versions', () => {
  it('names a question answered only in the first one, with its title', () => {
    const old = makeAssessment({
      bank: { version: 'fedcba9876543210' },
      answers: { 'recovery-objectives': 2, 'backup-restore-tests': 3 },
    });
    const now = makeAssessment({ answers: { 'recovery-objectives': 4 } });
    expect(compareAssessments(old, now, bank).notCompared).toEqual([
      {
        questionId: 'backup-restore-tests',
        title: 'Backup restore tests',
        reason: 'only-in-a',
      },
    ]);
  });
});
