import { useMemo, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { scoreAssessment, type StoredAssessment } from '../../lib/assessment/index.ts';
import { AreaNav } from './AreaNav.tsx';
import { AreaPanel } from './AreaPanel.tsx';
import { ScopeEditor } from './ScopeEditor.tsx';
import { Progress } from '../shared/Progress.tsx';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
}

/** One area at a time, with progress per area and overall. */
export function AnswerArea({ bank, assessment }: Props) {
  const results = useMemo(() => scoreAssessment(assessment, bank), [assessment, bank]);
  const firstOpen = results.areas.find((a) => a.completion.ratio < 1) ?? results.areas[0];
  const [current, setCurrent] = useState(firstOpen?.area.slug);
  // Focus moves to the area's heading only when the respondent changes area, not on page load.
  const [moved, setMoved] = useState(false);
  const go = (slug: string) => {
    setCurrent(slug);
    setMoved(true);
  };
  const index = Math.max(
    0,
    results.areas.findIndex((a) => a.area.slug === current),
  );
  const result = results.areas[index];
  return (
    <>
      <ScopeEditor bank={bank} assessment={assessment} />
      <Progress label="Overall" completion={results.completion} />
      <div className="assess-layout">
        <AreaNav areas={results.areas} current={result?.area.slug} onSelect={go} />
        {result ? (
          <AreaPanel
            key={result.area.slug}
            bank={bank}
            assessment={assessment}
            result={result}
            prev={results.areas[index - 1]?.area}
            next={results.areas[index + 1]?.area}
            onGo={go}
            focusHeading={moved}
          />
        ) : (
          <p className="assess-message">No question matches this scope. Change the scope above.</p>
        )}
      </div>
    </>
  );
}
