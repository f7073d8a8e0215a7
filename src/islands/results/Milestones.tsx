import { useState, type FormEvent } from 'react';
import type { StoreSnapshot, StoredAssessment } from '../../lib/assessment/index.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { paths } from '../../lib/urls.ts';
import { getStore } from '../shared/useStore.ts';

/**
 * Repeat rounds: freeze the assessment as a milestone (a read-only copy), start the next round
 * from a milestone, and compare any two assessments or milestones.
 */
export function Milestones({
  assessment,
  snapshot,
}: {
  assessment: StoredAssessment;
  snapshot: StoreSnapshot;
}) {
  const others = snapshot.state.assessments.filter((a) => a.id !== assessment.id);
  const [chosen, setCompareWith] = useState('');
  // A choice that no longer exists (or none yet) falls back to the first other assessment.
  const compareWith = others.some((a) => a.id === chosen) ? chosen : (others[0]?.id ?? '');
  return (
    <section aria-labelledby="rounds-title" className="results-section no-print">
      <h2 id="rounds-title">Milestones and the next round</h2>
      {assessment.milestone ? (
        <NextRound milestone={assessment} />
      ) : (
        <Freeze assessment={assessment} />
      )}
      {others.length > 0 && (
        <form
          className="assess-actions"
          action={paths.compare}
          onSubmit={(e) => {
            e.preventDefault();
            location.assign(
              `${paths.compare}?a=${encodeURIComponent(compareWith)}&b=${encodeURIComponent(assessment.id)}`,
            );
          }}
        >
          <label htmlFor="compare-with">Compare “{assessment.title}” with</label>{' '}
          <select
            id="compare-with"
            value={compareWith}
            onChange={(e) => setCompareWith(e.target.value)}
          >
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
                {a.milestone ? ` (milestone, ${a.milestone.frozenAt.slice(0, 10)})` : ''}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="button button--small">
            Compare
          </button>
        </form>
      )}
    </section>
  );
}

function Freeze({ assessment }: { assessment: StoredAssessment }) {
  const [name, setName] = useState(
    () => `${assessment.title} (${new Date().toISOString().slice(0, 10)})`,
  );
  const [done, setDone] = useState('');
  const freeze = (event: FormEvent) => {
    event.preventDefault();
    const result = getStore().dispatch({ type: 'freeze', assessmentId: assessment.id, name });
    // Freezing makes a copy; this tab goes on with the assessment it was showing.
    if (result.changed) getStore().select(assessment.id);
    setDone(
      result.changed
        ? `Frozen as “${name.trim()}”${result.saved ? '' : ' in this page only (not saved)'}. It is listed under Milestones and can be compared with later rounds.`
        : 'The milestone could not be made.',
    );
  };
  return (
    <form onSubmit={freeze}>
      <p>
        Freeze the answers, targets and plan as they are today, as a read-only milestone (for
        example “Q1 baseline”). Keep working here; in a quarter, compare this round with it.
      </p>
      <p className="assess-actions">
        <label htmlFor="milestone-name">Milestone name</label>{' '}
        <input
          id="milestone-name"
          value={name}
          maxLength={LIMITS.title}
          required
          onChange={(e) => setName(e.target.value)}
        />{' '}
        <button type="submit" className="button button--small" disabled={!name.trim()}>
          Freeze as milestone
        </button>
      </p>
      <p role="status" className="assess-hint">
        {done}
      </p>
    </form>
  );
}

function NextRound({ milestone }: { milestone: StoredAssessment }) {
  const [title, setTitle] = useState(`${milestone.title} (next round)`);
  const start = (event: FormEvent) => {
    event.preventDefault();
    const result = getStore().dispatch({ type: 'nextRound', assessmentId: milestone.id, title });
    if (result.createdId) location.assign(paths.assessment);
  };
  return (
    <form onSubmit={start}>
      <p>
        This is a milestone, frozen on {milestone.milestone?.frozenAt.slice(0, 10)}: it can be
        renamed, exported, compared or deleted, never edited. The next round starts from it, with
        the same scope, focus, targets and plan, and its answers marked until someone reviews them.
      </p>
      <p className="assess-actions">
        <label htmlFor="round-title">Name of the next round</label>{' '}
        <input
          id="round-title"
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
