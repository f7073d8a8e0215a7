import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { paths } from '../urls.ts';

/** Where a question sits in the bank, for ordering and for links to its guidance. */
export interface QuestionPlace {
  area: BankArea;
  areaIndex: number;
  question: BankQuestion;
  questionIndex: number;
}

// A bank is loaded once and never mutated, so its index can be shared by every caller.
const cache = new WeakMap<Bank, ReadonlyMap<string, QuestionPlace>>();

/** Every question of the bank by id. */
export function questionIndex(bank: Bank): ReadonlyMap<string, QuestionPlace> {
  const cached = cache.get(bank);
  if (cached) return cached;
  const index = new Map<string, QuestionPlace>();
  bank.areas.forEach((area, areaIndex) =>
    area.questions.forEach((question, questionIndex) =>
      index.set(question.id, { area, areaIndex, question, questionIndex }),
    ),
  );
  cache.set(bank, index);
  return index;
}

export function areaBySlug(bank: Bank, slug: string): BankArea | undefined {
  return bank.areas.find((area) => area.slug === slug);
}

/** Path of the guidance that explains a question: /areas/<slug>/#<anchor>. */
export function guidanceLink(
  area: Pick<BankArea, 'slug'>,
  question: Pick<BankQuestion, 'anchor'>,
): string {
  return paths.guidance(area.slug, question.anchor);
}
