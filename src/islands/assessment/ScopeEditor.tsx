import { useState, type FormEvent } from 'react';
import {
  describeScope,
  isScopeComplete,
  scopeOf,
  scopeValueOf,
  type BankSummary,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';
import { ScopeFields } from './ScopeFields.tsx';

/** Shows the scope of the assessment and lets it change; answers outside the scope are kept. */
export function ScopeEditor({
  bank,
  assessment,
}: {
  bank: BankSummary;
  assessment: StoredAssessment;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(() => scopeValueOf(assessment.scope, assessment.focusRole));
  const save = (event: FormEvent) => {
    event.preventDefault();
    getStore().dispatch({ type: 'setScope', assessmentId: assessment.id, ...scopeOf(value) });
    setEditing(false);
  };
  if (!editing)
    return (
      <p className="assess-scope-line">
        Scope: {describeScope(bank, assessment)}.{' '}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setEditing(true)}
        >
          Change scope
        </button>
      </p>
    );
  return (
    <form onSubmit={save} className="assess-start">
      <ScopeFields bank={bank} value={value} onChange={setValue} />
      <p className="assess-hint">
        Answers to questions you leave out are kept, and come back if you include them again.
      </p>
      <p className="assess-actions">
        <button type="submit" className="button button--small" disabled={!isScopeComplete(value)}>
          Apply
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setEditing(false)}
        >
          Cancel
        </button>
      </p>
    </form>
  );
}
