import type { Answer, AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { ownEntry, questionIndex } from './bank.ts';
import type { Recommendation } from './findings.ts';
import { formatDelta, minus, type Fraction } from './fraction.ts';
import {
  scoreAssessment,
  type AreaResult,
  type AssessmentResults,
  type Completion,
  type Score,
} from './scoring.ts';

/**
 * Two assessments or milestones side by side (DESIGN.md, "Compare"): both scores, the delta
 * (exact B − exact A, shown half up with its sign), both levels and completions, every answer
 * that changed, and what happened to the recommendations. On different bank versions only the
 * questions both files answered are compared; the rest are listed apart.
 */

export interface Delta {
  exact: Fraction;
  /** "+0.4", "−1.0", "0.0". */
  display: string;
}

export interface AreaComparison {
  area: BankArea;
  a: AreaResult | undefined;
  b: AreaResult | undefined;
  /** Defined when both have a score. */
  delta: Delta | undefined;
}

export interface ChangedAnswer {
  area: BankArea;
  question: BankQuestion;
  from: Answer | undefined;
  to: Answer | undefined;
}

export interface StillOpen {
  /** B's recommendation (current level, advice). */
  recommendation: Recommendation;
  /** The level A had. */
  levelBefore: number;
}

/** Why a question is left out of the comparison. */
export interface NotCompared {
  questionId: string;
  title: string | undefined;
  reason: 'only-in-a' | 'only-in-b' | 'retired';
}

export interface Comparison {
  a: AssessmentResults;
  b: AssessmentResults;
  /** Every area in either scope, in bank order. */
  areas: AreaComparison[];
  overall: { a: Score | undefined; b: Score | undefined; delta: Delta | undefined };
  completion: { a: Completion; b: Completion };
  changed: ChangedAnswer[];
  resolved: Recommendation[];
  added: Recommendation[];
  stillOpen: StillOpen[];
  sameBank: boolean;
  notCompared: NotCompared[];
}

export function compareAssessments(a: AssessmentFile, b: AssessmentFile, bank: Bank): Comparison {
  const sameBank = a.bank.version === b.bank.version;
  const { compared, notCompared } = comparedQuestions(a, b, bank, sameBank);
  const shared = restrictBank(bank, compared);
  const resultsA = scoreAssessment(a, shared);
  const resultsB = scoreAssessment(b, shared);
  const inA = new Map(resultsA.areas.map((area) => [area.area.slug, area]));
  const inB = new Map(resultsB.areas.map((area) => [area.area.slug, area]));
  const areas = shared.areas
    .filter((area) => inA.has(area.slug) || inB.has(area.slug))
    .map((area) => {
      const ra = inA.get(area.slug);
      const rb = inB.get(area.slug);
      return { area, a: ra, b: rb, delta: deltaOf(ra?.score, rb?.score) };
    });
  const recsA = new Map(resultsA.recommendations.map((r) => [r.question.id, r]));
  const recsB = new Map(resultsB.recommendations.map((r) => [r.question.id, r]));
  return {
    a: resultsA,
    b: resultsB,
    areas,
    overall: {
      a: resultsA.overall,
      b: resultsB.overall,
      delta: deltaOf(resultsA.overall, resultsB.overall),
    },
    completion: { a: resultsA.completion, b: resultsB.completion },
    changed: changedAnswers(a, b, areas),
    resolved: resultsA.recommendations.filter((r) => !recsB.has(r.question.id)),
    added: resultsB.recommendations.filter((r) => !recsA.has(r.question.id)),
    stillOpen: resultsB.recommendations.flatMap((recommendation) => {
      const before = recsA.get(recommendation.question.id);
      return before ? [{ recommendation, levelBefore: before.level }] : [];
    }),
    sameBank,
    notCompared,
  };
}

function deltaOf(a: Score | undefined, b: Score | undefined): Delta | undefined {
  if (!a || !b) return undefined;
  const exact = minus(b.exact, a.exact);
  return { exact, display: formatDelta(exact) };
}

/** Every question in the compared areas whose answer differs, in bank order. */
function changedAnswers(
  a: AssessmentFile,
  b: AssessmentFile,
  areas: readonly AreaComparison[],
): ChangedAnswer[] {
  return areas.flatMap(({ area, a: ra, b: rb }) => {
    const questions = new Set(
      [...(ra?.questions ?? []), ...(rb?.questions ?? [])].map((t) => t.question),
    );
    return area.questions
      .filter((question) => questions.has(question))
      .flatMap((question) => {
        const from = ownEntry(a.answers, question.id);
        const to = ownEntry(b.answers, question.id);
        return from === to ? [] : [{ area, question, from, to }];
      });
  });
}

/**
 * The questions both can be compared on. With the same bank, all of them. With different bank
 * versions, the questions of the current bank that both files answered (a level, "na" or
 * "unknown"): a question one bank may not have had cannot be judged from its absence.
 */
function comparedQuestions(
  a: AssessmentFile,
  b: AssessmentFile,
  bank: Bank,
  sameBank: boolean,
): { compared: ReadonlySet<string>; notCompared: NotCompared[] } {
  const index = questionIndex(bank);
  const retired = (file: AssessmentFile) =>
    Object.keys(file.answers).filter((id) => !index.has(id));
  const notCompared: NotCompared[] = [...new Set([...retired(a), ...retired(b)])].map((id) => ({
    questionId: id,
    title: undefined,
    reason: 'retired',
  }));
  if (sameBank) return { compared: new Set(index.keys()), notCompared };
  const compared = new Set<string>();
  for (const [id, place] of index) {
    const inA = ownEntry(a.answers, id) !== undefined;
    const inB = ownEntry(b.answers, id) !== undefined;
    if (inA && inB) compared.add(id);
    else if (inA || inB)
      notCompared.push({
        questionId: id,
        title: place.question.title,
        reason: inA ? 'only-in-a' : 'only-in-b',
      });
  }
  return { compared, notCompared };
}

/** The bank with only the given questions, areas and order unchanged. */
function restrictBank(bank: Bank, questionIds: ReadonlySet<string>): Bank {
  return {
    ...bank,
    areas: bank.areas.map((area) => ({
      ...area,
      questions: area.questions.filter((question) => questionIds.has(question.id)),
    })),
  };
}
