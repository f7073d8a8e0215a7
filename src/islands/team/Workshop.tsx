import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { answerInWords, optionAt } from '../../lib/assessment/index.ts';
import type { TeamRound } from '../../lib/assessment/team.ts';
import {
  workshopDistribution,
  workshopMove,
  workshopQuestions,
  workshopStep,
  type WorkshopMove,
  type WorkshopSet,
} from '../../lib/assessment/team-workshop.ts';
import { LevelChip } from '../shared/LevelChip.tsx';

interface Props {
  bank: Bank;
  round: TeamRound;
  set: WorkshopSet;
  onClose: () => void;
}

/**
 * One question at a time, in large type for a projector: its five options, then the
 * distribution once revealed. PageDown/PageUp (what presentation remotes send), the arrow keys,
 * Home and End move; R reveals; Escape closes. A modal dialog, so the keyboard stays in it.
 */
export function Workshop({ bank, round, set, onClose }: Props) {
  const questions = workshopQuestions(round, set);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    heading.current?.focus();
    return () => element?.close();
  }, []);
  const q = questions[Math.min(index, questions.length - 1)];
  const go = (move: WorkshopMove) => {
    if (move === 'reveal') return setRevealed((shown) => !shown);
    const next = workshopStep(index, questions.length, move);
    if (next === index) return;
    setIndex(next);
    setRevealed(false);
  };
  const onKey = (event: KeyboardEvent) => {
    const move = workshopMove(event.key, event);
    if (!move) return;
    event.preventDefault();
    go(move);
  };
  if (!q) return null;
  const rows = workshopDistribution(round, q);
  const total = round.respondents.length;
  return (
    // Keys a remote sends are handled wherever focus is inside the dialog.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialog}
      className="team-workshop"
      aria-labelledby="workshop-title"
      onClose={onClose}
      onKeyDown={onKey}
    >
      <div className="team-workshop__body">
        <div className="team-workshop__top">
          <p className="team-workshop__where">
            Question {index + 1} of {questions.length} · {q.area.catalogId} {q.area.shortTitle} ·
            weight {q.question.weight}
          </p>
          <button type="button" className="button button--quiet" onClick={() => onClose()}>
            Close
          </button>
        </div>
        <h2 id="workshop-title" ref={heading} tabIndex={-1}>
          {q.question.title}
        </h2>
        <p className="team-workshop__prompt">{q.question.prompt}</p>
        <ol className="team-workshop__options" role="list">
          {rows.map(
            (row) =>
              typeof row.answer === 'number' && (
                <li key={row.answer}>
                  <LevelChip bank={bank} level={row.answer} />
                  <span>{optionAt(q.question, row.answer)?.label}</span>
                  {revealed && (
                    <span className="team-workshop__count">
                      <span className="team-workshop__bar" aria-hidden="true">
                        <span style={{ width: `${row.share * 100}%` }} />
                      </span>
                      <span>
                        {row.count} of {total}
                        {row.count > 0 && `: ${row.names.join(', ')}`}
                      </span>
                    </span>
                  )}
                </li>
              ),
          )}
        </ol>
        <div id="workshop-distribution" aria-live="polite">
          {revealed && (
            <p className="team-workshop__figures">
              {rows
                .filter((g) => typeof g.answer !== 'number')
                .map(
                  (g) =>
                    `${g.answer === undefined ? 'Unanswered' : answerInWords(bank, g.answer)} ${g.count}${g.count ? ` (${g.names.join(', ')})` : ''}`,
                )
                .join(' · ')}
              {' · '}median {q.median ?? '—'} · spread {q.spread ?? '—'}
              {q.discuss ? ' · discuss' : ''} · answered by {q.answeredBy} of {total}
            </p>
          )}
        </div>
        <div className="team-workshop__nav">
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={index === 0}
            onClick={() => go('previous')}
          >
            Previous
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={revealed}
            aria-controls="workshop-distribution"
            onClick={() => go('reveal')}
          >
            {revealed ? 'Hide the answers' : 'Reveal the answers'}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={index >= questions.length - 1}
            onClick={() => go('next')}
          >
            Next
          </button>
          <p className="team-workshop__keys">
            Page Down or → next, Page Up or ← previous, Home, End, R reveals, Esc closes.
          </p>
        </div>
        <p role="status" className="visually-hidden">
          Question {index + 1} of {questions.length}: {q.question.title}.
          {revealed ? ' Answers revealed.' : ''}
        </p>
      </div>
    </dialog>
  );
}
