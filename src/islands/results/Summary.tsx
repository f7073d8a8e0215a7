import type { Bank } from '../../schemas/bank.ts';
import {
  roleTitle,
  type AssessmentResults,
  type PlanRow,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { paths } from '../../lib/urls.ts';
import { LevelChip } from '../shared/LevelChip.tsx';
import { Exports } from './Exports.tsx';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  results: AssessmentResults;
  plan: PlanRow[];
  siteUrl: string;
}

/**
 * The overall score as a lead can quote it: provisional with its range while anything is open,
 * with the counts behind it, the level rule, and the exports right beside it.
 */
export function Summary({ bank, assessment, results, plan, siteUrl }: Props) {
  const { overall, overallRange, completion, areas, focusRole } = results;
  const scored = areas.filter((a) => a.score).length;
  const provisional = overallRange?.open ?? false;
  return (
    <section className="results-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">
        {assessment.title}
        {assessment.milestone && <span className="results-milestone"> · milestone</span>}
      </h2>
      {overall ? (
        <p className="results-overall">
          <span className="results-overall__label">
            {provisional ? 'Provisional overall score' : 'Overall score'}
          </span>
          <span className="results-overall__score">{overall.display}</span>
          <LevelChip bank={bank} level={overall.level} />
          {provisional && overallRange && (
            <span className="results-overall__range">
              could be {overallRange.low.display} to {overallRange.high.display} once every open
              question is answered
            </span>
          )}
        </p>
      ) : (
        <p className="results-overall">
          No area has a score yet: answer at least one question with a level.
        </p>
      )}
      <ul className="results-counts" aria-label="Answers">
        <li>
          <strong>{completion.rated}</strong> rated
        </li>
        <li>
          <strong>{completion.unknown}</strong> don’t know
        </li>
        <li>
          <strong>{completion.na}</strong> not applicable
        </li>
        <li>
          <strong>{completion.unanswered}</strong> unanswered
        </li>
        <li>of {completion.total} questions</li>
      </ul>
      <p className="assess-hint">
        The overall score is the plain mean of the {scored} area score{scored === 1 ? '' : 's'}; a
        level is the whole number reached (3.9 is level 3).
        {provisional &&
          ' It is provisional: “don’t know” and unanswered questions could move it anywhere in the range shown.'}
        {focusRole && ` Figures cover only the questions for ${roleTitle(bank, focusRole)}.`}
      </p>
      {assessment.respondent?.name && <p>Respondent: {assessment.respondent.name}</p>}
      {assessment.carriedOver && (
        <p className="assess-message">
          {assessment.carriedOver.unreviewed.length} answer
          {assessment.carriedOver.unreviewed.length === 1 ? '' : 's'} still come from “
          {assessment.carriedOver.from.name}” and have not been reviewed.{' '}
          <a href={paths.assessment}>Review them</a>
        </p>
      )}
      <Exports
        bank={bank}
        assessment={assessment}
        results={results}
        plan={plan}
        siteUrl={siteUrl}
      />
      {!assessment.milestone && (
        <p className="no-print">
          <a href={paths.assessment}>Continue answering</a>
        </p>
      )}
    </section>
  );
}
