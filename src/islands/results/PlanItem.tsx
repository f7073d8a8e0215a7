import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  answerLabel,
  levelName,
  PLAN_STATUS_WORDS,
  type PlanRow,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { PLAN_STATUSES, type PlanStatus } from '../../schemas/assessment-file.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { getStore } from '../shared/useStore.ts';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  row: PlanRow;
}

/** One plan item: the recommendation, and what the team decided about it. */
export function PlanItem({ bank, assessment, row }: Props) {
  const { question, area, entry } = row;
  const editable = !assessment.milestone;
  const id = `plan-${question.id}`;
  const patch = (change: Parameters<typeof setPlan>[2]) =>
    setPlan(assessment.id, question.id, change);
  const [owner, setOwner] = useState(entry.owner ?? '');
  const [note, setNote] = useState(entry.note ?? '');
  const next = row.state === 'to-do' && typeof row.answer === 'number' ? row.answer + 1 : undefined;
  const nextOption =
    next === undefined ? undefined : question.options.find((o) => o.level === next);
  // Where the team stands, for an item still to do.
  const current =
    row.state === 'to-do' && typeof row.answer === 'number'
      ? question.options.find((o) => o.level === row.answer)
      : undefined;
  return (
    <li className={`plan-item plan-item--${row.state}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {question.title}{' '}
        <span className="results-plan__area">
          ({area.catalogId} {area.shortTitle}
          {row.priority > 0 && `, priority ${row.priority}`})
        </span>
        {row.state === 'met' && <span className="plan-badge"> met: now at target</span>}
        {row.state === 'not-rated' && (
          <span className="plan-badge"> no longer rated ({answerLabel(bank, row.answer)})</span>
        )}
      </h3>
      {row.advice && (
        <p>
          <strong>Next step:</strong> {row.advice}
        </p>
      )}
      {(current ?? nextOption) && (
        // What the two levels look like is reference: folded, so a phone shows more of the plan.
        <details className="plan-item__levels">
          <summary>
            {[
              current && `Now level ${current.level} · ${levelName(bank, current.level)}`,
              nextOption && `next level ${nextOption.level} · ${levelName(bank, nextOption.level)}`,
            ]
              .filter(Boolean)
              .join('; ')}
          </summary>
          {current && (
            <p>
              <strong>
                Now, level {current.level} · {levelName(bank, current.level)}:
              </strong>{' '}
              {current.label}
            </p>
          )}
          {nextOption && (
            <p>
              <strong>
                Leads to level {nextOption.level} · {levelName(bank, nextOption.level)}:
              </strong>{' '}
              {nextOption.label}
            </p>
          )}
        </details>
      )}
      <p>
        <a href={row.link}>Guidance: {area.title}</a> (target {row.target})
      </p>
      <p className="print-only">
        {PLAN_STATUS_WORDS[entry.status]}
        {entry.owner && ` · owner ${entry.owner}`}
        {entry.due && ` · due ${entry.due}`}
        {entry.note && ` · ${entry.note}`}
      </p>
      <div className="plan-fields no-print" role="group" aria-label={`Plan for ${question.title}`}>
        <label>
          Status{' '}
          <select
            value={entry.status}
            disabled={!editable}
            onChange={(e) => patch({ status: e.target.value as PlanStatus })}
          >
            {PLAN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {PLAN_STATUS_WORDS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner{' '}
          <input
            value={owner}
            maxLength={LIMITS.planOwner}
            disabled={!editable}
            onChange={(e) => setOwner(e.target.value)}
            onBlur={() => owner !== (entry.owner ?? '') && patch({ owner })}
          />
        </label>
        <label>
          Due{' '}
          <input
            type="date"
            value={entry.due ?? ''}
            disabled={!editable}
            onChange={(e) => patch({ due: e.target.value || undefined })}
          />
        </label>
        <label>
          Note{' '}
          <textarea
            rows={1}
            value={note}
            maxLength={LIMITS.planNote}
            disabled={!editable}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== (entry.note ?? '') && patch({ note })}
          />
        </label>
      </div>
    </li>
  );
}

function setPlan(
  assessmentId: string,
  questionId: string,
  patch: { status?: PlanStatus; owner?: string; due?: string | undefined; note?: string },
) {
  getStore().dispatch({ type: 'setPlan', assessmentId, questionId, patch });
}
