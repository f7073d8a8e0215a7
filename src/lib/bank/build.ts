import { BANK_FORMAT, type Bank, type BankArea } from '../../schemas/bank.ts';
import type { MaturityModel } from '../../schemas/maturity.ts';
import type { Question } from '../../schemas/question.ts';

/** What the bank is built from: the content collections, reduced to plain data. */
export interface BankSource {
  areas: { slug: string; catalogId: string; title: string; shortTitle: string }[];
  questions: ReadonlyMap<string, Question[]>;
  maturity: MaturityModel;
  roles: { slug: string; title: string }[];
}

/**
 * Builds the public question bank. Its version is a hash of what affects answers and scores
 * (DESIGN.md): question ids, weights and option levels, which area each question belongs to,
 * and the default target. Wording, help, evidence and roles are left out, so fixing a typo does
 * not make every later import warn about another bank version.
 */
export function buildBank(source: BankSource, hash: (text: string) => string): Bank {
  const content = {
    defaultTarget: source.maturity.defaultTarget,
    levels: source.maturity.levels,
    roles: source.roles,
    areas: source.areas.map((area): BankArea => ({
      ...area,
      questions: (source.questions.get(area.slug) ?? []).map(toBankQuestion),
    })),
  };
  return {
    format: BANK_FORMAT,
    version: hash(JSON.stringify(scoringShape(content))).slice(0, 16),
    ...content,
  };
}

/** The part of the bank that scoring depends on, in a stable order. */
export function scoringShape(content: Pick<Bank, 'defaultTarget' | 'areas'>) {
  return {
    defaultTarget: content.defaultTarget,
    areas: content.areas.map((area) => ({
      slug: area.slug,
      questions: area.questions.map((question) => ({
        id: question.id,
        weight: question.weight,
        levels: question.options.map((option) => option.level),
      })),
    })),
  };
}

function toBankQuestion(question: Question): BankArea['questions'][number] {
  const { roles, options, ...rest } = question;
  return {
    ...rest,
    options: [...options].sort((a, b) => a.level - b.level),
    roles: roles.map((role) => role.id),
  };
}
