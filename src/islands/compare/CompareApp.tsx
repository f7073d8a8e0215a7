import { useMemo, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  answerLabel,
  compareAssessments,
  exportFileName,
  type Comparison,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { paths } from '../../lib/urls.ts';
import { downloadText } from '../shared/download.ts';
import { LevelChip } from '../shared/LevelChip.tsx';
import { ScoreChart } from '../shared/ScoreChart.tsx';
import { useBank } from '../shared/useBank.ts';
import { useStoreSnapshot } from '../shared/useStore.ts';

/** Which two assessments the address asks for: ?a=<id>&b=<id>. */
function idsFromUrl(): { a: string; b: string } {
  if (typeof location === 'undefined') return { a: '', b: '' };
  const params = new URLSearchParams(location.search);
  return { a: params.get('a') ?? '', b: params.get('b') ?? '' };
}

/**
 * Two assessments or milestones side by side: both scores and the change per area and overall,
 * every answer that changed, and what became of the recommendations. B is the later one.
 */
export default function CompareApp() {
  const { bank, error } = useBank();
  const snapshot = useStoreSnapshot();
  const [ids, setIds] = useState(idsFromUrl);
  if (error)
    return (
      <p role="alert" className="assess-message assess-message--error">
        {error}
      </p>
    );
  if (!snapshot || !bank) return <p className="assess-message">Loading your assessments…</p>;
  const { assessments } = snapshot.state;
  if (assessments.length < 2)
    return (
      <p className="assess-message">
        Comparing needs two assessments in this browser: freeze a milestone on the{' '}
        <a href={paths.results}>results page</a>, start the next round, or import a file there.
      </p>
    );
  const pick = (key: 'a' | 'b', id: string) => {
    const next = { ...ids, [key]: id };
    setIds(next);
    history.replaceState(
      null,
      '',
      `${paths.compare}?a=${encodeURIComponent(next.a)}&b=${encodeURIComponent(next.b)}`,
    );
  };
  const a = assessments.find((x) => x.id === ids.a);
  const b = assessments.find((x) => x.id === ids.b);
  return (
    <div className="assess">
      <form
        className="compare-pick"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Choose two assessments"
      >
        <Picker
          label="Compare (A, the earlier one)"
          id="compare-a"
          value={ids.a}
          onChange={(id) => pick('a', id)}
          assessments={assessments}
        />
        <Picker
          label="with (B, the later one)"
          id="compare-b"
          value={ids.b}
          onChange={(id) => pick('b', id)}
          assessments={assessments}
        />
      </form>
      {(ids.a || ids.b) && (!a || !b) && (
        <p className="assess-message" role="status">
          {!a && ids.a ? 'The first assessment of the link is not in this browser. ' : ''}
          {!b && ids.b ? 'The second assessment of the link is not in this browser. ' : ''}
          Choose two above.
        </p>
      )}
      {a &&
        b &&
        (a === b ? (
          <p className="assess-message">Choose two different assessments.</p>
        ) : (
          <Result bank={bank} a={a} b={b} />
        ))}
    </div>
  );
}

function Picker(props: {
  label: string;
  id: string;
  value: string;
  onChange: (id: string) => void;
  assessments: StoredAssessment[];
}) {
  return (
    <p>
      <label htmlFor={props.id}>{props.label}</label>{' '}
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose…</option>
        {props.assessments.map((x) => (
          <option key={x.id} value={x.id}>
            {x.title}
            {x.milestone
              ? ` (milestone, ${x.milestone.frozenAt.slice(0, 10)})`
              : ` (updated ${x.updatedAt.slice(0, 10)})`}
          </option>
        ))}
      </select>
    </p>
  );
}

function Result({ bank, a, b }: { bank: Bank; a: StoredAssessment; b: StoredAssessment }) {
  const comparison = useMemo(() => compareAssessments(a, b, bank), [a, b, bank]);
  const levelNames = bank.levels.map((l) => l.name);
  const rows = comparison.areas.map((row) => ({
    label: `${row.area.catalogId} ${row.area.shortTitle}`,
    bars: [row.a, row.b].map((result, i) => ({
      series: i === 0 ? 'A' : 'B',
      value: result?.score?.value,
      display: result
        ? result.score
          ? `${i === 0 ? 'A' : 'B'} ${result.score.display}`
          : `${i === 0 ? 'A' : 'B'}: no score`
        : `${i === 0 ? 'A' : 'B'}: not in scope`,
      level: result?.score?.level,
    })),
  }));
  const save = async (kind: 'md' | 'csv') => {
    const { compareMarkdown, compareCsv } = await import('../../lib/assessment/exports/compare.ts');
    const name = exportFileName(
      { title: `${a.title} vs ${b.title}`, updatedAt: b.updatedAt },
      kind,
      'compare',
    );
    if (kind === 'md')
      downloadText(name, compareMarkdown(comparison, a, b, bank), 'text/markdown;charset=utf-8');
    else downloadText(name, compareCsv(comparison), 'text/csv;charset=utf-8');
  };
  return (
    <>
      <section className="results-section" aria-labelledby="compare-overall">
        <h2 id="compare-overall">
          “{a.title}” → “{b.title}”
        </h2>
        <Overall comparison={comparison} bank={bank} />
        {!comparison.sameBank && (
          <p className="assess-message">
            The two were answered on different versions of the question bank: only the questions
            both answered are compared; the others are listed at the end.
          </p>
        )}
        <p className="assess-actions no-print">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => void save('md')}
          >
            Download the comparison (Markdown)
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => void save('csv')}
          >
            Download the comparison (CSV)
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => print()}
          >
            Print
          </button>
        </p>
      </section>
      <section className="results-section" aria-labelledby="compare-areas">
        <h2 id="compare-areas">By area</h2>
        <ScoreChart
          rows={rows}
          levelNames={levelNames}
          label="Scores of A and B by area."
          series={['A: ' + a.title, 'B: ' + b.title]}
        />
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-labelledby="compare-table-caption"
        >
          <table className="results-table results-table--cards">
            <caption id="compare-table-caption">
              Scores, change, levels and answers of A and B per area
            </caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">Change</th>
                <th scope="col">Level A</th>
                <th scope="col">Level B</th>
                <th scope="col">Answered A</th>
                <th scope="col">Answered B</th>
              </tr>
            </thead>
            <tbody>
              {comparison.areas.map((row) => (
                <tr key={row.area.slug}>
                  <th scope="row">
                    <a href={paths.area(row.area.slug)}>
                      {row.area.catalogId} {row.area.title}
                    </a>
                  </th>
                  <td data-label="A">{row.a?.score?.display ?? (row.a ? '—' : 'not in scope')}</td>
                  <td data-label="B">{row.b?.score?.display ?? (row.b ? '—' : 'not in scope')}</td>
                  <td data-label="Change">{row.delta?.display ?? '—'}</td>
                  <td data-label="Level A">
                    {row.a?.score ? <LevelChip bank={bank} level={row.a.score.level} /> : '—'}
                  </td>
                  <td data-label="Level B">
                    {row.b?.score ? <LevelChip bank={bank} level={row.b.score.level} /> : '—'}
                  </td>
                  <td data-label="Answered A">
                    {row.a ? `${row.a.completion.answered} of ${row.a.completion.total}` : '—'}
                  </td>
                  <td data-label="Answered B">
                    {row.b ? `${row.b.completion.answered} of ${row.b.completion.total}` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="assess-hint">
          Change: B minus A, from the exact scores, rounded half up to one decimal (so it can differ
          by 0.1 from the difference of the rounded scores).
        </p>
      </section>
      <Changes comparison={comparison} bank={bank} />
    </>
  );
}

function Overall({ comparison, bank }: { comparison: Comparison; bank: Bank }) {
  const { overall, completion } = comparison;
  return (
    <dl className="compare-overall">
      <div>
        <dt>A overall</dt>
        <dd>
          {overall.a ? (
            <>
              {overall.a.display} <LevelChip bank={bank} level={overall.a.level} />
            </>
          ) : (
            'no score'
          )}{' '}
          ({completion.a.answered} of {completion.a.total} answered)
        </dd>
      </div>
      <div>
        <dt>B overall</dt>
        <dd>
          {overall.b ? (
            <>
              {overall.b.display} <LevelChip bank={bank} level={overall.b.level} />
            </>
          ) : (
            'no score'
          )}{' '}
          ({completion.b.answered} of {completion.b.total} answered)
        </dd>
      </div>
      <div>
        <dt>Change</dt>
        <dd className="compare-delta">{overall.delta?.display ?? '—'}</dd>
      </div>
    </dl>
  );
}

function Changes({ comparison, bank }: { comparison: Comparison; bank: Bank }) {
  return (
    <>
      <section className="results-section" aria-labelledby="compare-changed">
        <h2 id="compare-changed">Answers that changed ({comparison.changed.length})</h2>
        {comparison.changed.length === 0 ? (
          <p>No answer changed.</p>
        ) : (
          <ul className="compare-changes">
            {comparison.changed.map((c) => (
              <li key={c.question.id}>
                {c.question.title} <span className="results-plan__area">({c.area.catalogId})</span>:{' '}
                {answerLabel(bank, c.from)} → {answerLabel(bank, c.to)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="results-section" aria-labelledby="compare-recs">
        <h2 id="compare-recs">Recommendations</h2>
        <RecList
          title="Resolved"
          items={comparison.resolved.map((r) => ({
            id: r.question.id,
            text: `${r.question.title} (${r.area.catalogId}): was level ${r.level}`,
          }))}
        />
        <RecList
          title="New"
          items={comparison.added.map((r) => ({
            id: r.question.id,
            text: `${r.question.title} (${r.area.catalogId}): now level ${r.level}, target ${r.target}`,
          }))}
        />
        <RecList
          title="Still open"
          items={comparison.stillOpen.map((s) => ({
            id: s.recommendation.question.id,
            text: `${s.recommendation.question.title} (${s.recommendation.area.catalogId}): level ${s.levelBefore} → ${s.recommendation.level}, target ${s.recommendation.target}`,
          }))}
        />
      </section>
      {comparison.notCompared.length > 0 && (
        <section className="results-section" aria-labelledby="compare-apart">
          <h2 id="compare-apart">Not compared</h2>
          <ul>
            {comparison.notCompared.map((n) => (
              <li key={n.questionId}>
                {n.title ?? n.questionId}:{' '}
                {n.reason === 'retired'
                  ? 'no longer in the question bank'
                  : n.reason === 'only-in-a'
                    ? 'answered only in A'
                    : 'answered only in B'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function RecList({ title, items }: { title: string; items: { id: string; text: string }[] }) {
  return (
    <>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}
