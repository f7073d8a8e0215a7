import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import {
  areasInScope,
  describeScope,
  ignoredScope,
  isScopeComplete,
  sameScope,
  scopeFromUrl,
  scopeOf,
  scopeToQuery,
  scopeValueOf,
  toggleArea,
} from '../../../src/lib/assessment/scope.ts';
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

  it('narrows to the questions of the focus role and keeps areas left without questions, empty', () => {
    expect(ids({ scope: [], focusRole: 'it-support' })).toEqual([
      ['business-continuity', ['backup-restore-tests', 'continuity-exercises']],
      ['access-security', []],
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

describe('the scope form', () => {
  it('reads a stored scope as all, some areas or a role', () => {
    expect(scopeValueOf([])).toEqual({ kind: 'all', areas: [], role: '' });
    expect(scopeValueOf(['access-security'])).toEqual({
      kind: 'areas',
      areas: ['access-security'],
      role: '',
    });
    expect(scopeValueOf([], 'it-support')).toEqual({ kind: 'role', areas: [], role: 'it-support' });
  });

  it('gives back the scope the form stands for', () => {
    expect(scopeOf({ kind: 'all', areas: ['access-security'], role: 'x' })).toEqual({ scope: [] });
    expect(scopeOf({ kind: 'areas', areas: ['access-security'], role: 'x' })).toEqual({
      scope: ['access-security'],
    });
    expect(scopeOf({ kind: 'role', areas: ['access-security'], role: 'it-support' })).toEqual({
      scope: [],
      focusRole: 'it-support',
    });
    expect(scopeOf({ kind: 'role', areas: [], role: '' })).toEqual({
      scope: [],
      focusRole: undefined,
    });
  });

  it('ticks areas into bank order and unticks them', () => {
    let value = scopeValueOf([]);
    value = toggleArea(bank, { ...value, kind: 'areas' }, 'notifications-alerts', true);
    value = toggleArea(bank, value, 'business-continuity', true);
    expect(value.areas).toEqual(['business-continuity', 'notifications-alerts']);
    expect(toggleArea(bank, value, 'business-continuity', false).areas).toEqual([
      'notifications-alerts',
    ]);
  });

  it('is complete only when "some areas" ticks one and "a role" names one', () => {
    expect(isScopeComplete({ kind: 'all', areas: [], role: '' })).toBe(true);
    expect(isScopeComplete({ kind: 'areas', areas: [], role: '' })).toBe(false);
    expect(isScopeComplete({ kind: 'areas', areas: ['access-security'], role: '' })).toBe(true);
    expect(isScopeComplete({ kind: 'role', areas: [], role: '' })).toBe(false);
    expect(isScopeComplete({ kind: 'role', areas: [], role: 'it-support' })).toBe(true);
  });
});

describe('the scope in words', () => {
  it('names all areas, one area, several, and the role', () => {
    expect(describeScope(bank, { scope: [] })).toBe('all 3 areas');
    expect(describeScope(bank, { scope: ['access-security'] })).toBe('Manage access and security');
    expect(describeScope(bank, { scope: ['access-security', 'business-continuity'] })).toBe(
      '2 areas',
    );
    expect(describeScope(bank, { scope: [], focusRole: 'it-support' })).toBe(
      'all 3 areas, questions for IT support',
    );
    expect(describeScope(bank, { scope: [], focusRole: 'nobody' })).toBe('all 3 areas');
  });

  it('compares scopes whatever the order of areas', () => {
    expect(sameScope({ scope: ['a', 'b'] }, { scope: ['b', 'a'] })).toBe(true);
    expect(sameScope({ scope: ['a'] }, { scope: ['a'], focusRole: 'r' })).toBe(false);
    expect(sameScope({ scope: ['a'] }, { scope: ['a', 'b'] })).toBe(false);
  });
});

describe('scope at its edges', () => {
  it('ignores nothing of a known role, and has no role entry without a role', () => {
    expect(ignoredScope(bank, { scope: [], focusRole: 'it-support' })).toStrictEqual({ areas: [] });
    expect(ignoredScope(bank, { scope: ['nowhere'] })).toStrictEqual({ areas: ['nowhere'] });
    expect(ignoredScope(bank, { scope: [], focusRole: 'nobody' })).toStrictEqual({
      areas: [],
      role: 'nobody',
    });
  });

  it('reads a link without a role as no role at all', () => {
    expect(scopeFromUrl(new URLSearchParams('areas=access-security'), bank)).toStrictEqual({
      scope: ['access-security'],
      unknownAreas: [],
    });
  });

  it('keeps the ticked areas of a form that switches to a role', () => {
    expect(scopeValueOf(['access-security'], 'it-support')).toEqual({
      kind: 'role',
      areas: ['access-security'],
      role: 'it-support',
    });
  });

  it('counts only the areas the bank knows, and says "all" when every one is named', () => {
    expect(describeScope(bank, { scope: ['nowhere'] })).toBe('all 3 areas');
    expect(describeScope(bank, { scope: ['nowhere', 'access-security'] })).toBe(
      'Manage access and security',
    );
    expect(
      describeScope(bank, {
        scope: ['notifications-alerts', 'business-continuity', 'access-security'],
      }),
    ).toBe('all 3 areas');
  });

  it('tells apart scopes whose area names run together', () => {
    expect(sameScope({ scope: ['ab', 'c'] }, { scope: ['a', 'bc'] })).toBe(false);
  });
});
