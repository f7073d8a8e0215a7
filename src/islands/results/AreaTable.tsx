import type { Bank } from '../../schemas/bank.ts';
import {
  levelName,
  type AreaResult,
  type AssessmentResults,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';
import { paths } from '../../lib/urls.ts';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  results: AssessmentResults;
}

/** The numbers of the chart as a table, with the target of each area editable in place. */
export function AreaTable({ bank, assessment, results }: Props) {
  return (
    <div className="table-wrap">
      <table className="results-table">
        <caption>Score, level, range, completion and target of each area</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Score</th>
            <th scope="col">Level</th>
            <th scope="col">Range while incomplete</th>
            <th scope="col">Answered</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {results.areas.map((r) => (
            <Row key={r.area.slug} bank={bank} assessment={assessment} result={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({
  bank,
  assessment,
  result,
}: {
  bank: Bank;
  assessment: StoredAssessment;
  result: AreaResult;
}) {
  const { area, score, range, completion, target } = result;
  const open = range && range.low.display !== range.high.display;
  const id = `target-${area.slug}`;
  return (
    <tr>
      <th scope="row">
        <a href={paths.area(area.slug)}>
          {area.catalogId} {area.title}
        </a>
      </th>
      <td>{score ? score.display : '—'}</td>
      <td>
        {score ? (
          <span className={`level level--${score.level}`}>
            {score.level} · {levelName(bank, score.level)}
          </span>
        ) : (
          'not scored yet'
        )}
      </td>
      <td>{open ? `${range.low.display} to ${range.high.display}` : score ? 'complete' : '—'}</td>
      <td>
        {completion.answered} of {completion.total}
      </td>
      <td>
        <label htmlFor={id} className="visually-hidden">
          Target for {area.title}
        </label>
        <select
          id={id}
          value={target}
          onChange={(e) =>
            getStore().dispatch({
              type: 'setTarget',
              assessmentId: assessment.id,
              areaSlug: area.slug,
              target: Number(e.target.value),
            })
          }
        >
          {bank.levels.map((l) => (
            <option key={l.level} value={l.level}>
              {l.level} · {l.name}
              {l.level === bank.defaultTarget ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
