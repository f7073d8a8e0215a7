import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/lib/assessment/results.ts';
import { assessmentFileSchema } from '../../../src/schemas/assessment-file.ts';
import { bank, fixtureText, makeAssessment } from './helpers.ts';

const summary = (
  answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown'>,
  targets: Record<string, number> = {},
) =>
  scoreAssessment(makeAssessment({ answers, targets }), bank).recommendations.map((r) => [
    r.question.id,
    r.priority,
  ]);

describe('recommendations', () => {
  it('list every question answered with a level below target, by priority = weight × (target − level)', () => {
    const file = assessmentFileSchema.parse(JSON.parse(fixtureText('valid.json')));
    // recovery-objectives: w1 × (3 − 2) = 1; privileged-access: w3 × (4 − 2) = 6 (target 4);
    // backup 3 and continuity 4 meet target 3; unknown, na and unanswered never recommend.
    expect(
      scoreAssessment(file, bank).recommendations.map((r) => [r.question.id, r.priority]),
    ).toEqual([
      ['privileged-access', 6],
      ['recovery-objectives', 1],
    ]);
  });

  it('break ties by area order, then question order, not by answer order', () => {
    // All priority 1, answered in reverse bank order.
    expect(summary({ 'alert-routing': 2, 'user-onboarding': 2, 'recovery-objectives': 2 })).toEqual(
      [
        ['recovery-objectives', 1],
        ['user-onboarding', 1],
        ['alert-routing', 1],
      ],
    );
    // Same area, both priority 2: w2 × (3 − 2) and w1 × (3 − 1).
    expect(summary({ 'backup-restore-tests': 2, 'recovery-objectives': 1 })).toEqual([
      ['recovery-objectives', 2],
      ['backup-restore-tests', 2],
    ]);
  });

  it('follow the target: nothing at or above it, more when it rises', () => {
    expect(summary({ 'continuity-exercises': 3 })).toEqual([]);
    expect(summary({ 'continuity-exercises': 3 }, { 'business-continuity': 5 })).toEqual([
      ['continuity-exercises', 6],
    ]);
    expect(summary({ 'continuity-exercises': 1 }, { 'business-continuity': 1 })).toEqual([]);
  });

  it('carry the current option, its advice, the next level and the guidance link', () => {
    const [item] = scoreAssessment(
      makeAssessment({ answers: { 'privileged-access': 2 } }),
      bank,
    ).recommendations;
    expect(item).toMatchObject({
      area: { slug: 'access-security' },
      question: { id: 'privileged-access' },
      level: 2,
      target: 3,
      current: { level: 2, label: 'Level 2 practice for privileged access reviews.' },
      advice: 'Move privileged access reviews from level 2 to level 3.',
      next: { level: 3, label: 'Level 3 practice for privileged access reviews.' },
      link: '/areas/access-security/#99-25-050',
      priority: 3,
    });
  });

  it('leave out questions outside the scope or the focus role', () => {
    const results = scoreAssessment(
      makeAssessment({
        focusRole: 'it-support',
        answers: { 'recovery-objectives': 1, 'backup-restore-tests': 1 },
      }),
      bank,
    );
    expect(results.recommendations.map((r) => r.question.id)).toEqual(['backup-restore-tests']);
  });
});
