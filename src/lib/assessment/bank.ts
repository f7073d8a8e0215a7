import type { Answer } from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { paths } from '../urls.ts';

/** How the bank is read by the engine: questions by id, level names, answers in words. */

export type AnswerOption = BankQuestion['options'][number];

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

/** Path of the guidance that explains a question: /areas/<slug>/#<anchor>. */
export function guidanceLink(
  area: Pick<BankArea, 'slug'>,
  question: Pick<BankQuestion, 'anchor'>,
): string {
  return paths.guidance(area.slug, question.anchor);
}

/** The option of a question for a level, found by its `level` rather than its position. */
export function optionAt(question: BankQuestion, level: number): AnswerOption | undefined {
  return question.options.find((option) => option.level === level);
}

/** Title of a role, or its slug when the bank does not know it. */
export function roleTitle(bank: Pick<Bank, 'roles'>, slug: string): string {
  return bank.roles.find((role) => role.slug === slug)?.title ?? slug;
}

/** How the two answers that are not levels are written in exports and reports. */
export const ANSWER_WORDS = { na: 'N/A', unknown: "Don't know" } as const;

/** What level names need of a bank: the levels' numbers and names. */
export interface LevelNames {
  levels: readonly { level: number; name: string }[];
}

/** Name of a maturity level from the bank, for example "Defined". */
export function levelName(bank: LevelNames, level: number): string {
  return bank.levels.find((entry) => entry.level === level)?.name ?? `Level ${level}`;
}

/** An answer in words: the level's name, "N/A", "Don't know", or "" when unanswered. */
export function answerInWords(bank: LevelNames, answer: Answer | undefined): string {
  if (answer === undefined) return '';
  if (answer === 'na' || answer === 'unknown') return ANSWER_WORDS[answer];
  return levelName(bank, answer);
}

/** An answer as a report cell: "3 Defined", "N/A", "Don't know", "unanswered". */
export function answerLabel(bank: LevelNames, answer: Answer | undefined): string {
  if (answer === undefined) return 'unanswered';
  return typeof answer === 'number'
    ? `${answer} ${levelName(bank, answer)}`
    : answerInWords(bank, answer);
}

/**
 * Reads an own entry of a record. Ids are slugs, and "constructor" is a valid slug: a plain
 * `record[id]` would find Object.prototype.constructor for an unanswered question of that id.
 */
export function ownEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True for an answer that is a maturity level (as opposed to "na", "unknown" or none). */
export function isLevel(answer: Answer | undefined): answer is 1 | 2 | 3 | 4 | 5 {
  return typeof answer === 'number';
}

/** A share of a whole as a rounded percentage: "83%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/**
 * What a page needs to render its first view on the server without the whole bank: areas with
 * their question counts, roles, levels, the default target and the version.
 */
export interface BankSummary {
  version: string;
  defaultTarget: number;
  levels: { level: number; name: string }[];
  roles: Bank['roles'];
  areas: (Pick<BankArea, 'slug' | 'catalogId' | 'title' | 'shortTitle'> & { questions: number })[];
  /** Questions in the whole bank. */
  questions: number;
}

export function summarizeBank(bank: Bank): BankSummary {
  const areas = bank.areas.map(({ slug, catalogId, title, shortTitle, questions }) => ({
    slug,
    catalogId,
    title,
    shortTitle,
    questions: questions.length,
  }));
  return {
    version: bank.version,
    defaultTarget: bank.defaultTarget,
    levels: bank.levels.map(({ level, name }) => ({ level, name })),
    roles: bank.roles,
    areas,
    questions: areas.reduce((sum, area) => sum + area.questions, 0),
  };
}
