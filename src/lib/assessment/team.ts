import {
  ASSESSMENT_FORMAT,
  type Answer,
  type AssessmentFile,
} from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { LIMITS } from '../../schemas/limits.ts';
import type { ChartRow } from '../diagrams/score-chart.ts';
import { isLevel, ownEntry } from './bank.ts';
import { retiredAnswers } from './findings.ts';
import { meanOf, type Fraction } from './fraction.ts';
import { areasInScope, questionsInScope } from './scope.ts';
import { scoreAssessment, scoreArea, scoreOf, type AreaResult, type Score } from './scoring.ts';

/**
 * Team rounds (DESIGN.md, "Team rounds", exact): several respondents' files merged per question,
 * the team median and spread, a consensus draft, per-area consensus and the spread of the
 * respondents' own scores, and the order in which to discuss the disagreements.
 */

export interface Respondent {
  /** The name shown: respondent.name, else the file name, else "Respondent n"; unique in the round. */
  name: string;
  file: AssessmentFile;
  /** Question ids answered in the file that the current bank lacks: left out, listed. */
  leftOut: string[];
}

export interface AnswerCounts {
  /** How many gave each level, index 0 for level 1 … 4 for level 5. */
  levels: [number, number, number, number, number];
  na: number;
  unknown: number;
  unanswered: number;
}

export interface TeamQuestion {
  area: BankArea;
  areaIndex: number;
  question: BankQuestion;
  questionIndex: number;
  /** Each respondent's answer, in respondent order; undefined when unanswered. */
  answers: (Answer | undefined)[];
  counts: AnswerCounts;
  /** Respondents who answered (a level, "na" or "unknown"). */
  answeredBy: number;
  /** Median of the levels given; with an even count, the lower middle level. */
  median: number | undefined;
  /** Highest − lowest level given. */
  spread: number | undefined;
  /** Spread of 2 or more. */
  discuss: boolean;
  /** Spread × weight: the discussion order (0 without a spread). */
  priority: number;
  /** The draft: the median; else "unknown" if anyone said so; else "na" if anyone did. */
  draft: Answer | undefined;
  /** The draft, or the facilitator's change to it. */
  consensus: Answer | undefined;
  /** The facilitator changed the draft (even back to the same answer). */
  changed: boolean;
}

export interface TeamArea {
  area: BankArea;
  /** The area scored on the consensus answers, by the scoring rules. */
  consensus: AreaResult;
  /** Each respondent's own area score (their file, their role focus); undefined without one. */
  scores: (Score | undefined)[];
  min: Score | undefined;
  /** Median of the respondents' scores; with an even count, the mean of the two middle scores. */
  median: Score | undefined;
  max: Score | undefined;
  /** How many respondents have a score of their own in the area. */
  scoredBy: number;
}

export interface TeamRound {
  respondents: Respondent[];
  questions: TeamQuestion[];
  areas: TeamArea[];
  /** Questions by spread × weight (high first), then area order, then question order. */
  discussion: TeamQuestion[];
  /** The questions of `discussion` flagged "discuss" (spread of 2 or more), in that order. */
  toDiscuss: TeamQuestion[];
}

/** The input: a validated file and what to call its respondent when the file does not say. */
export interface RoundEntry {
  file: AssessmentFile;
  fileName?: string;
}

/** Whose answers: respondent.name, else the file name without ".json", else "Respondent n". */
export function respondentName(entry: RoundEntry, index: number, anonymous = false): string {
  const fallback = `Respondent ${index + 1}`;
  if (anonymous) return fallback;
  const own = entry.file.respondent?.name?.trim();
  const fromFile = entry.fileName?.replace(/\.json$/i, '').trim();
  return own || fromFile || fallback;
}

/**
 * The names of a round, each unique: two respondents both called "Ana" become "Ana" and
 * "Ana (2)", so every column of the report and every note's author can be told apart.
 */
export function respondentNames(entries: readonly RoundEntry[], anonymous = false): string[] {
  const taken = new Set<string>();
  return entries.map((entry, i) => {
    const base = respondentName(entry, i, anonymous);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The respondents of a round: unique names, and the answers the current bank lacks. */
export function roundRespondents(
  entries: readonly RoundEntry[],
  bank: Bank,
  anonymous = false,
): Respondent[] {
  const names = respondentNames(entries, anonymous);
  return entries.map((entry, i) => ({
    name: names[i]!,
    file: entry.file,
    leftOut: retiredAnswers(entry.file, bank)
      .filter((retired) => retired.answer !== undefined)
      .map((retired) => retired.questionId),
  }));
}

export function teamRound(
  entries: readonly RoundEntry[],
  bank: Bank,
  overrides: Readonly<Record<string, Answer | null>> = {},
  anonymous = false,
): TeamRound {
  const respondents = roundRespondents(entries, bank, anonymous);
  const inScope = teamQuestionIds(entries, bank);
  const questions = bank.areas.flatMap((area, areaIndex) =>
    area.questions
      .map((question, questionIndex) => ({ question, questionIndex }))
      .filter(({ question }) => inScope.has(question.id))
      .map(({ question, questionIndex }) =>
        teamQuestion(area, areaIndex, question, questionIndex, entries, overrides),
      ),
  );
  const consensusAnswers = Object.fromEntries(
    questions.flatMap((q) => (q.consensus === undefined ? [] : [[q.question.id, q.consensus]])),
  );
  const own = entries.map((entry) => scoreAssessment(entry.file, bank));
  const areas = bank.areas.flatMap((area, areaIndex) => {
    const teamQuestions = questions.filter((q) => q.area === area).map((q) => q.question);
    if (teamQuestions.length === 0) return [];
    const consensus = scoreArea(
      { area, areaIndex, questions: teamQuestions },
      { answers: consensusAnswers },
      bank.defaultTarget,
    );
    const scores = own.map(
      (results) => results.areas.find((a) => a.area.slug === area.slug)?.score,
    );
    const given = scores.filter((score): score is Score => score !== undefined);
    const sorted = [...given].sort((x, y) => compareFractions(x.exact, y.exact));
    return [
      {
        area,
        consensus,
        scores,
        min: sorted[0],
        median: medianScore(sorted),
        max: sorted.at(-1),
        scoredBy: given.length,
      },
    ];
  });
  const discussion = [...questions].sort(
    (x, y) =>
      y.priority - x.priority || x.areaIndex - y.areaIndex || x.questionIndex - y.questionIndex,
  );
  return {
    respondents,
    questions,
    areas,
    discussion,
    toDiscuss: discussion.filter((q) => q.discuss),
  };
}

/** Every question in at least one respondent's scope (their areas and role focus). */
function teamQuestionIds(entries: readonly RoundEntry[], bank: Bank): Set<string> {
  return new Set(
    entries.flatMap((entry) =>
      areasInScope(bank, entry.file).flatMap((scoped) => scoped.questions.map((q) => q.id)),
    ),
  );
}

function teamQuestion(
  area: BankArea,
  areaIndex: number,
  question: BankQuestion,
  questionIndex: number,
  entries: readonly RoundEntry[],
  overrides: Readonly<Record<string, Answer | null>>,
): TeamQuestion {
  const answers = entries.map((entry) => ownEntry(entry.file.answers, question.id));
  const counts: AnswerCounts = { levels: [0, 0, 0, 0, 0], na: 0, unknown: 0, unanswered: 0 };
  for (const answer of answers) {
    if (isLevel(answer)) counts.levels[answer - 1] = (counts.levels[answer - 1] ?? 0) + 1;
    else if (answer === 'na') counts.na += 1;
    else if (answer === 'unknown') counts.unknown += 1;
    else counts.unanswered += 1;
  }
  const levels = answers.filter(isLevel).sort((x, y) => x - y);
  const median = levels.length ? levels[Math.floor((levels.length - 1) / 2)] : undefined;
  const spread = levels.length ? levels.at(-1)! - levels[0]! : undefined;
  const draft: Answer | undefined =
    median ?? (counts.unknown > 0 ? 'unknown' : counts.na > 0 ? 'na' : undefined);
  const override = ownEntry(overrides, question.id);
  return {
    area,
    areaIndex,
    question,
    questionIndex,
    answers,
    counts,
    answeredBy: answers.length - counts.unanswered,
    median,
    spread,
    discuss: (spread ?? 0) >= 2,
    priority: (spread ?? 0) * question.weight,
    draft,
    consensus: override === undefined ? draft : (override ?? undefined),
    changed: override !== undefined,
  };
}

function medianScore(sorted: readonly Score[]): Score | undefined {
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle];
  return scoreOf(meanOf([sorted[middle - 1]!.exact, sorted[middle]!.exact])!);
}

function compareFractions(x: Fraction, y: Fraction): number {
  const difference = x.numerator * y.denominator - y.numerator * x.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** The consensus as an assessment file (DESIGN.md): a new assessment, never an overwrite. */
export function consensusFile(
  round: TeamRound,
  bank: Bank,
  options: { title: string; now: string; targets?: Record<string, number> },
): AssessmentFile {
  const scope = [
    ...new Set(
      round.respondents.flatMap((r) =>
        r.file.scope.length === 0 ? bank.areas.map((a) => a.slug) : r.file.scope,
      ),
    ),
  ];
  const allAreas =
    scope.length >= bank.areas.length && bank.areas.every((a) => scope.includes(a.slug));
  const answers = Object.fromEntries(
    round.questions.flatMap((q) =>
      q.consensus === undefined ? [] : [[q.question.id, q.consensus]],
    ),
  );
  const notes: Record<string, string> = {};
  for (const q of round.questions) {
    const parts = questionNotes(round, q).map(({ name, note }) => `${name}: ${note}`);
    if (parts.length) notes[q.question.id] = parts.join('\n\n').slice(0, LIMITS.note);
  }
  return {
    format: ASSESSMENT_FORMAT,
    version: 2,
    bank: { version: bank.version },
    title: options.title,
    createdAt: options.now,
    updatedAt: options.now,
    scope: allAreas ? [] : bank.areas.map((a) => a.slug).filter((slug) => scope.includes(slug)),
    targets: { ...(options.targets ?? {}) },
    answers,
    notes,
  };
}

/** The respondents' notes on a question, each with its author, in respondent order. */
export function questionNotes(
  round: Pick<TeamRound, 'respondents'>,
  q: Pick<TeamQuestion, 'question'>,
): { name: string; note: string }[] {
  return round.respondents.flatMap((respondent) => {
    const note = ownEntry(respondent.file.notes, q.question.id)?.trim();
    return note ? [{ name: respondent.name, note }] : [];
  });
}

/** One answer a question can get, and who gave it. */
export interface AnswerGroup {
  /** A level, "na", "unknown", or undefined for those who left it unanswered. */
  answer: Answer | undefined;
  /** The respondents who gave it, in respondent order. */
  names: string[];
}

/** Who gave which answer to a question: the five levels, then "na", "unknown" and unanswered. */
export function answerGroups(
  round: Pick<TeamRound, 'respondents'>,
  q: Pick<TeamQuestion, 'answers'>,
): AnswerGroup[] {
  const kinds: (Answer | undefined)[] = [1, 2, 3, 4, 5, 'na', 'unknown', undefined];
  return kinds.map((answer) => ({
    answer,
    names: round.respondents.flatMap((respondent, i) =>
      q.answers[i] === answer ? [respondent.name] : [],
    ),
  }));
}

/**
 * The chart of the areas: a bar for the consensus score, the band from the lowest to the
 * highest of the respondents' own scores, and a marker at their median.
 */
export function teamChartRows(round: Pick<TeamRound, 'areas'>): ChartRow[] {
  return round.areas.map((a) => ({
    label: `${a.area.catalogId} ${a.area.shortTitle}`,
    bars: [
      {
        value: a.consensus.score?.value,
        display: a.consensus.score ? `${a.consensus.score.display}` : 'no consensus score',
        level: a.consensus.score?.level,
        low: a.min?.value,
        high: a.max?.value,
      },
    ],
    target: a.median?.value,
  }));
}

/** The choices of a consensus answer, as form values: a level, "na", "unknown", or "" for none. */
export const CONSENSUS_CHOICES = ['1', '2', '3', '4', '5', 'na', 'unknown', ''] as const;

/** An answer as a form value. */
export function choiceOf(answer: Answer | undefined): string {
  return answer === undefined ? '' : String(answer);
}

/** A form value as a consensus answer; null (no answer) for "" and anything unknown. */
export function answerOfChoice(value: string): Answer | null {
  if (value === 'na' || value === 'unknown') return value;
  return /^[1-5]$/.test(value) ? Number(value) : null;
}

/** How much of their own scope (areas and role focus) a respondent answered. */
export function coverageOf(file: AssessmentFile, bank: Bank): { answered: number; total: number } {
  const questions = questionsInScope(bank, file);
  return {
    answered: questions.filter((q) => ownEntry(file.answers, q.id) !== undefined).length,
    total: questions.length,
  };
}
