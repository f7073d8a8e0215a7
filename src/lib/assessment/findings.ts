import type { Answer, AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import {
  guidanceLink,
  isLevel,
  optionAt,
  ownEntry,
  questionIndex,
  roleTitle,
  type AnswerOption,
} from './bank.ts';
import type { AreaResult } from './scoring.ts';

/**
 * What the results ask a team to do: the recommendations (answers below target, DESIGN.md
 * "Recommendations"), what to find out first ("don't know" and unanswered, "Find out first"),
 * and the answers kept for questions the bank no longer has.
 */
export interface Findings {
  recommendations: Recommendation[];
  findOutFirst: FindOutFirst;
  /** Answers and notes to questions the bank no longer has: kept, never scored. */
  retired: RetiredAnswer[];
}

/** A question answered below its area's target, with the step that leads up from there. */
export interface Recommendation {
  area: BankArea;
  question: BankQuestion;
  /** The level answered. */
  level: number;
  target: number;
  /** The option the respondent chose. */
  current: AnswerOption;
  /** The current option's advice: the concrete next step. */
  advice: string | undefined;
  /** The option one level up: what the next step leads to. */
  next: AnswerOption | undefined;
  /** Guidance that explains the practice: /areas/<slug>/#<anchor>. */
  link: string;
  /** weight × (target − level): higher first. */
  priority: number;
}

/** A question answered "don't know", with who is best placed to answer it. */
export interface UnknownFinding {
  area: BankArea;
  question: BankQuestion;
  weight: number;
  /** Titles of the roles best placed to answer. */
  roles: string[];
  link: string;
}

/** How many questions of an area are still unanswered, and who could answer them. */
export interface UnansweredFinding {
  area: BankArea;
  count: number;
  /** Titles of the roles named by the unanswered questions, in bank role order. */
  roles: string[];
}

export interface FindOutFirst {
  /** Every "don't know", by weight (high first), then area order, then question order. */
  unknown: UnknownFinding[];
  /** Per area with unanswered questions, in area order. */
  unanswered: UnansweredFinding[];
}

/** An answer or note to a question the bank no longer has. */
export interface RetiredAnswer {
  questionId: string;
  answer: Answer | undefined;
  note: string | undefined;
}

interface Place {
  areaIndex: number;
  questionIndex: number;
}

const byPlace = (a: Place, b: Place) =>
  a.areaIndex - b.areaIndex || a.questionIndex - b.questionIndex;

/** Every question answered with a level below target, by priority, then area and question order. */
export function recommend(areas: readonly AreaResult[]): Recommendation[] {
  return areas
    .flatMap((result) =>
      result.questions.flatMap(({ question, weight, answer }) => {
        const current = isLevel(answer) ? optionAt(question, answer) : undefined;
        if (!isLevel(answer) || answer >= result.target || !current) return [];
        const recommendation: Recommendation = {
          area: result.area,
          question,
          level: answer,
          target: result.target,
          current,
          advice: current.advice,
          next: optionAt(question, answer + 1),
          link: guidanceLink(result.area, question),
          priority: weight * (result.target - answer),
        };
        return [{ recommendation, place: placeOf(result, question) }];
      }),
    )
    .sort(
      (a, b) => b.recommendation.priority - a.recommendation.priority || byPlace(a.place, b.place),
    )
    .map(({ recommendation }) => recommendation);
}

/** "Don't know" answers and unanswered questions, with the roles best placed to answer them. */
export function findOutFirst(areas: readonly AreaResult[], bank: Bank): FindOutFirst {
  const titles = (roles: readonly string[]) => roles.map((role) => roleTitle(bank, role));
  const unknown = areas
    .flatMap((result) =>
      result.questions
        .filter((trace) => trace.answer === 'unknown')
        .map(({ question, weight }) => ({
          finding: {
            area: result.area,
            question,
            weight,
            roles: titles(question.roles),
            link: guidanceLink(result.area, question),
          },
          place: placeOf(result, question),
        })),
    )
    .sort((a, b) => b.finding.weight - a.finding.weight || byPlace(a.place, b.place))
    .map(({ finding }) => finding);
  const unanswered = areas.flatMap((result) => {
    const open = result.questions.filter((trace) => trace.answer === undefined);
    if (open.length === 0) return [];
    const named = new Set(open.flatMap((trace) => trace.question.roles));
    const roles = bank.roles.map((role) => role.slug).filter((slug) => named.has(slug));
    return [{ area: result.area, count: open.length, roles: titles(roles) }];
  });
  return { unknown, unanswered };
}

/** Answers and notes whose question id is not in the bank, answers first, in file order. */
export function retiredAnswers(
  assessment: Pick<AssessmentFile, 'answers' | 'notes'>,
  bank: Bank,
): RetiredAnswer[] {
  const known = questionIndex(bank);
  const ids = new Set([...Object.keys(assessment.answers), ...Object.keys(assessment.notes)]);
  return [...ids]
    .filter((id) => !known.has(id))
    .map((questionId) => ({
      questionId,
      answer: ownEntry(assessment.answers, questionId),
      note: ownEntry(assessment.notes, questionId),
    }));
}

function placeOf(result: AreaResult, question: BankQuestion): Place {
  return { areaIndex: result.areaIndex, questionIndex: result.area.questions.indexOf(question) };
}
