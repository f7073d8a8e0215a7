import { memo, useMemo } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { answerLabel } from '../../lib/assessment/index.ts';
import {
  answerOfChoice,
  choiceOf,
  CONSENSUS_CHOICES,
  type TeamQuestion,
  type TeamRound,
} from '../../lib/assessment/team.ts';
import {
  resetConsensus,
  setConsensusAnswer,
  type TeamEntry,
} from '../../lib/assessment/team-store.ts';
import type { Update } from './RoundView.tsx';

interface Props {
  bank: Bank;
  round: TeamRound;
  /** The loaded files: rows render again only when these, the names or the consensus change. */
  entries: readonly TeamEntry[];
  update: Update;
}

/** An answer in a narrow cell: the level, N/A, DK (don't know) or – (unanswered). */
const cell = (answer: TeamQuestion['answers'][number]) =>
  answer === undefined
    ? '–'
    : answer === 'na'
      ? 'N/A'
      : answer === 'unknown'
        ? 'DK'
        : String(answer);

/**
 * Every question, area by area: each respondent's answer, the counts, the team median and
 * spread, the "discuss" flag, how many answered, and the consensus answer the facilitator can
 * change (it starts as the team's draft).
 */
export function QuestionTables({ bank, round, entries, update }: Props) {
  const names = round.respondents.map((r) => r.name);
  const namesKey = names.join('\u0000');
  // The same array while the names stay the same, so memoised rows keep it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableNames = useMemo(() => names, [namesKey]);
  const changed = round.questions.filter((q) => q.changed).length;
  const choose = (questionId: string, value: string) =>
    update((state) => setConsensusAnswer(state, questionId, answerOfChoice(value)));
  const byArea = round.areas.map((a) => ({
    area: a.area,
    questions: round.questions.filter((q) => q.area.slug === a.area.slug),
  }));
  return (
    <section className="results-section" aria-labelledby="team-questions-title">
      <h2 id="team-questions-title">Every question</h2>
      <p className="assess-hint">
        In the respondents’ columns: the level given, N/A (not applicable), DK (don’t know) or –
        (unanswered). Median: the middle level given, the lower of the two middle ones with an even
        count. Spread: highest minus lowest level given; “discuss” from 2. The consensus starts as
        the median (where nobody gave a level: don’t know if anyone said so, else N/A if anyone said
        so) and can be changed here.
      </p>
      <p className="assess-actions">
        <span role="status">
          {changed === 0
            ? 'The consensus is the team’s draft.'
            : `${changed} consensus answer${changed === 1 ? '' : 's'} changed from the draft.`}
        </span>
        {changed > 0 && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => update(resetConsensus)}
          >
            Back to the team’s draft everywhere
          </button>
        )}
      </p>
      {byArea.map(({ area, questions }) => (
        <div key={area.slug} className="team-questions">
          <h3 id={`team-q-${area.slug}`}>
            {area.catalogId} {area.title}
          </h3>
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-labelledby={`team-q-${area.slug}`}
          >
            <table className="results-table team-table" data-area={area.slug}>
              <caption className="visually-hidden">
                {area.catalogId} {area.title}: answers per question
              </caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Median</th>
                  <th scope="col">Spread</th>
                  <th scope="col">Discuss</th>
                  <th scope="col">Consensus</th>
                  <th scope="col">Answered by</th>
                  {names.map((name) => (
                    <th scope="col" key={name} className="team-table__person">
                      {name}
                    </th>
                  ))}
                  {[1, 2, 3, 4, 5].map((level) => (
                    <th scope="col" key={level} className="team-table__count">
                      Level {level}
                    </th>
                  ))}
                  <th scope="col" className="team-table__count">
                    N/A
                  </th>
                  <th scope="col" className="team-table__count">
                    Don’t know
                  </th>
                  <th scope="col" className="team-table__count">
                    Unanswered
                  </th>
                </tr>
              </thead>
              <tbody>
                {questions.map((q) => (
                  <QuestionRow
                    key={q.question.id}
                    bank={bank}
                    q={q}
                    names={stableNames}
                    entries={entries}
                    onChoose={choose}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}

interface RowProps {
  bank: Bank;
  q: TeamQuestion;
  names: readonly string[];
  entries: readonly TeamEntry[];
  onChoose: (questionId: string, value: string) => void;
}

const QuestionRow = memo(
  function QuestionRow({ bank, q, names, onChoose }: RowProps) {
    const id = `consensus-${q.question.id}`;
    return (
      <tr data-question={q.question.id} className={q.discuss ? 'team-table__discuss' : undefined}>
        <th scope="row">
          {q.question.title}
          <span className="team-table__weight"> (weight {q.question.weight})</span>
        </th>
        <td>{q.median ?? '—'}</td>
        <td>{q.spread ?? '—'}</td>
        <td>{q.discuss ? <strong>discuss</strong> : 'no'}</td>
        <td className="team-table__consensus">
          <select
            id={id}
            aria-label={`Consensus: ${q.question.title}`}
            value={choiceOf(q.consensus)}
            onChange={(e) => onChoose(q.question.id, e.target.value)}
          >
            {CONSENSUS_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === ''
                  ? 'No answer'
                  : answerLabel(bank, answerOfChoice(choice) ?? undefined)}
                {choice === choiceOf(q.draft) ? ' (draft)' : ''}
              </option>
            ))}
          </select>
          {q.changed && <span className="team-table__changed"> changed</span>}
        </td>
        <td>
          {q.answeredBy} of {q.answers.length}
        </td>
        {q.answers.map((answer, i) => (
          <td
            key={names[i]}
            className={
              typeof answer === 'number' ? `team-answer team-answer--${answer}` : 'team-answer'
            }
          >
            {cell(answer)}
          </td>
        ))}
        {q.counts.levels.map((count, i) => (
          <td key={i}>{count}</td>
        ))}
        <td>{q.counts.na}</td>
        <td>{q.counts.unknown}</td>
        <td>{q.counts.unanswered}</td>
      </tr>
    );
  },
  (before, after) =>
    before.entries === after.entries &&
    before.names === after.names &&
    before.bank === after.bank &&
    before.q.consensus === after.q.consensus &&
    before.q.changed === after.q.changed &&
    before.q.draft === after.q.draft,
);
