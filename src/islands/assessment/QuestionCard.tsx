import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { ownEntry, type StoredAssessment } from '../../lib/assessment/index.ts';
import type { Answer } from '../../schemas/assessment-file.ts';
import { getStore } from '../shared/useStore.ts';
import { LevelChip } from '../shared/LevelChip.tsx';
import { NoteField } from './NoteField.tsx';
import { paths, questionAnchor } from '../../lib/urls.ts';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  area: BankArea;
  question: BankQuestion;
  /** Shown before the title, for example "Q3" (not "99.10.3", which reads like a process id). */
  number: string;
  /** The milestone an unreviewed answer was carried over from. */
  carriedFrom?: string;
  readOnly: boolean;
}

/**
 * One question as a native radio group (arrow keys move between options): the five levels,
 * "Not applicable" and "Don't know". Every change is saved at once.
 */
export function QuestionCard(props: Props) {
  const { bank, assessment, area, question, number, carriedFrom, readOnly } = props;
  const answer = ownEntry(assessment.answers, question.id);
  const name = questionAnchor(question.id);
  const store = getStore();
  const choose = (value: Answer) =>
    store.dispatch({
      type: 'setAnswer',
      assessmentId: assessment.id,
      questionId: question.id,
      answer: value,
      bankVersion: bank.version,
    });
  const radio = (value: Answer) => (
    <input
      type="radio"
      name={name}
      value={String(value)}
      checked={answer === value}
      disabled={readOnly}
      onChange={() => choose(value)}
    />
  );
  const evidence = question.options.filter((option) => option.evidence);
  return (
    <fieldset className="question" id={name}>
      <legend>
        <span className="question__number">{number}</span> {question.title}
      </legend>
      <p className="question__prompt">{question.prompt}</p>
      {carriedFrom && (
        <p className="question__carried">
          Carried over from “{carriedFrom}”, not reviewed yet.{' '}
          {!readOnly && (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() =>
                store.dispatch({
                  type: 'keepCarried',
                  assessmentId: assessment.id,
                  questionIds: [question.id],
                })
              }
            >
              Still true: keep it
            </button>
          )}
        </p>
      )}
      <div className="question__options">
        {question.options.map((option) => (
          <label key={option.level} className="question__option">
            {radio(option.level)}
            <LevelChip bank={bank} level={option.level} />
            <span>{option.label}</span>
          </label>
        ))}
        <label className="question__option question__option--other">
          {radio('na')}
          <span>Not applicable here</span>
        </label>
        <label className="question__option question__option--other">
          {radio('unknown')}
          <span>Don’t know</span>
        </label>
      </div>
      <details className="question__help">
        <summary>Why this matters{evidence.length > 0 && ' and what counts as evidence'}</summary>
        <p>{question.help}</p>
        {evidence.length > 0 && (
          <dl className="question__evidence">
            {evidence.map((option) => (
              <div key={option.level}>
                <dt>
                  <LevelChip bank={bank} level={option.level} />
                </dt>
                <dd>{option.evidence}</dd>
              </div>
            ))}
          </dl>
        )}
        <p>
          Weight {question.weight}.{' '}
          <a href={paths.guidance(area.slug, question.anchor)}>Read the guidance</a>
        </p>
      </details>
      <NoteField
        assessment={assessment}
        questionId={question.id}
        note={ownEntry(assessment.notes, question.id)}
        isNa={answer === 'na'}
        readOnly={readOnly}
      />
      {answer !== undefined && !readOnly && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() =>
            store.dispatch({
              type: 'clearAnswer',
              assessmentId: assessment.id,
              questionId: question.id,
            })
          }
        >
          Clear answer
        </button>
      )}
    </fieldset>
  );
}
