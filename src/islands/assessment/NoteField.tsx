import { useEffect, useRef, useState } from 'react';
import type { StoredAssessment } from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';

interface Props {
  assessment: StoredAssessment;
  questionId: string;
  note: string | undefined;
  /** For "Not applicable" the note is the reason. */
  isNa: boolean;
}

const SAVE_AFTER_MS = 400;

/** An optional note, saved shortly after typing stops and when the field loses focus. */
export function NoteField({ assessment, questionId, note, isNa }: Props) {
  const [text, setText] = useState(note ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const save = (value: string) => {
    clearTimeout(timer.current);
    if (value !== (note ?? ''))
      getStore().dispatch({
        type: 'setNote',
        assessmentId: assessment.id,
        questionId,
        note: value,
      });
  };
  // Another tab may change the note; show it unless this field is being edited.
  const [shown, setShown] = useState(note);
  if (shown !== note) {
    setShown(note);
    if (document.activeElement?.id !== `note-${questionId}`) setText(note ?? '');
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  const id = `note-${questionId}`;
  return (
    <p className="question__note">
      <label htmlFor={id}>{isNa ? 'Why it does not apply (optional)' : 'Note (optional)'}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={4000}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          clearTimeout(timer.current);
          const value = e.target.value;
          timer.current = setTimeout(() => save(value), SAVE_AFTER_MS);
        }}
        onBlur={() => save(text)}
      />
    </p>
  );
}
