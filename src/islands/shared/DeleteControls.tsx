import { useState } from 'react';
import { activeAssessment, type StoreState } from '../../lib/assessment/index.ts';
import { getStore } from './useStore.ts';
import { useFocusOnMount } from './useFocusOnMount.ts';

/** Deleting asks first, and can be undone until the next deletion. */
export function DeleteControls({ state }: { state: StoreState }) {
  const active = activeAssessment(state);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<string>();
  const store = getStore();
  if (confirming && active)
    return (
      <ConfirmDelete
        title={active.title}
        onDelete={() => {
          store.dispatch({ type: 'delete', assessmentId: active.id });
          setDeleted(active.title);
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
        {deleted && state.trash && (
          <>
            Deleted “{deleted}”.{' '}
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                store.dispatch({ type: 'undoDelete' });
                setDeleted(undefined);
              }}
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
