import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  exportFileName,
  filterPlan,
  planCounts,
  planOwners,
  PLAN_STATUS_WORDS,
  UNASSIGNED,
  type PlanFilter,
  type PlanRow,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { PLAN_STATUSES } from '../../schemas/assessment-file.ts';
import type * as ExportFormats from '../../lib/assessment/exports/index.ts';
import { downloadText } from '../shared/download.ts';
import { PlanItem } from './PlanItem.tsx';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  rows: PlanRow[];
  siteUrl: string;
}

/**
 * The improvement plan: every recommendation (questions below their area's target, highest
 * priority first) with an owner, a due date, a status and a note the team gives it. Entries
 * follow their question, not its answer: one whose question now meets its target shows as met.
 */
export function Plan({ bank, assessment, rows, siteUrl }: Props) {
  const [filter, setFilter] = useState<PlanFilter>({ status: 'all', owner: '' });
  const shown = filterPlan(rows, filter);
  const owners = planOwners(rows);
  const counts = planCounts(rows);
  const todo = shown.filter((row) => row.state === 'to-do');
  const rest = shown.filter((row) => row.state !== 'to-do');
  return (
    <section aria-labelledby="plan-title" className="results-section">
      <h2 id="plan-title">Improvement plan</h2>
      <p>
        Every question answered below its area’s target, by priority: weight × (target − level),
        then catalog order. Give each an owner, a due date and a status; they are kept with the
        question when answers change, and carried into the next round.
      </p>
      {rows.length === 0 ? (
        <p>Nothing is below target. Answer more questions, or raise a target.</p>
      ) : (
        <>
          <p className="assess-hint">
            {counts.open} open, {counts.planned} planned, {counts['in-progress']} in progress,{' '}
            {counts.done} done, {counts['wont-do']} won’t do, {counts.met} met.
          </p>
          <div className="plan-filters no-print" role="group" aria-label="Filter the plan">
            <label>
              Status{' '}
              <select
                value={filter.status}
                onChange={(e) =>
                  setFilter({ ...filter, status: e.target.value as PlanFilter['status'] })
                }
              >
                <option value="all">Any</option>
                {PLAN_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {PLAN_STATUS_WORDS[status]}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              Owner{' '}
              <select
                value={filter.owner}
                onChange={(e) => setFilter({ ...filter, owner: e.target.value })}
              >
                <option value="">Anyone</option>
                <option value={UNASSIGNED}>Nobody yet</option>
                {owners.map((owner) => (
                  <option key={owner} value={owner}>
                    {owner}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p role="status" className="assess-hint">
            Showing {shown.length} of {rows.length} plan item{rows.length === 1 ? '' : 's'}.
          </p>
          <ol className="results-plan">
            {todo.map((row) => (
              <PlanItem key={row.question.id} bank={bank} assessment={assessment} row={row} />
            ))}
          </ol>
          {rest.length > 0 && (
            <>
              <h3>No longer below target</h3>
              <ul className="results-plan">
                {rest.map((row) => (
                  <PlanItem key={row.question.id} bank={bank} assessment={assessment} row={row} />
                ))}
              </ul>
            </>
          )}
          <PlanExports assessment={assessment} rows={rows} bank={bank} siteUrl={siteUrl} />
        </>
      )}
    </section>
  );
}

function PlanExports({
  assessment,
  rows,
  bank,
  siteUrl,
}: {
  assessment: StoredAssessment;
  rows: PlanRow[];
  bank: Bank;
  siteUrl: string;
}) {
  const [process, setProcess] = useState<'basic' | 'agile' | 'scrum' | 'cmmi'>('agile');
  const save = (suffix: string, extension: string, text: string, type: string) =>
    downloadText(exportFileName(assessment, extension, suffix), text, type);
  const run = async (act: (e: typeof ExportFormats) => void) =>
    act(await import('../../lib/assessment/exports/index.ts'));
  const CSV = 'text/csv;charset=utf-8';
  return (
    <div className="plan-exports no-print">
      <h3>Take the plan elsewhere</h3>
      <p className="assess-actions">
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void run((e) => save('plan', 'csv', e.planCsv(rows, bank, siteUrl), CSV))}
        >
          Plan (CSV)
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() =>
            void run((e) =>
              save('plan', 'md', e.planMarkdown(rows, siteUrl), 'text/markdown;charset=utf-8'),
            )
          }
        >
          Task list (Markdown, for GitHub, Confluence, Notion)
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() =>
            void run((e) =>
              save(
                'plan',
                'ics',
                e.planCalendar(rows, {
                  siteUrl,
                  assessmentId: assessment.id,
                  title: assessment.title,
                }),
                'text/calendar;charset=utf-8',
              ),
            )
          }
        >
          Due dates (calendar, .ics)
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void run((e) => save('jira', 'csv', e.jiraCsv(rows, siteUrl), CSV))}
        >
          Jira (CSV import)
        </button>
      </p>
      <p className="assess-actions">
        <label htmlFor="devops-process">Azure DevOps process</label>{' '}
        <select
          id="devops-process"
          value={process}
          onChange={(e) => setProcess(e.target.value as typeof process)}
        >
          <option value="basic">Basic (Issue)</option>
          <option value="agile">Agile (User Story)</option>
          <option value="scrum">Scrum (Product Backlog Item)</option>
          <option value="cmmi">CMMI (Requirement)</option>
        </select>{' '}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() =>
            void run((e) =>
              e
                .azureDevOpsCsv(rows, process, siteUrl)
                .forEach((text, i, all) =>
                  save(all.length > 1 ? `devops-${i + 1}` : 'devops', 'csv', text, CSV),
                ),
            )
          }
        >
          Azure DevOps (CSV for “Import work items”)
        </button>
      </p>
      <p className="assess-hint">
        The backlog files hold the open work only (not done, not “won’t do”, not met). Jira: choose
        “yyyy-MM-dd” as the date format when importing.
      </p>
    </div>
  );
}
