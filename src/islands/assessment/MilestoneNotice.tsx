import { useState, type FormEvent } from 'react';
import type { StoredAssessment } from '../../lib/assessment/index.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { getStore } from '../shared/useStore.ts';

/** A milestone is read-only; the way to answer again is the next round, started from it. */
export function MilestoneNotice({ assessment }: { assessment: StoredAssessment }) {
  const [title, setTitle] = useState(`${assessment.title} (next round)`);
  const start = (event: FormEvent) => {
    event.preventDefault();
    getStore().dispatch({ type: 'nextRound', assessmentId: assessment.id, title });
  };
  return (
    <form className="assess-message" onSubmit={start} aria-labelledby="milestone-title">
      <p id="milestone-title">
        “{assessment.title}” is a milestone, frozen on {assessment.milestone?.frozenAt.slice(0, 10)}
        : its answers can be read, exported and compared, not changed. To answer again, start the
        next round from it: it keeps the scope, targets and plan, and starts with these answers,
        marked until someone reviews them.
      </p>
      <p className="assess-actions">
        <label htmlFor="next-round-title">Name of the next round</label>{' '}
        <input
          id="next-round-title"
          value={title}
          maxLength={LIMITS.title}
          required
          onChange={(e) => setTitle(e.target.value)}
        />{' '}
        <button type="submit" className="button button--small" disabled={!title.trim()}>
          Start the next round
        </button>
      </p>
    </form>
  );
}
