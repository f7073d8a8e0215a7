import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/lib/assessment/results.ts';
import { areasInScope } from '../../../src/lib/assessment/scope.ts';
import { scopeFromUrl, scopeToQuery } from '../../../src/lib/assessment/scope-url.ts';
import { bank, makeAssessment } from './helpers.ts';

const ids = (scope: { scope: string[]; focusRole?: string }) =>
  areasInScope(bank, scope).map(({ area, questions }) => [area.slug, questions.map((q) => q.id)]);

describe('scope', () => {
  it('is every area when empty, in bank order', () => {
    expect(ids({ scope: [] }).map(([slug]) => slug)).toEqual([
      'business-continuity',
      'access-security',
      'notifications-alerts',
    ]);
  });

  it('keeps the named areas in bank order, whatever order they are named in', () => {
    expect(
      ids({ scope: ['notifications-alerts', 'business-continuity'] }).map(([slug]) => slug),
    ).toEqual(['business-continuity', 'notifications-alerts']);
  });

  it('narrows to the questions of the focus role and drops areas left without questions', () => {
    expect(ids({ scope: [], focusRole: 'it-support' })).toEqual([
      ['business-continuity', ['backup-restore-tests', 'continuity-exercises']],
      ['notifications-alerts', ['service-health-alerts']],
    ]);
  });

  it('ignores unknown areas and roles, and falls back to all areas when no scope area is known', () => {
    expect(ids({ scope: ['retired-area', 'access-security'] }).map(([slug]) => slug)).toEqual([
      'access-security',
    ]);
    expect(ids({ scope: ['retired-area'] })).toHaveLength(3);
    expect(ids({ scope: [], focusRole: 'no-such-role' })).toEqual(ids({ scope: [] }));
    const results = scoreAssessment(
      makeAssessment({ scope: ['retired-area'], focusRole: 'no-such-role' }),
      bank,
    );
    expect(results.ignored).toEqual({ areas: ['retired-area'], role: 'no-such-role' });
  });

  it('scores only what is in scope; answers outside it are kept but do not count', () => {
    const assessment = makeAssessment({
      scope: ['access-security'],
      answers: { 'recovery-objectives': 1, 'user-onboarding': 4 },
    });
    const results = scoreAssessment(assessment, bank);
    expect(results.areas.map((area) => area.area.slug)).toEqual(['access-security']);
    expect(results.overall?.display).toBe('4.0');
    expect(results.retired).toEqual([]); // out of scope is not retired
  });
});

describe('scopeFromUrl', () => {
  const read = (query: string) => scopeFromUrl(new URLSearchParams(query), bank);

  it('reads ?areas=a,b&role=r in bank order', () => {
    expect(read('?areas=notifications-alerts,business-continuity&role=it-support')).toEqual({
      scope: ['business-continuity', 'notifications-alerts'],
      focusRole: 'it-support',
      unknownAreas: [],
    });
  });

  it('ignores unknown areas and reports them, forgiving case, spaces and repeats', () => {
    expect(read('areas=Access-Security, no-such-area,,access-security&areas=other')).toEqual({
      scope: ['access-security'],
      unknownAreas: ['no-such-area', 'other'],
    });
  });

  it('reports an unknown role and does not narrow by it', () => {
    expect(read('role=auditors')).toEqual({ scope: [], unknownAreas: [], unknownRole: 'auditors' });
  });

  it('is every area with no parameters (or empty ones)', () => {
    expect(read('')).toEqual({ scope: [], unknownAreas: [] });
    expect(read('areas=&role=')).toEqual({ scope: [], unknownAreas: [] });
  });

  it('round-trips through scopeToQuery', () => {
    const query = scopeToQuery({
      scope: ['business-continuity', 'access-security'],
      focusRole: 'administrators',
    });
    expect(query).toBe('?areas=business-continuity,access-security&role=administrators');
    expect(read(query)).toEqual({
      scope: ['business-continuity', 'access-security'],
      focusRole: 'administrators',
      unknownAreas: [],
    });
    expect(scopeToQuery({ scope: [] })).toBe('');
  });
});
