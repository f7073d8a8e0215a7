import type { AssessmentResults } from '../../lib/assessment/index.ts';

/**
 * "We don't know" is a finding, not a gap to hide: every "don't know" answer by weight, and per
 * area how many questions are still open, each with who is best placed to answer.
 */
export function FindOutFirst({ results }: { results: AssessmentResults }) {
  const { unknown, unanswered } = results.findOutFirst;
  return (
    <section aria-labelledby="find-out-title" className="results-section">
      <h2 id="find-out-title">Find out first</h2>
      {unknown.length === 0 && unanswered.length === 0 ? (
        <p>Nothing to find out: every question in scope has an answer other than “don’t know”.</p>
      ) : (
        <>
          <p>
            Answers nobody could give yet. Each one can hide the most urgent gap, so find them out
            before acting on the plan below.
          </p>
          {unknown.length > 0 && (
            <ol className="results-find">
              {unknown.map((item) => (
                <li key={item.question.id}>
                  <a href={item.link}>{item.question.title}</a>{' '}
                  <span className="results-plan__area">
                    ({item.area.catalogId} {item.area.shortTitle}, weight {item.weight})
                  </span>
                  : ask {item.roles.join(', ')}.
                </li>
              ))}
            </ol>
          )}
          {unanswered.length > 0 && (
            <>
              <h3>Still unanswered</h3>
              <ul>
                {unanswered.map((item) => (
                  <li key={item.area.slug}>
                    {item.area.catalogId} {item.area.title}: {item.count} question
                    {item.count === 1 ? '' : 's'}; best placed to answer: {item.roles.join(', ')}.
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
