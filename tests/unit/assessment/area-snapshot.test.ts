import { describe, expect, it } from 'vitest';
import { areaSnapshot } from '../../../src/lib/assessment/area-snapshot.ts';
import type { StoreState, StoredAssessment } from '../../../src/lib/assessment/store/types.ts';
import { bank, makeAssessment } from './helpers.ts';

const stored = (id: string, overrides: Partial<StoredAssessment>): StoredAssessment => ({
  id,
  ...makeAssessment(overrides),
});
const state = (...assessments: StoredAssessment[]): StoreState => ({ version: 2, assessments });

// access-security: user-onboarding (weight 1) and privileged-access (weight 3), target 3.
const older = stored('older', {
  title: 'Q1',
  updatedAt: '2025-01-01T00:00:00Z',
  answers: { 'user-onboarding': 2, 'privileged-access': 4 },
});
const newer = stored('newer', {
  title: 'Q2',
  updatedAt: '2025-04-01T00:00:00Z',
  answers: { 'user-onboarding': 1, 'privileged-access': 2 },
  plan: { 'user-onboarding': { status: 'done' } },
});

describe('"Your assessment" on an area page', () => {
  it('shows the most recently changed assessment that answers the area, with its open work', () => {
    const snapshot = areaSnapshot(state(older, newer), bank, 'access-security');
    expect(snapshot?.assessment).toEqual({
      id: 'newer',
      title: 'Q2',
      updatedAt: '2025-04-01T00:00:00Z',
      frozen: false,
    });
    // (1×1 + 3×2) / 4 = 1.75, shown 1.8, level 1.
    expect(snapshot?.result.score?.display).toBe('1.8');
    expect(snapshot?.result.score?.level).toBe(1);
    // user-onboarding is marked done, so only privileged-access is still open.
    expect(snapshot?.open.map((row) => row.question.id)).toEqual(['privileged-access']);
  });

  it("prefers the tab's own assessment when it covers the area", () => {
    const snapshot = areaSnapshot(state(older, newer), bank, 'access-security', 'older');
    expect(snapshot?.assessment.id).toBe('older');
    // (1×2 + 3×4) / 4 = 3.5: user-onboarding below target 3 stays open.
    expect(snapshot?.result.score?.display).toBe('3.5');
    expect(snapshot?.open.map((row) => row.question.id)).toEqual(['user-onboarding']);
  });

  it('skips assessments whose scope leaves the area out, or that answer nothing there', () => {
    const otherScope = stored('scoped', {
      updatedAt: '2026-01-01T00:00:00Z',
      scope: ['business-continuity'],
      answers: { 'recovery-objectives': 3 },
    });
    const blank = stored('blank', { updatedAt: '2026-02-01T00:00:00Z' });
    expect(
      areaSnapshot(state(otherScope, blank, older), bank, 'access-security')?.assessment.id,
    ).toBe('older');
    expect(areaSnapshot(state(otherScope, blank), bank, 'access-security')).toBeUndefined();
  });

  it('skips a role focus that leaves the area without questions, and counts "don\'t know" as an answer', () => {
    const focused = stored('focused', {
      updatedAt: '2026-01-01T00:00:00Z',
      focusRole: 'it-support',
      answers: { 'continuity-exercises': 'unknown' },
    });
    expect(areaSnapshot(state(focused), bank, 'access-security')).toBeUndefined();
    const snapshot = areaSnapshot(state(focused), bank, 'business-continuity');
    expect(snapshot?.result.score).toBeUndefined();
    expect(snapshot?.result.completion.unknown).toBe(1);
  });

  it('says when the assessment shown is a frozen milestone', () => {
    const milestone = stored('m', {
      answers: { 'user-onboarding': 3 },
      milestone: { name: 'Q1 baseline', frozenAt: '2025-02-01T00:00:00Z' },
    });
    expect(areaSnapshot(state(milestone), bank, 'access-security')?.assessment.frozen).toBe(true);
  });

  it('shows nothing for an area the bank does not have', () => {
    expect(areaSnapshot(state(newer), bank, 'no-such-area')).toBeUndefined();
  });

  it('shows an area answered with a level and "n/a", or with a level and "don\'t know"', () => {
    const withNa = stored('na', { answers: { 'user-onboarding': 2, 'privileged-access': 'na' } });
    expect(areaSnapshot(state(withNa), bank, 'access-security')?.result.completion).toMatchObject({
      rated: 1,
      na: 1,
    });
    const withUnknown = stored('unknown', {
      answers: { 'user-onboarding': 2, 'privileged-access': 'unknown' },
    });
    expect(
      areaSnapshot(state(withUnknown), bank, 'access-security')?.result.completion,
    ).toMatchObject({ rated: 1, unknown: 1 });
  });

  it("lists only the area's own open work", () => {
    const both = stored('both', {
      answers: { 'recovery-objectives': 1, 'user-onboarding': 1, 'alert-routing': 2 },
    });
    expect(
      areaSnapshot(state(both), bank, 'access-security')?.open.map((row) => row.question.id),
    ).toEqual(['user-onboarding']);
  });
});
