import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { answerOf, levelName, noteOf, type StoredAssessment } from '../../lib/assessment/index.ts';
import type { Answer } from '../../schemas/assessment-file.ts';
import { getStore } from '../shared/useStore.ts';
import { NoteField } from './NoteField.tsx';
import { paths, questionAnchor } from '../../lib/urls.ts';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  area: BankArea;
  question: BankQuestion;
  /** Shown before the title, for example "Q3" (not "99.10.3", which reads like a process id). */
  number: string;
}

/**
 * One question as a native radio group (arrow keys move between options): the five levels,
 * "Not applicable" and "Don't know". Every change is saved at once.
 */
export function QuestionCard({ bank, assessment, area, question, number }: Props) {
  const answer = answerOf(assessment, question.id);
  const name = questionAnchor(question.id);
  const choose = (value: Answer) =>
    getStore().dispatch({
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
      onChange={() => choose(value)}
    />
  );
  return (
    <fieldset className="question" id={name}>
      <legend>
        <span className="question__number">{number}</span> {question.title}
      </legend>
      <p className="question__prompt">{question.prompt}</p>
      <div className="question__options">
        {question.options.map((option) => (
          <label key={option.level} className="question__option">
            {radio(option.level)}
            <span className={`level level--${option.level}`}>
              {option.level} · {levelName(bank, option.level)}
            </span>
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
        <summary>Why this matters</summary>
        <p>{question.help}</p>
        <p>
          Weight {question.weight}.{' '}
          <a href={paths.guidance(area.slug, question.anchor)}>Read the guidance</a>
        </p>
      </details>
      <NoteField
        assessment={assessment}
        questionId={question.id}
        note={noteOf(assessment, question.id)}
        isNa={answer === 'na'}
      />
      {answer !== undefined && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() =>
            getStore().dispatch({
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
