import type { Bank } from '../../schemas/bank.ts';
import type { AssessmentResults, StoredAssessment } from '../../lib/assessment/index.ts';
import { paths } from '../../lib/urls.ts';
import { getStore } from '../shared/useStore.ts';
import { LevelChip } from '../shared/LevelChip.tsx';
import { ScoreChart } from '../shared/ScoreChart.tsx';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  results: AssessmentResults;
}

/** The chart and, with the same numbers, a table (one card per area on a phone) with the targets. */
export function Scores({ bank, assessment, results }: Props) {
  const levelNames = bank.levels.map((l) => l.name);
  const focused = results.focusRole !== undefined;
  const editable = !assessment.milestone;
  const rows = results.areas.map((r) => ({
    label: `${r.area.catalogId} ${r.area.shortTitle}`,
    target: r.noQuestionsForRole ? undefined : r.target,
    bars: [
      {
        value: r.score?.value,
        display: r.noQuestionsForRole ? 'no questions for this role' : r.score?.display,
        level: r.score?.level,
        low: r.range?.open ? r.range.low.value : undefined,
        high: r.range?.open ? r.range.high.value : undefined,
        note: r.fewAnswers
          ? `${r.completion.rated} answer${r.completion.rated === 1 ? '' : 's'}`
          : undefined,
      },
    ],
  }));
  return (
    <section aria-labelledby="scores-title" className="results-section">
      <h2 id="scores-title">Scores by area</h2>
      <ScoreChart
        rows={rows}
        levelNames={levelNames}
        label="Scores by area, with their ranges and targets."
      />
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="scores-table-caption">
        <table className="results-table results-table--cards">
          <caption id="scores-table-caption">
            Score, level, range, answers and target of each area
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Score</th>
              <th scope="col">Level</th>
              <th scope="col">Range</th>
              <th scope="col">Answers</th>
              {focused && <th scope="col">Questions covered</th>}
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {results.areas.map((r) => {
              const id = `target-${r.area.slug}`;
              const { completion } = r;
              return (
                <tr key={r.area.slug}>
                  <th scope="row">
                    <a href={paths.area(r.area.slug)}>
                      {r.area.catalogId} {r.area.title}
                    </a>
                  </th>
                  <td data-label="Score">{r.score ? r.score.display : '—'}</td>
                  <td data-label="Level">
                    {r.noQuestionsForRole ? (
                      'no questions for this role'
                    ) : r.score ? (
                      <>
                        <LevelChip bank={bank} level={r.score.level} />
                        {r.fewAnswers && (
                          <span className="results-few">
                            {' '}
                            rests on {completion.rated} answer{completion.rated === 1 ? '' : 's'}
                          </span>
                        )}
                      </>
                    ) : (
                      'not scored yet'
                    )}
                  </td>
                  <td data-label="Range">
                    {r.range?.open
                      ? `${r.range.low.display} to ${r.range.high.display}`
                      : r.score
                        ? 'settled'
                        : '—'}
                  </td>
                  <td data-label="Answers">
                    {completion.rated} rated
                    {completion.unknown > 0 && `, ${completion.unknown} don’t know`}
                    {completion.na > 0 && `, ${completion.na} n/a`}
                    {completion.unanswered > 0 && `, ${completion.unanswered} open`} (of{' '}
                    {completion.total})
                  </td>
                  {focused && (
                    <td data-label="Questions covered">
                      {r.questions.length} of {r.area.questions.length}
                    </td>
                  )}
                  <td data-label="Target">
                    <label htmlFor={id} className="visually-hidden">
                      Target for {r.area.title}
                    </label>
                    <select
                      id={id}
                      value={r.target}
                      disabled={!editable}
                      onChange={(e) =>
                        getStore().dispatch({
                          type: 'setTarget',
                          assessmentId: assessment.id,
                          areaSlug: r.area.slug,
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
            })}
          </tbody>
        </table>
      </div>
      <p className="assess-hint">
        Range: the lowest and highest the score could still be, counting every “don’t know” and
        unanswered question as level 1 and as level 5. An area whose score rests on one or two
        answers says so.{' '}
        <a href={`${paths.areas}#targets`}>
          Why the default target is {bank.defaultTarget}, and when to aim higher
        </a>
        .
      </p>
    </section>
  );
}
