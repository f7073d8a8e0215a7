import { useState } from 'react';
import type { Bank, BankArea } from '../../schemas/bank.ts';
import type { AreaResult, StoredAssessment } from '../../lib/assessment/index.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { Progress } from '../shared/Progress.tsx';
import { getStore } from '../shared/useStore.ts';
import { paths } from '../../lib/urls.ts';
import { useFocusOnMount } from '../shared/useFocusOnMount.ts';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  result: AreaResult;
  prev?: BankArea;
  next?: BankArea;
  onGo: (slug: string) => void;
  /** Put focus on the heading when the panel appears (after the respondent changed area). */
  focusHeading: boolean;
  readOnly: boolean;
}

// Below this width, one question at a time is the default: a question then fits one screen.
const SMALL_SCREEN = '(max-width: 37.5rem)';

/** The questions of one area, all at once or one at a time. Moving to another area puts focus on its heading. */
export function AreaPanel(props: Props) {
  const { bank, assessment, result, prev, next, onGo, focusHeading, readOnly } = props;
  // The panel is mounted afresh for each area (it has a key), so this runs once per area shown.
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const [oneAtATime, setOneAtATime] = useState(() => matchMedia(SMALL_SCREEN).matches);
  const [position, setPosition] = useState(0);
  const { area, questions } = result;
  const carried = new Set(assessment.carriedOver?.unreviewed ?? []);
  const carriedHere = questions.filter((q) => carried.has(q.question.id)).map((q) => q.question.id);
  const shown = oneAtATime ? questions.slice(position, position + 1) : questions;
  return (
    <section className="assess-area" aria-labelledby={`area-${area.slug}`}>
      <h2 id={`area-${area.slug}`} ref={heading} tabIndex={-1}>
        {area.catalogId} {area.title}
      </h2>
      <Progress label="This area" completion={result.completion} />
      <p className="assess-hint">
        Pick the option that describes what you can observe today, not what you plan. Use the arrow
        keys to move between options. Read the{' '}
        <a href={paths.area(area.slug)}>guidance for this area</a> if a term is unclear.
      </p>
      {questions.length < area.questions.length && (
        <p className="assess-hint">
          {questions.length} of the area’s {area.questions.length} questions are for the chosen
          role.
        </p>
      )}
      {!readOnly && carriedHere.length > 0 && (
        <p className="assess-message">
          {carriedHere.length} answer{carriedHere.length === 1 ? '' : 's'} in this area still come
          from “{assessment.carriedOver?.from.name}” and {carriedHere.length === 1 ? 'has' : 'have'}{' '}
          not been reviewed.{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() =>
              getStore().dispatch({
                type: 'keepCarried',
                assessmentId: assessment.id,
                questionIds: carriedHere,
              })
            }
          >
            Keep all of them as they are
          </button>
        </p>
      )}
      <p className="assess-view no-print">
        <label>
          <input
            type="checkbox"
            checked={oneAtATime}
            onChange={(e) => {
              setOneAtATime(e.target.checked);
              setPosition(0);
            }}
          />{' '}
          One question at a time
        </label>
      </p>
      {shown.map((trace) => (
        <QuestionCard
          key={trace.question.id}
          bank={bank}
          assessment={assessment}
          area={area}
          question={trace.question}
          number={`Q${questions.indexOf(trace) + 1}`}
          carriedFrom={
            carried.has(trace.question.id) ? assessment.carriedOver?.from.name : undefined
          }
          readOnly={readOnly}
        />
      ))}
      {oneAtATime && (
        <p className="assess-actions assess-area__step">
          <button
            type="button"
            className="button button--quiet"
            disabled={position === 0}
            onClick={() => setPosition(position - 1)}
          >
            ← Previous question
          </button>
          <span>
            Question {position + 1} of {questions.length}
          </span>
          <button
            type="button"
            className="button"
            disabled={position >= questions.length - 1}
            onClick={() => setPosition(position + 1)}
          >
            Next question →
          </button>
        </p>
      )}
      <p className="assess-actions assess-area__nav">
        {prev && (
          <button type="button" className="button button--quiet" onClick={() => onGo(prev.slug)}>
            ← {prev.catalogId} {prev.shortTitle}
          </button>
        )}
        {next ? (
          <button type="button" className="button" onClick={() => onGo(next.slug)}>
            Next area: {next.catalogId} {next.shortTitle} →
          </button>
        ) : (
          <a className="button" href={paths.results}>
            See your results
          </a>
        )}
      </p>
    </section>
  );
}
