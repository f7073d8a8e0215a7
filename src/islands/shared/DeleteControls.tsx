import { useState } from 'react';
import type { StoreSnapshot } from '../../lib/assessment/index.ts';
import { activeOf, getStore } from './useStore.ts';
import { useFocusOnMount } from './useFocusOnMount.ts';

/**
 * Deleting asks first. Undo, while the page is open, restores exactly the assessment it names,
 * whatever other tabs deleted meanwhile; nothing of it stays in storage.
 */
export function DeleteControls({ snapshot }: { snapshot: StoreSnapshot }) {
  const active = activeOf(snapshot);
  const [confirming, setConfirming] = useState(false);
  const store = getStore();
  const { undo } = snapshot;
  if (confirming && active)
    return (
      <ConfirmDelete
        title={active.title}
        onDelete={() => {
          store.dispatch({ type: 'delete', assessmentId: active.id });
          setConfirming(false);
        }}
        onKeep={() => setConfirming(false)}
      />
    );
  return (
    <>
      {active && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setConfirming(true)}
        >
          Delete
        </button>
      )}
      <span role="status" className="assess-undo">
        {undo && (
          <>
            Deleted “{undo.assessment.title}” from this browser.{' '}
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => store.undoDelete()}
            >
              Undo
            </button>
          </>
        )}
      </span>
    </>
  );
}

function ConfirmDelete(props: { title: string; onDelete: () => void; onKeep: () => void }) {
  const confirm = useFocusOnMount<HTMLButtonElement>();
  return (
    <span className="assess-confirm" role="group" aria-label="Confirm deletion">
      Delete “{props.title}” and its answers from this browser?{' '}
      <button
        ref={confirm}
        type="button"
        className="button button--danger button--small"
        onClick={props.onDelete}
      >
        Delete
      </button>
      <button type="button" className="button button--quiet button--small" onClick={props.onKeep}>
        Keep it
      </button>
    </span>
  );
}
