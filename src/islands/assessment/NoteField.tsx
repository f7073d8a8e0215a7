import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { StoredAssessment } from '../../lib/assessment/index.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { getStore } from '../shared/useStore.ts';

interface Props {
  assessment: StoredAssessment;
  questionId: string;
  note: string | undefined;
  /** For "Not applicable" the note is the reason. */
  isNa: boolean;
  readOnly: boolean;
}

const SAVE_AFTER_MS = 400;

/**
 * An optional note behind "Add a note" (open when there is one, or for a reason to "Not
 * applicable"). It is saved shortly after typing stops, when the field loses focus, and when the
 * page is hidden or closed, so nothing typed in the last moment is lost.
 */
export function NoteField({ assessment, questionId, note, isNa, readOnly }: Props) {
  const [text, setText] = useState(note ?? '');
  const [open, setOpen] = useState(Boolean(note) || isNa);
  const pending = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = `note-${questionId}`;
  const save = () => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = undefined;
    if (value !== undefined)
      getStore().dispatch({
        type: 'setNote',
        assessmentId: assessment.id,
        questionId,
        note: value,
      });
  };
  const flushNow = useEffectEvent(save);
  useEffect(() => {
    const flush = () => flushNow();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  // Another tab may change the note; show it unless this field is being edited.
  const [shown, setShown] = useState(note);
  if (shown !== note) {
    setShown(note);
    if (pending.current === undefined) setText(note ?? '');
  }
  if (!open && !isNa)
    return readOnly ? null : (
      <p className="question__note">
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setOpen(true)}
        >
          Add a note
        </button>
      </p>
    );
  return (
    <p className="question__note">
      <label htmlFor={id}>{isNa ? 'Why it does not apply (optional)' : 'Note (optional)'}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={LIMITS.note}
        value={text}
        readOnly={readOnly}
        onChange={(e) => {
          setText(e.target.value);
          pending.current = e.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(save, SAVE_AFTER_MS);
        }}
        onBlur={save}
      />
    </p>
  );
}
