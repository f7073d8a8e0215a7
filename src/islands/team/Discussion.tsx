import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { answerInWords, guidanceLink, optionAt } from '../../lib/assessment/index.ts';
import { answerGroups, questionNotes, type TeamRound } from '../../lib/assessment/team.ts';
import { LevelChip } from '../shared/LevelChip.tsx';

/**
 * The disagreements, biggest first (spread × weight, then area and question order): each with
 * its options, who chose which, and the respondents' notes, so the team talks about them first.
 */
/** Shown at first: the biggest disagreements; the rest are a button away. */
const FIRST = 10;

export function Discussion({ bank, round }: { bank: Bank; round: TeamRound }) {
  const [all, setAll] = useState(false);
  const items = all ? round.toDiscuss : round.toDiscuss.slice(0, FIRST);
  const total = round.toDiscuss.length;
  return (
    <section className="results-section" aria-labelledby="team-discuss-title">
      <h2 id="team-discuss-title">To discuss first ({total})</h2>
      {total === 0 ? (
        <p>No question has a spread of 2 or more: the team broadly agrees.</p>
      ) : (
        <>
          <p className="assess-hint">
            Questions whose answers are 2 or more levels apart, ordered by spread × weight, then
            area and question order.
          </p>
          <ol className="team-discuss">
            {items.map((q) => {
              const groups = answerGroups(round, q);
              const notes = questionNotes(round, q);
              const others = groups.filter((g) => typeof g.answer !== 'number' && g.names.length);
              return (
                <li key={q.question.id} id={`discuss-${q.question.id}`}>
                  <h3>
                    {q.question.title}{' '}
                    <span className="results-plan__area">
                      ({q.area.catalogId} {q.area.shortTitle}, weight {q.question.weight})
                    </span>
                  </h3>
                  <p>
                    Spread {q.spread} × weight {q.question.weight} = {q.priority}; median {q.median}
                    ; answered by {q.answeredBy} of {round.respondents.length}.{' '}
                    <a href={guidanceLink(q.area, q.question)}>Guidance</a>
                  </p>
                  <p className="team-discuss__prompt">{q.question.prompt}</p>
                  <ul className="team-options">
                    {groups
                      .filter((g) => typeof g.answer === 'number')
                      .map((g) => (
                        <li key={String(g.answer)}>
                          <LevelChip bank={bank} level={g.answer as number} />{' '}
                          {optionAt(q.question, g.answer as number)?.label}{' '}
                          <span className="team-options__who">
                            {g.names.length
                              ? `Chosen by ${g.names.join(', ')}`
                              : 'Chosen by nobody'}
                          </span>
                        </li>
                      ))}
                  </ul>
                  {others.length > 0 && (
                    <p className="assess-hint">
                      {others
                        .map(
                          (g) =>
                            `${g.answer === undefined ? 'Unanswered' : answerInWords(bank, g.answer)}: ${g.names.join(', ')}`,
                        )
                        .join('; ')}
                    </p>
                  )}
                  {notes.length > 0 && (
                    <ul className="team-notes" aria-label="Notes">
                      {notes.map((n) => (
                        <li key={n.name}>
                          <strong>{n.name}:</strong> {n.note}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
          {total > FIRST && (
            <p>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-expanded={all}
                onClick={() => setAll(!all)}
              >
                {all ? `Show the first ${FIRST} only` : `Show all ${total} questions to discuss`}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
