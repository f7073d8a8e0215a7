import { useState } from 'react';
import { describeScope, type ScopeBank, type StoreSnapshot } from '../../lib/assessment/index.ts';
import { activeOf, getStore } from './useStore.ts';
import { RenameForm } from './RenameForm.tsx';
import { DeleteControls } from './DeleteControls.tsx';

interface Props {
  snapshot: StoreSnapshot;
  bank: ScopeBank;
  /** Start a new assessment (the questionnaire shows its start form). */
  onNew?: () => void;
}

/**
 * The assessments kept in this browser: choose the one this tab shows (other tabs keep theirs),
 * start, rename, copy or delete one. Milestones are listed apart: they are read-only.
 */
export function AssessmentBar({ snapshot, bank, onNew }: Props) {
  const active = activeOf(snapshot);
  const [renaming, setRenaming] = useState(false);
  const store = getStore();
  const { assessments } = snapshot.state;
  const rounds = assessments.filter((a) => !a.milestone);
  const milestones = assessments.filter((a) => a.milestone);
  return (
    <section className="assess-bar" aria-label="Your assessments">
      {snapshot.notice && (
        <p className="assess-message" role="status">
          {snapshot.notice}{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => store.dismissNotice()}
          >
            OK
          </button>
        </p>
      )}
      {assessments.length > 0 && (
        <p className="assess-bar__pick">
          <label htmlFor="assessment-pick">Assessment</label>{' '}
          <select
            id="assessment-pick"
            value={active?.id ?? ''}
            onChange={(e) => store.select(e.target.value)}
          >
            {!active && <option value="">Choose one</option>}
            <optgroup label="Assessments">
              {rounds.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </optgroup>
            {milestones.length > 0 && (
              <optgroup label="Milestones (read-only)">
                {milestones.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title} (frozen {a.milestone!.frozenAt.slice(0, 10)})
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          {active && <span className="assess-bar__scope"> {describeScope(bank, active)}</span>}
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
              {!active.milestone && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => store.dispatch({ type: 'duplicate', assessmentId: active.id })}
                >
                  Duplicate
                </button>
              )}
            </>
          )}
          <DeleteControls snapshot={snapshot} />
        </p>
      )}
    </section>
  );
}
