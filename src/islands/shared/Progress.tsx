import { percent, type Completion } from '../../lib/assessment/index.ts';

/** "12 of 40 answered", with a bar that repeats the number (never the only cue). */
export function Progress({ label, completion }: { label: string; completion: Completion }) {
  return (
    <p className="progress">
      <span>
        {label}: {completion.answered} of {completion.total} answered ({percent(completion.ratio)})
      </span>
      <progress
        max={completion.total || 1}
        value={completion.answered}
        aria-label={`${label} progress`}
      />
    </p>
  );
}
