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
 * Builds the public question bank. Its version is a hash of everything that affects answers
 * and scores, so a file made with another bank can be recognised when it is imported.
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
  return { format: BANK_FORMAT, version: hash(JSON.stringify(content)).slice(0, 16), ...content };
}

function toBankQuestion(question: Question): BankArea['questions'][number] {
  const { roles, options, ...rest } = question;
  return {
    ...rest,
    options: [...options].sort((a, b) => a.level - b.level),
    roles: roles.map((role) => role.id),
  };
}
