import type { BankArea, BankQuestion } from '../../schemas/bank.ts';
import type { AreaResult } from './area-score.ts';
import { guidanceLink } from './bank-index.ts';
import { isLevel, optionAt, type AnswerOption } from './lookup.ts';

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
  /** Guidance that explains the practice: /areas/<slug>/#<anchor> (prefix the site base). */
  link: string;
  /** weight × (target − level): higher first. */
  priority: number;
}

interface Ranked extends Recommendation {
  areaIndex: number;
  questionIndex: number;
}

/** Every question answered with a level below target, by priority, then area and question order. */
export function recommend(areas: readonly AreaResult[]): Recommendation[] {
  return areas
    .flatMap(rankedInArea)
    .sort(
      (a, b) =>
        b.priority - a.priority || a.areaIndex - b.areaIndex || a.questionIndex - b.questionIndex,
    )
    .map(({ areaIndex: _a, questionIndex: _q, ...recommendation }) => recommendation);
}

function rankedInArea(result: AreaResult): Ranked[] {
  return result.questions.flatMap(({ question, weight, answer }) => {
    const current = isLevel(answer) ? optionAt(question, answer) : undefined;
    if (!isLevel(answer) || answer >= result.target || !current) return [];
    const questionIndex = result.area.questions.indexOf(question);
    return [
      {
        area: result.area,
        question,
        level: answer,
        target: result.target,
        current,
        advice: current.advice,
        next: optionAt(question, answer + 1),
        link: guidanceLink(result.area, question),
        priority: weight * (result.target - answer),
        areaIndex: result.areaIndex,
        questionIndex,
      },
    ];
  });
}
