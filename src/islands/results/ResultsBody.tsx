import { lazy, Suspense, useMemo } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  planRows,
  scoreAssessment,
  type StoreSnapshot,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { Summary } from './Summary.tsx';
import { Scores } from './Scores.tsx';
import { FindOutFirst } from './FindOutFirst.tsx';

// Below the first screen: loaded right after the first view renders, not before it.
const Plan = lazy(() => import('./Plan.tsx').then((m) => ({ default: m.Plan })));
const Milestones = lazy(() => import('./Milestones.tsx').then((m) => ({ default: m.Milestones })));
const Explanation = lazy(() =>
  import('./Explanation.tsx').then((m) => ({ default: m.Explanation })),
);
const RetiredAnswers = lazy(() =>
  import('./RetiredAnswers.tsx').then((m) => ({ default: m.RetiredAnswers })),
);

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  snapshot: StoreSnapshot;
  siteUrl: string;
}

/** Every number here comes from src/lib/assessment; the components only render it. */
export function ResultsBody({ bank, assessment, snapshot, siteUrl }: Props) {
  const results = useMemo(() => scoreAssessment(assessment, bank), [assessment, bank]);
  const plan = useMemo(() => planRows(results, assessment, bank), [results, assessment, bank]);
  return (
    <>
      <Summary
        bank={bank}
        assessment={assessment}
        results={results}
        plan={plan}
        siteUrl={siteUrl}
      />
      <Scores bank={bank} assessment={assessment} results={results} />
      <FindOutFirst results={results} />
      <Suspense fallback={<p className="assess-message">Loading the plan…</p>}>
        <Plan bank={bank} assessment={assessment} rows={plan} siteUrl={siteUrl} />
        <Milestones assessment={assessment} snapshot={snapshot} />
        <Explanation bank={bank} results={results} />
        <RetiredAnswers results={results} />
      </Suspense>
    </>
  );
}
