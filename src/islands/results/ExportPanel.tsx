import type { Bank } from '../../schemas/bank.ts';
import {
  exportCsv,
  exportFileName,
  exportJson,
  exportMarkdown,
  type AssessmentResults,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import { downloadText } from '../shared/download.ts';
import { ShareLink } from './ShareLink.tsx';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  results: AssessmentResults;
}

/** Exports never leave the browser except as a file the user saves, or a link they copy. */
export function ExportPanel({ bank, assessment, results }: Props) {
  const save = (extension: string, text: string, type: string) =>
    downloadText(exportFileName(assessment, extension), text, type);
  return (
    <section aria-labelledby="export-title" className="results-section no-print">
      <h2 id="export-title">Export and share</h2>
      <p className="assess-actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => save('json', exportJson(assessment), 'application/json')}
        >
          Download JSON (to import again)
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => save('csv', exportCsv(assessment, bank), 'text/csv;charset=utf-8')}
        >
          Download CSV (for Excel)
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            save(
              'md',
              exportMarkdown(assessment, bank, results, { siteUrl: location.origin }),
              'text/markdown;charset=utf-8',
            )
          }
        >
          Download report (Markdown)
        </button>
        <button type="button" className="button button--quiet" onClick={() => print()}>
          Print the report
        </button>
      </p>
      <ShareLink assessment={assessment} />
    </section>
  );
}
