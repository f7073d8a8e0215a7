import { paths } from '../../lib/urls.ts';
import type { Bank } from '../../schemas/bank.ts';
import {
  levelName,
  type AssessmentResults,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  results: AssessmentResults;
}

/** The overall score and how complete the assessment is, in one paragraph a reader can quote. */
export function Summary({ bank, assessment, results }: Props) {
  const { overall, completion, areas } = results;
  const scored = areas.filter((a) => a.score).length;
  return (
    <section className="results-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{assessment.title}</h2>
      {overall ? (
        <p className="results-overall">
          <span className="results-overall__score">{overall.display}</span>
          <span className={`level level--${overall.level}`}>
            Level {overall.level} · {levelName(bank, overall.level)}
          </span>
        </p>
      ) : (
        <p className="results-overall">
          No area has a score yet: answer at least one question with a level.
        </p>
      )}
      <p>
        Overall score: the plain mean of the {scored} area score{scored === 1 ? '' : 's'} so far.{' '}
        {completion.answered} of {completion.total} questions answered (
        {Math.round(completion.ratio * 100)}%).
        {completion.answered < completion.total &&
          ' Areas with missing answers show the range their score could still take.'}
      </p>
      {assessment.respondent?.name && <p>Respondent: {assessment.respondent.name}</p>}
      <p className="no-print">
        <a href={paths.assessment}>Continue answering</a>
      </p>
    </section>
  );
}
