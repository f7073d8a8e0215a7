import type { AssessmentResults } from '../../lib/assessment/index.ts';

/** Answers to questions the current bank no longer has: kept and exported, never scored. */
export function RetiredAnswers({ results }: { results: AssessmentResults }) {
  if (results.retired.length === 0) return null;
  return (
    <section aria-labelledby="retired-title" className="results-section">
      <h2 id="retired-title">Retired questions</h2>
      <p>
        These answers were given to questions the questionnaire no longer asks. They are kept in
        exports but not scored.
      </p>
      <ul>
        {results.retired.map((r) => (
          <li key={r.questionId}>
            <code>{r.questionId}</code>: {r.answer === undefined ? 'no answer' : String(r.answer)}
            {r.note && ` (note: ${r.note})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
