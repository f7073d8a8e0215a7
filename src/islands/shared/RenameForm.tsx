import { useState, type FormEvent } from 'react';
import type { StoredAssessment } from '../../lib/assessment/index.ts';
import { getStore } from './useStore.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { useFocusOnMount } from './useFocusOnMount.ts';

export function RenameForm({
  assessment,
  onDone,
}: {
  assessment: StoredAssessment;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(assessment.title);
  const input = useFocusOnMount<HTMLInputElement>();
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim())
      getStore().dispatch({ type: 'rename', assessmentId: assessment.id, title: title.trim() });
    onDone();
  };
  return (
    <form className="assess-actions" onSubmit={save}>
      <label htmlFor="assessment-title">New name</label>
      <input
        ref={input}
        id="assessment-title"
        value={title}
        maxLength={LIMITS.title}
        required
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="button button--small">
        Save name
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
