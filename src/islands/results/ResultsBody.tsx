import { useMemo } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { scoreAssessment, type StoredAssessment } from '../../lib/assessment/index.ts';
import { Summary } from './Summary.tsx';
import { ScoreChart } from './ScoreChart.tsx';
import { AreaTable } from './AreaTable.tsx';
import { Explanation } from './Explanation.tsx';
import { Recommendations } from './Recommendations.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { RetiredAnswers } from './RetiredAnswers.tsx';

/** Every number here comes from scoreAssessment; the components only render it. */
export function ResultsBody({ bank, assessment }: { bank: Bank; assessment: StoredAssessment }) {
  const results = useMemo(() => scoreAssessment(assessment, bank), [assessment, bank]);
  return (
    <>
      <Summary bank={bank} assessment={assessment} results={results} />
      <section aria-labelledby="scores-title" className="results-section">
        <h2 id="scores-title">Scores by area</h2>
        <ScoreChart results={results} />
        <AreaTable bank={bank} assessment={assessment} results={results} />
      </section>
      <Recommendations bank={bank} results={results} />
      <Explanation bank={bank} results={results} />
      <RetiredAnswers results={results} />
      <ExportPanel bank={bank} assessment={assessment} results={results} />
    </>
  );
}
