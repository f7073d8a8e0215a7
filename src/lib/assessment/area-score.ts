import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { BankArea } from '../../schemas/bank.ts';
import type { Fraction } from './fraction.ts';
import { answerOf } from './lookup.ts';
import {
  levelsAssuming,
  scoredLevels,
  traceQuestion,
  type QuestionTrace,
} from './question-trace.ts';
import type { ScopedArea } from './scope.ts';
import { scoreOf, type Score } from './score-value.ts';
import { weightedMean } from './weighted-mean.ts';

/** How much of a set of questions has an answer (a level, "na" or "unknown"). */
export interface Completion {
  answered: number;
  total: number;
  /** answered / total, 0 to 1 (0 when there are no questions). */
  ratio: number;
}

/** The result of one area, able to explain itself question by question. */
export interface AreaResult {
  area: BankArea;
  areaIndex: number;
  /** Each question in scope, in bank order, with its weight, answer and whether it counted. */
  questions: QuestionTrace[];
  /** Undefined when no question is answered with a level. */
  score: Score | undefined;
  /** Score with unknown and unanswered questions at 1 and at 5; undefined when all are "na". */
  range: { low: Score; high: Score } | undefined;
  completion: Completion;
  target: number;
}

/** The exact area score, for callers that combine areas (the overall mean). */
export function areaFraction(traces: readonly QuestionTrace[]): Fraction | undefined {
  return weightedMean(scoredLevels(traces));
}

export function scoreArea(
  scoped: ScopedArea,
  assessment: AssessmentFile,
  target: number,
): AreaResult {
  const questions = scoped.questions.map((q) => traceQuestion(q, answerOf(assessment, q.id)));
  const exact = areaFraction(questions);
  return {
    area: scoped.area,
    areaIndex: scoped.areaIndex,
    questions,
    score: exact && scoreOf(exact),
    range: rangeOf(questions),
    completion: completionOf(questions),
    target,
  };
}

export function completionOf(traces: readonly QuestionTrace[]): Completion {
  const answered = traces.filter((trace) => trace.answer !== undefined).length;
  const total = traces.length;
  return { answered, total, ratio: total === 0 ? 0 : answered / total };
}

function rangeOf(traces: readonly QuestionTrace[]): AreaResult['range'] {
  const low = weightedMean(levelsAssuming(traces, 1));
  const high = weightedMean(levelsAssuming(traces, 5));
  return low && high ? { low: scoreOf(low), high: scoreOf(high) } : undefined;
}
