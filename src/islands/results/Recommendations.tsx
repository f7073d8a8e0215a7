import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { levelName, type AssessmentResults } from '../../lib/assessment/index.ts';

/** The prioritised plan: questions below target, highest priority first, filterable by area. */
export function Recommendations({ bank, results }: { bank: Bank; results: AssessmentResults }) {
  const [area, setArea] = useState('');
  const areas = results.areas.filter((r) =>
    results.recommendations.some((rec) => rec.area.slug === r.area.slug),
  );
  const shown = results.recommendations.filter((rec) => !area || rec.area.slug === area);
  return (
    <section aria-labelledby="plan-title" className="results-section">
      <h2 id="plan-title">Recommendations</h2>
      <p>
        Every question answered below its area's target, ordered by priority: weight × (target −
        level), then catalog order. Each gives the next concrete step.
      </p>
      {results.recommendations.length === 0 ? (
        <p>Nothing is below target yet. Answer more questions, or raise a target.</p>
      ) : (
        <>
          <p className="no-print">
            <label htmlFor="plan-area">Show</label>{' '}
            <select id="plan-area" value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">All areas ({results.recommendations.length})</option>
              {areas.map((r) => (
                <option key={r.area.slug} value={r.area.slug}>
                  {r.area.catalogId} {r.area.shortTitle} (
                  {results.recommendations.filter((rec) => rec.area.slug === r.area.slug).length})
                </option>
              ))}
            </select>
          </p>
          <p role="status" className="assess-hint">
            Showing {shown.length} of {results.recommendations.length} recommendation
            {results.recommendations.length === 1 ? '' : 's'}.
          </p>
          <ol className="results-plan">
            {shown.map((rec) => (
              <li key={rec.question.id}>
                <h3>
                  {rec.question.title}{' '}
                  <span className="results-plan__area">
                    ({rec.area.catalogId} {rec.area.shortTitle}, priority {rec.priority})
                  </span>
                </h3>
                <p>
                  <strong>
                    Now, level {rec.level} · {levelName(bank, rec.level)}:
                  </strong>{' '}
                  {rec.current.label}
                </p>
                {rec.advice && (
                  <p>
                    <strong>Next step:</strong> {rec.advice}
                  </p>
                )}
                {rec.next && (
                  <p>
                    <strong>
                      Leads to level {rec.next.level} · {levelName(bank, rec.next.level)}:
                    </strong>{' '}
                    {rec.next.label}
                  </p>
                )}
                <p>
                  <a href={rec.link}>Guidance: {rec.area.title}</a> (target {rec.target})
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
