import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { activeAssessment, describeScope, type StoreState } from '../../lib/assessment/index.ts';
import { getStore } from './useStore.ts';
import { RenameForm } from './RenameForm.tsx';
import { DeleteControls } from './DeleteControls.tsx';

interface Props {
  state: StoreState;
  bank: Bank;
  /** Start a new assessment (the questionnaire shows its start form). */
  onNew?: () => void;
}

/** The assessments kept in this browser: switch between them, start, rename, copy or delete one. */
export function AssessmentBar({ state, bank, onNew }: Props) {
  const active = activeAssessment(state);
  const [renaming, setRenaming] = useState(false);
  const store = getStore();
  return (
    <section className="assess-bar" aria-label="Your assessments">
      {state.assessments.length > 0 && (
        <p className="assess-bar__pick">
          <label htmlFor="assessment-pick">Assessment</label>{' '}
          <select
            id="assessment-pick"
            value={active?.id ?? ''}
            onChange={(e) => store.dispatch({ type: 'switch', assessmentId: e.target.value })}
          >
            {state.assessments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
          {active && (
            <span className="assess-bar__scope">
              {' '}
              {describeScope(bank, active.scope, active.focusRole)}
            </span>
          )}
        </p>
      )}
      {renaming && active ? (
        <RenameForm assessment={active} onDone={() => setRenaming(false)} />
      ) : (
        <p className="assess-actions">
          {onNew && (
            <button type="button" className="button button--quiet button--small" onClick={onNew}>
              New assessment
            </button>
          )}
          {active && (
            <>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setRenaming(true)}
              >
                Rename
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => store.dispatch({ type: 'duplicate', assessmentId: active.id })}
              >
                Duplicate
              </button>
            </>
          )}
          <DeleteControls state={state} />
        </p>
      )}
    </section>
  );
}
