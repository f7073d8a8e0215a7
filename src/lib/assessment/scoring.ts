import type { Answer, AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { isLevel, ownEntry } from './bank.ts';
import { recommend, findOutFirst, retiredAnswers, type Findings } from './findings.ts';
import { floorOf, formatFraction, fraction, meanOf, toNumber, type Fraction } from './fraction.ts';
import { areasInScope, ignoredScope, knownRole, type ScopedArea } from './scope.ts';

/**
 * The scoring rules of DESIGN.md ("The maturity model and scoring", exact): area scores and
 * ranges, completion, the overall score and its provisional range, each able to explain itself.
 */

/** A score as the results show it. Every field derives from the same exact fraction. */
export interface Score {
  exact: Fraction;
  /** The score as a float, for charts and sorting; never shown as is. */
  value: number;
  /** Rounded half up to one decimal, for example "3.3". */
  display: string;
  /** The maturity level reached: floor of the exact score, 1 to 5. */
  level: number;
}

/** The lowest and highest score the area could still reach. */
export interface ScoreRange {
  low: Score;
  high: Score;
  /** True while any question is "unknown" or unanswered, so the score may still move. */
  open: boolean;
}

/** How a set of questions has been answered. */
export interface Completion {
  /** Answered with a level, "na" or "unknown". */
  answered: number;
  total: number;
  /** answered / total, 0 to 1 (0 when there are no questions). */
  ratio: number;
  rated: number;
  unknown: number;
  na: number;
  unanswered: number;
}

/** One line of an area's explanation: what a question weighs, how it was answered, if it counts. */
export interface QuestionTrace {
  question: BankQuestion;
  weight: number;
  /** The answer; undefined when unanswered. */
  answer: Answer | undefined;
  /** True when the answer is a level, so the question counts in the score. */
  counted: boolean;
}

/** The result of one area. */
export interface AreaResult {
  area: BankArea;
  areaIndex: number;
  /** Each question in scope, in bank order. */
  questions: QuestionTrace[];
  /** Undefined when no question is answered with a level. */
  score: Score | undefined;
  /** Unknown and unanswered questions at 1 and at 5; undefined when no question can count. */
  range: ScoreRange | undefined;
  completion: Completion;
  target: number;
  /** The arithmetic behind the score: Σ(weight × level) and Σ(weight). */
  sums: { weighted: number; weights: number };
  /** The score rests on one or two answers. */
  fewAnswers: boolean;
  /** Role focus left this area without questions: listed, not scored. */
  noQuestionsForRole: boolean;
}

/** Everything the results page, the exports and the reports show. */
export interface AssessmentResults extends Findings {
  /** The areas in scope, in bank order. */
  areas: AreaResult[];
  /** Plain mean of the defined area scores; undefined when no area has a score. */
  overall: Score | undefined;
  /** Mean of the area range lows and of the highs: shown while the overall score is provisional. */
  overallRange: ScoreRange | undefined;
  /** Completion over every question in scope. */
  completion: Completion;
  /** The role the figures are narrowed to, when the bank knows it. */
  focusRole: string | undefined;
  /** Scope entries the bank does not know, ignored in scoring. */
  ignored: { areas: string[]; role?: string };
}

/** A weight and the level a question is scored at. */
interface WeightedLevel {
  weight: number;
  level: number;
}

export function scoreAssessment(assessment: AssessmentFile, bank: Bank): AssessmentResults {
  const areas = areasInScope(bank, assessment).map((scoped) =>
    scoreArea(scoped, assessment, targetOf(assessment, bank, scoped.area.slug)),
  );
  const scored = areas.flatMap((area) => (area.score ? [area.score.exact] : []));
  const overall = meanOf(scored);
  return {
    areas,
    overall: overall && scoreOf(overall),
    overallRange: overallRange(areas),
    completion: completionOf(areas.flatMap((area) => area.questions)),
    focusRole: knownRole(bank, assessment.focusRole),
    ignored: ignoredScope(bank, assessment),
    recommendations: recommend(areas),
    findOutFirst: findOutFirst(areas, bank),
    retired: retiredAnswers(assessment, bank),
  };
}

/** The target level of an area: the user's choice, else the bank's default target. */
export function targetOf(
  assessment: Pick<AssessmentFile, 'targets'>,
  bank: Pick<Bank, 'defaultTarget'>,
  areaSlug: string,
): number {
  return ownEntry(assessment.targets, areaSlug) ?? bank.defaultTarget;
}

export function scoreArea(
  scoped: ScopedArea,
  assessment: Pick<AssessmentFile, 'answers'>,
  target: number,
): AreaResult {
  const questions = scoped.questions.map((question) => {
    const answer = ownEntry(assessment.answers, question.id);
    return { question, weight: question.weight, answer, counted: isLevel(answer) };
  });
  const levels = scoredLevels(questions);
  const exact = weightedMean(levels);
  const completion = completionOf(questions);
  return {
    area: scoped.area,
    areaIndex: scoped.areaIndex,
    questions,
    score: exact && scoreOf(exact),
    range: rangeOf(questions, completion),
    completion,
    target,
    sums: sumsOf(levels),
    fewAnswers: completion.rated > 0 && completion.rated <= 2,
    noQuestionsForRole: scoped.questions.length === 0 && scoped.area.questions.length > 0,
  };
}

export function scoreOf(exact: Fraction): Score {
  return { exact, value: toNumber(exact), display: formatFraction(exact), level: floorOf(exact) };
}

export function completionOf(traces: readonly { answer: Answer | undefined }[]): Completion {
  const count = (test: (answer: Answer | undefined) => boolean) =>
    traces.filter((trace) => test(trace.answer)).length;
  const total = traces.length;
  const unanswered = count((answer) => answer === undefined);
  const answered = total - unanswered;
  return {
    answered,
    total,
    ratio: total === 0 ? 0 : answered / total,
    rated: count(isLevel),
    unknown: count((answer) => answer === 'unknown'),
    na: count((answer) => answer === 'na'),
    unanswered,
  };
}

/** Σ(weight × level) / Σ(weight), exact; undefined when there is nothing to average. */
function weightedMean(items: readonly WeightedLevel[]): Fraction | undefined {
  const { weighted, weights } = sumsOf(items);
  return weights === 0 ? undefined : fraction(weighted, weights);
}

function sumsOf(items: readonly WeightedLevel[]) {
  return items.reduce(
    (sums, { weight, level }) => ({
      weighted: sums.weighted + weight * level,
      weights: sums.weights + weight,
    }),
    { weighted: 0, weights: 0 },
  );
}

/** The questions that count in the score, at their levels. */
function scoredLevels(traces: readonly QuestionTrace[]): WeightedLevel[] {
  return traces.flatMap(({ weight, answer }) =>
    isLevel(answer) ? [{ weight, level: answer }] : [],
  );
}

/** "na" is left out; "unknown" and unanswered questions count at `assumed`. */
function levelsAssuming(traces: readonly QuestionTrace[], assumed: number): WeightedLevel[] {
  return traces
    .filter(({ answer }) => answer !== 'na')
    .map(({ weight, answer }) => ({ weight, level: isLevel(answer) ? answer : assumed }));
}

function rangeOf(traces: readonly QuestionTrace[], completion: Completion): ScoreRange | undefined {
  const low = weightedMean(levelsAssuming(traces, 1));
  const high = weightedMean(levelsAssuming(traces, 5));
  if (!low || !high) return undefined;
  const open = completion.unknown + completion.unanswered > 0;
  return { low: scoreOf(low), high: scoreOf(high), open };
}

/** DESIGN.md "Provisional scores": the mean of the area lows and of the area highs. */
function overallRange(areas: readonly AreaResult[]): ScoreRange | undefined {
  const ranges = areas.flatMap((area) => (area.range ? [area.range] : []));
  const low = meanOf(ranges.map((range) => range.low.exact));
  const high = meanOf(ranges.map((range) => range.high.exact));
  if (!low || !high) return undefined;
  return { low: scoreOf(low), high: scoreOf(high), open: ranges.some((range) => range.open) };
}
