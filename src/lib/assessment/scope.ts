import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';

export type ScopeFields = Pick<AssessmentFile, 'scope' | 'focusRole'>;

/** An area in scope with the questions in scope, both in bank order. */
export interface ScopedArea {
  area: BankArea;
  areaIndex: number;
  questions: BankQuestion[];
}

/**
 * The areas and questions an assessment covers: the areas named in `scope` (all when empty),
 * narrowed to the questions of `focusRole`. Areas left without questions are omitted.
 * Names the bank does not know are ignored (see ignoredScope); if no scope area is known,
 * every area is in scope, so a file from an older bank never shows an empty questionnaire.
 */
export function areasInScope(bank: Bank, fields: ScopeFields): ScopedArea[] {
  const known = knownScopeAreas(bank, fields.scope);
  const role = knownRole(bank, fields.focusRole);
  return bank.areas
    .map((area, areaIndex) => ({ area, areaIndex, questions: questionsFor(area, role) }))
    .filter((entry) => known.size === 0 || known.has(entry.area.slug))
    .filter((entry) => entry.questions.length > 0);
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

function knownRole(bank: Bank, role: string | undefined): string | undefined {
  return bank.roles.some((entry) => entry.slug === role) ? role : undefined;
}

function questionsFor(area: BankArea, role: string | undefined): BankQuestion[] {
  return role === undefined ? area.questions : area.questions.filter((q) => q.roles.includes(role));
}
