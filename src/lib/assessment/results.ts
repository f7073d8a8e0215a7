import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import {
  areaFraction,
  completionOf,
  scoreArea,
  type AreaResult,
  type Completion,
} from './area-score.ts';
import { meanOf, type Fraction } from './fraction.ts';
import { recommend, type Recommendation } from './recommendations.ts';
import { retiredAnswers, type RetiredAnswer } from './retired.ts';
import { areasInScope, ignoredScope } from './scope.ts';
import { scoreOf, type Score } from './score-value.ts';
import { targetOf } from './targets.ts';

/** Everything the results page, the exports and the report show. */
export interface AssessmentResults {
  /** The areas in scope, in bank order. */
  areas: AreaResult[];
  /** Plain mean of the defined area scores; undefined when no area has a score. */
  overall: Score | undefined;
  /** Completion over every question in scope. */
  completion: Completion;
  recommendations: Recommendation[];
  /** Answers and notes to questions the bank no longer has. */
  retired: RetiredAnswer[];
  /** Scope entries the bank does not know, ignored in scoring. */
  ignored: { areas: string[]; role?: string };
}

export function scoreAssessment(assessment: AssessmentFile, bank: Bank): AssessmentResults {
  const areas = areasInScope(bank, assessment).map((scoped) =>
    scoreArea(scoped, assessment, targetOf(assessment, bank, scoped.area.slug)),
  );
  const overall = meanOf(areas.map((area) => areaFraction(area.questions)).filter(isDefined));
  return {
    areas,
    overall: overall && scoreOf(overall),
    completion: completionOf(areas.flatMap((area) => area.questions)),
    recommendations: recommend(areas),
    retired: retiredAnswers(assessment, bank),
    ignored: ignoredScope(bank, assessment),
  };
}

function isDefined(value: Fraction | undefined): value is Fraction {
  return value !== undefined;
}
