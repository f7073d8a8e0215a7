import type { Bank } from '../../schemas/bank.ts';
import type { ScopeFields } from './scope.ts';

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
export function scopeFromUrl(searchParams: URLSearchParams, bank: Bank): UrlScope {
  const requested = new Set(searchParams.getAll('areas').flatMap(splitList));
  const scope = bank.areas.map((area) => area.slug).filter((slug) => requested.has(slug));
  const unknownAreas = [...requested].filter((slug) => !scope.includes(slug));
  const role = searchParams.get('role')?.trim().toLowerCase() || undefined;
  if (role === undefined) return { scope, unknownAreas };
  const known = bank.roles.some((entry) => entry.slug === role);
  return known
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
