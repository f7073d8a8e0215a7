import { useState, type FormEvent } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  activeAssessment,
  defaultTitle,
  isScopeComplete,
  scopeOf,
  scopeValueOf,
  type UrlScope,
} from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';
import { ScopeFields } from './ScopeFields.tsx';

interface Props {
  bank: Bank;
  /** A scope from the link that opened the page. */
  initial?: UrlScope;
  onDone: () => void;
  onCancel?: () => void;
}

/** Starts a new assessment: a name, who answers (optional), and which questions. */
export function StartForm({ bank, initial, onDone, onCancel }: Props) {
  const [title, setTitle] = useState(() => defaultTitle(new Date()));
  const [name, setName] = useState('');
  const [scope, setScope] = useState(() => scopeValueOf(initial?.scope ?? [], initial?.focusRole));
  const start = (event: FormEvent) => {
    event.preventDefault();
    const store = getStore();
    const snapshot = store.dispatch({
      type: 'create',
      title: title.trim(),
      bankVersion: bank.version,
      ...scopeOf(scope),
    });
    const created = activeAssessment(snapshot.state);
    if (created && name.trim())
      store.dispatch({ type: 'setRespondent', assessmentId: created.id, name: name.trim() });
    onDone();
  };
  return (
    <form className="assess-start" onSubmit={start} aria-labelledby="start-title">
      <h2 id="start-title">Start an assessment</h2>
      <p>
        Give it a name you will recognise when you come back (“Q1 baseline”, “After the October
        release”). Several can be kept side by side and compared.
      </p>
      <p className="assess-field">
        <label htmlFor="start-name">Name of the assessment</label>
        <input
          id="start-name"
          value={title}
          required
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
      </p>
      <p className="assess-field">
        <label htmlFor="start-respondent">Your name or initials (optional, kept in exports)</label>
        <input
          id="start-respondent"
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
      </p>
      <ScopeFields bank={bank} value={scope} onChange={setScope} />
      <p className="assess-actions">
        <button
          type="submit"
          className="button"
          disabled={!isScopeComplete(scope) || !title.trim()}
        >
          Start
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
