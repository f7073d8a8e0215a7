import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { roleTitle } from './bank.ts';

/**
 * What an assessment covers: areas (`scope`, empty = all) and an optional role focus, as stored,
 * as read from a link (`?areas=a,b&role=r`), as edited in a form and as said in words.
 */
export type ScopeFields = Pick<AssessmentFile, 'scope' | 'focusRole'>;

/** What scope helpers need of a bank: its areas and roles (a summary of the bank will do). */
export interface ScopeBank {
  areas: readonly Pick<BankArea, 'slug' | 'title'>[];
  roles: Bank['roles'];
}

/** An area in scope with the questions in scope, both in bank order. */
export interface ScopedArea {
  area: BankArea;
  areaIndex: number;
  /** The questions in scope; empty when the focus role has none in this area. */
  questions: BankQuestion[];
}

/**
 * The areas and questions an assessment covers: the areas named in `scope` (all when empty),
 * narrowed to the questions of `focusRole`. An area left without questions for the role stays in
 * the list with no questions (DESIGN.md: listed, not scored, never silently dropped). Names the
 * bank does not know are ignored (see ignoredScope); if no scope area is known, every area is in
 * scope, so a file from an older bank never shows an empty questionnaire.
 */
export function areasInScope(bank: Bank, fields: ScopeFields): ScopedArea[] {
  const known = knownScopeAreas(bank, fields.scope);
  const role = knownRole(bank, fields.focusRole);
  return bank.areas
    .map((area, areaIndex) => ({ area, areaIndex, questions: questionsFor(area, role) }))
    .filter((entry) => known.size === 0 || known.has(entry.area.slug));
}

/** The focus role when the bank knows it. */
export function knownRole(bank: Pick<Bank, 'roles'>, role: string | undefined): string | undefined {
  return bank.roles.some((entry) => entry.slug === role) ? role : undefined;
}

/** Scope entries and the focus role that the bank does not know, and that scoring ignores. */
export function ignoredScope(bank: Bank, fields: ScopeFields): { areas: string[]; role?: string } {
  const areas = fields.scope.filter((slug) => !bank.areas.some((area) => area.slug === slug));
  const role = fields.focusRole;
  return role === undefined || knownRole(bank, role) ? { areas } : { areas, role };
}

function knownScopeAreas(bank: Bank, scope: readonly string[]): Set<string> {
  return new Set(scope.filter((slug) => bank.areas.some((area) => area.slug === slug)));
}

function questionsFor(area: BankArea, role: string | undefined): BankQuestion[] {
  return role === undefined ? area.questions : area.questions.filter((q) => q.roles.includes(role));
}

// ---- Links -------------------------------------------------------------------------------

/** A scope read from a link, with the parts the bank does not know so the UI can say so. */
export interface UrlScope {
  /** Known area slugs, in bank order; empty means every area. */
  scope: string[];
  focusRole?: string;
  /** Area names in `?areas=` that the bank does not know ("unknown area x ignored"). */
  unknownAreas: string[];
  /** The `?role=` value when the bank does not know it. */
  unknownRole?: string;
}

/** Reads `?areas=a,b&role=r`. Repeated `areas` parameters add up; case and spaces are forgiven. */
export function scopeFromUrl(searchParams: URLSearchParams, bank: ScopeBank): UrlScope {
  const requested = new Set(searchParams.getAll('areas').flatMap(splitList));
  const scope = bank.areas.map((area) => area.slug).filter((slug) => requested.has(slug));
  const unknownAreas = [...requested].filter((slug) => !scope.includes(slug));
  const role = searchParams.get('role')?.trim().toLowerCase() || undefined;
  if (role === undefined) return { scope, unknownAreas };
  return knownRole(bank, role)
    ? { scope, focusRole: role, unknownAreas }
    : { scope, unknownAreas, unknownRole: role };
}

/** The query string that reproduces a scope, for example "?areas=a,b&role=r" ("" for all). */
export function scopeToQuery(fields: ScopeFields): string {
  const parts = [
    fields.scope.length > 0 ? `areas=${fields.scope.map(encodeURIComponent).join(',')}` : '',
    fields.focusRole ? `role=${encodeURIComponent(fields.focusRole)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}

// ---- The scope form ----------------------------------------------------------------------

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
export function toggleArea(
  bank: ScopeBank,
  value: ScopeValue,
  slug: string,
  on: boolean,
): ScopeValue {
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

// ---- In words ----------------------------------------------------------------------------

/** The scope in words: "all 13 areas", "3 areas", "Licensing", "all 13 areas, questions for IT support". */
export function describeScope(bank: ScopeBank, fields: ScopeFields): string {
  const known = fields.scope.filter((slug) => bank.areas.some((a) => a.slug === slug));
  const single = known.length === 1 ? bank.areas.find((a) => a.slug === known[0]) : undefined;
  const areas =
    known.length === 0 || known.length === bank.areas.length
      ? `all ${bank.areas.length} areas`
      : (single?.title ?? `${known.length} areas`);
  const role = knownRole(bank, fields.focusRole);
  return role ? `${areas}, questions for ${roleTitle(bank, role)}` : areas;
}

/** Whether two scopes select the same questions (order of areas does not matter). */
export function sameScope(a: ScopeFields, b: ScopeFields): boolean {
  const key = (s: readonly string[]) => [...s].sort().join(',');
  return key(a.scope) === key(b.scope) && (a.focusRole ?? '') === (b.focusRole ?? '');
}

/** A title for a new assessment, such as "Assessment 2026-11-21". */
export function defaultTitle(now: Date): string {
  return `Assessment ${now.toISOString().slice(0, 10)}`;
}
