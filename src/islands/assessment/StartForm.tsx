import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  defaultTitle,
  isScopeComplete,
  scopeOf,
  scopeValueOf,
  type BankSummary,
  type UrlScope,
} from '../../lib/assessment/index.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { getStore } from '../shared/useStore.ts';
import { ScopeFields } from './ScopeFields.tsx';

interface Props {
  bank: BankSummary;
  /** A scope from the link that opened the page. */
  initial?: UrlScope;
  /** True while the page is still loading: the form shows, but cannot be sent yet. */
  pending?: boolean;
  onDone?: () => void;
  onCancel?: () => void;
}

const SERVER_TITLE = 'Assessment';

/** Starts a new assessment: a name, who answers (optional), and which questions. */
export function StartForm({ bank, initial, pending = false, onDone, onCancel }: Props) {
  const [scope, setScope] = useState(() => scopeValueOf(initial?.scope ?? [], initial?.focusRole));
  const titleField = useRef<HTMLInputElement>(null);
  // The server renders a plain "Assessment" (it cannot know today's date); once the page runs,
  // an untouched name becomes "Assessment <today>".
  useEffect(() => {
    const field = titleField.current;
    if (field && field.value === SERVER_TITLE) field.value = defaultTitle(new Date());
  }, []);
  // The text fields are read when the form is sent, not kept in state: what someone typed
  // before the page finished loading is kept.
  const start = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (field: string) => {
      const value = form.get(field);
      return typeof value === 'string' ? value.trim() : '';
    };
    const title = text('title');
    const name = text('respondent');
    if (!title) return;
    const store = getStore();
    const { createdId } = store.dispatch({
      type: 'create',
      title,
      bankVersion: bank.version,
      ...scopeOf(scope),
    });
    if (createdId && name) store.dispatch({ type: 'setRespondent', assessmentId: createdId, name });
    onDone?.();
  };
  return (
    <form className="assess-start" onSubmit={start} aria-labelledby="start-title">
      <h2 id="start-title">Start an assessment</h2>
      <p>
        Give it a name you will recognise when you come back (“Q1 baseline”, “After the October
        release”). Several can be kept side by side, frozen as milestones and compared.
      </p>
      <p className="assess-field">
        <label htmlFor="start-name">Name of the assessment</label>
        <input
          ref={titleField}
          id="start-name"
          name="title"
          defaultValue={SERVER_TITLE}
          required
          maxLength={LIMITS.title}
        />
      </p>
      <p className="assess-field">
        <label htmlFor="start-respondent">Your name or initials (optional, kept in exports)</label>
        <input id="start-respondent" name="respondent" maxLength={LIMITS.respondentName} />
      </p>
      <ScopeFields bank={bank} value={scope} onChange={setScope} />
      <p className="assess-actions">
        <button type="submit" className="button" disabled={pending || !isScopeComplete(scope)}>
          Start
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        {pending && <span className="assess-hint"> Loading the questions…</span>}
      </p>
    </form>
  );
}
