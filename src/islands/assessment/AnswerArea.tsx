import { useMemo, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  scoreAssessment,
  summarizeBank,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { paths } from '../../lib/urls.ts';
import { AreaNav } from './AreaNav.tsx';
import { AreaPanel } from './AreaPanel.tsx';
import { MilestoneNotice } from './MilestoneNotice.tsx';
import { ScopeEditor } from './ScopeEditor.tsx';
import { Progress } from '../shared/Progress.tsx';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  /** Move focus to the first area's heading (just after "Start"). */
  focusFirst?: boolean;
}

/** One area at a time, with progress per area and overall, and a results link always in reach. */
export function AnswerArea({ bank, assessment, focusFirst = false }: Props) {
  const results = useMemo(() => scoreAssessment(assessment, bank), [assessment, bank]);
  const summary = useMemo(() => summarizeBank(bank), [bank]);
  const answerable = results.areas.filter((a) => !a.noQuestionsForRole);
  const firstOpen = answerable.find((a) => a.completion.ratio < 1) ?? answerable[0];
  const [current, setCurrent] = useState(firstOpen?.area.slug);
  // Focus moves to the area's heading when the respondent changes area or has just started.
  const [moved, setMoved] = useState(focusFirst);
  const go = (slug: string) => {
    setCurrent(slug);
    setMoved(true);
  };
  const index = Math.max(
    0,
    answerable.findIndex((a) => a.area.slug === current),
  );
  const result = answerable[index];
  const readOnly = assessment.milestone !== undefined;
  return (
    <>
      {readOnly ? (
        <MilestoneNotice assessment={assessment} />
      ) : (
        <ScopeEditor bank={summary} assessment={assessment} />
      )}
      <Progress label="Overall" completion={results.completion} />
      {/* The progress bar sticks to the bottom only while the questions are on screen. */}
      <div className="assess-answering">
        <div className="assess-layout">
          <AreaNav areas={results.areas} current={result?.area.slug} onSelect={go} />
          {result ? (
            <AreaPanel
              key={result.area.slug}
              bank={bank}
              assessment={assessment}
              result={result}
              prev={answerable[index - 1]?.area}
              next={answerable[index + 1]?.area}
              onGo={go}
              focusHeading={moved}
              readOnly={readOnly}
            />
          ) : (
            <p className="assess-message">
              No question matches this scope. Change the scope above.
            </p>
          )}
        </div>
        <p className="assess-sticky" aria-label="Progress">
          <span>
            {results.completion.answered} of {results.completion.total} answered
          </span>
          <progress
            max={results.completion.total || 1}
            value={results.completion.answered}
            aria-hidden="true"
          />
          <a href={paths.results}>See results</a>
        </p>
      </div>
    </>
  );
}
