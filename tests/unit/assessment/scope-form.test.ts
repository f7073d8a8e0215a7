import { describe, expect, it } from 'vitest';
import {
  isScopeComplete,
  scopeOf,
  scopeValueOf,
  toggleArea,
} from '../../../src/lib/assessment/scope-form.ts';
import { bankSchema } from '../../../src/schemas/bank.ts';
import fixture from '../../fixtures/assessment/bank.json' with { type: 'json' };

const bank = bankSchema.parse(fixture);
const [first, second, third] = bank.areas.map((a) => a.slug);

describe('the scope form', () => {
  it('reads a stored scope back into the form and out again unchanged', () => {
    for (const stored of [
      { scope: [] },
      { scope: [second!] },
      { scope: [], focusRole: 'administrators' },
    ]) {
      expect(scopeOf(scopeValueOf(stored.scope, stored.focusRole))).toEqual(stored);
    }
  });

  it('keeps ticked areas in bank order, whatever order they were ticked in', () => {
    let value = scopeValueOf([]);
    value = toggleArea(bank, { ...value, kind: 'areas' }, third!, true);
    value = toggleArea(bank, value, first!, true);
    expect(value.areas).toEqual([first, third]);
    expect(toggleArea(bank, value, first!, false).areas).toEqual([third]);
  });

  it('is incomplete while "some areas" has none ticked or "a role" names none', () => {
    expect(isScopeComplete(scopeValueOf([]))).toBe(true);
    expect(isScopeComplete({ kind: 'areas', areas: [], role: '' })).toBe(false);
    expect(isScopeComplete({ kind: 'role', areas: [], role: '' })).toBe(false);
    expect(isScopeComplete({ kind: 'role', areas: [], role: 'it-support' })).toBe(true);
  });
});
