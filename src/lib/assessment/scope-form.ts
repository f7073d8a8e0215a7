import type { Bank } from '../../schemas/bank.ts';

/** What a scope form edits: all areas, some areas (ticked), or one role's questions. */
export interface ScopeValue {
  kind: 'all' | 'areas' | 'role';
  areas: string[];
  role: string;
}

/** The form value for a stored scope. */
export function scopeValueOf(scope: readonly string[], focusRole?: string): ScopeValue {
  if (focusRole) return { kind: 'role', areas: [...scope], role: focusRole };
  return { kind: scope.length ? 'areas' : 'all', areas: [...scope], role: '' };
}

/** The scope a form value stands for, in the file format's terms (no areas means all). */
export function scopeOf(value: ScopeValue): { scope: string[]; focusRole?: string } {
  if (value.kind === 'role') return { scope: [], focusRole: value.role || undefined };
  return { scope: value.kind === 'areas' ? value.areas : [] };
}

/** Ticks or unticks an area, keeping the areas in bank order. */
export function toggleArea(bank: Bank, value: ScopeValue, slug: string, on: boolean): ScopeValue {
  const areas = on
    ? bank.areas.map((a) => a.slug).filter((s) => s === slug || value.areas.includes(s))
    : value.areas.filter((s) => s !== slug);
  return { ...value, areas };
}

/** A form that asks for some areas must tick one; one that asks for a role must name it. */
export function isScopeComplete(value: ScopeValue): boolean {
  if (value.kind === 'areas') return value.areas.length > 0;
  if (value.kind === 'role') return value.role !== '';
  return true;
}
