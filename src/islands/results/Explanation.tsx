import type { Bank } from '../../schemas/bank.ts';
import { answerInWords, type AssessmentResults } from '../../lib/assessment/index.ts';

/** "How this was computed": each question's weight and level, and the sum behind the score. */
export function Explanation({ bank, results }: { bank: Bank; results: AssessmentResults }) {
  return (
    <section aria-labelledby="explain-title" className="results-section">
      <h2 id="explain-title">How this was computed</h2>
      <p>
        An area's score is Σ(weight × level) ÷ Σ(weight) over the questions answered with a level.
        “Not applicable” and “Don’t know” do not count; for the range, “Don’t know” and unanswered
        questions count as level 1 (low end) and 5 (high end).
      </p>
      {results.areas.map((r) => {
        const { sums } = r;
        return (
          <details key={r.area.slug} className="results-explain">
            <summary>
              {r.area.catalogId} {r.area.title}:{' '}
              {r.score ? `${sums.weighted} ÷ ${sums.weights} = ${r.score.display}` : 'no score yet'}
            </summary>
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label={`Questions of ${r.area.title}`}
            >
              <table>
                <caption className="visually-hidden">
                  Questions of {r.area.title} with weight and answer
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Weight</th>
                    <th scope="col">Answer</th>
                    <th scope="col">Counts</th>
                  </tr>
                </thead>
                <tbody>
                  {r.questions.map((q) => (
                    <tr key={q.question.id}>
                      <th scope="row">{q.question.title}</th>
                      <td>{q.weight}</td>
                      <td>{answerInWords(bank, q.answer)}</td>
                      <td>{q.counted ? `yes: ${q.weight} × ${String(q.answer)}` : 'no'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
    </section>
  );
}
