import { useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import {
  exportFileName,
  exportJson,
  type AssessmentResults,
  type PlanRow,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';
import type * as ExportFormats from '../../lib/assessment/exports/index.ts';
import { downloadText } from '../shared/download.ts';
import { ShareLink } from './ShareLink.tsx';

interface Props {
  bank: Bank;
  assessment: StoredAssessment;
  results: AssessmentResults;
  plan: PlanRow[];
  siteUrl: string;
}

const CSV = 'text/csv;charset=utf-8';

/** Print and export beside the score. Exports load their code only when used. */
export function Exports({ bank, assessment, results, siteUrl }: Props) {
  const [busy, setBusy] = useState(false);
  const save = (suffix: string, extension: string, text: string, type: string) =>
    downloadText(exportFileName(assessment, extension, suffix), text, type);
  const withExports = async (act: (exports: typeof ExportFormats) => void) => {
    setBusy(true);
    try {
      act(await import('../../lib/assessment/exports/index.ts'));
    } finally {
      setBusy(false);
    }
  };
  const printAs = (mode: 'report' | 'summary') => {
    document.documentElement.dataset['print'] = mode;
    // Every section prints expanded, whatever was open on screen.
    const closed = [...document.querySelectorAll('details:not([open])')];
    closed.forEach((d) => d.setAttribute('open', ''));
    print();
    closed.forEach((d) => d.removeAttribute('open'));
    delete document.documentElement.dataset['print'];
  };
  return (
    <div className="results-exports no-print" aria-label="Print and export">
      <p className="assess-actions">
        <button type="button" className="button button--small" onClick={() => printAs('report')}>
          Print the report
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => printAs('summary')}
        >
          Print a one-page summary
        </button>
      </p>
      <details className="results-exports__more">
        <summary>Export</summary>
        <p className="assess-actions" aria-busy={busy}>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => save('', 'json', exportJson(assessment), 'application/json')}
          >
            JSON (to import again)
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() =>
              void withExports((e) =>
                save('answers', 'csv', e.exportAnswersCsv(assessment, bank), CSV),
              )
            }
          >
            Answers (CSV)
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() =>
              void withExports((e) =>
                save('results', 'csv', e.exportResultsCsv(results, bank), CSV),
              )
            }
          >
            Results by area (CSV)
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() =>
              void withExports((e) =>
                save(
                  'report',
                  'md',
                  e.exportMarkdown(assessment, bank, results, { siteUrl }),
                  'text/markdown;charset=utf-8',
                ),
              )
            }
          >
            Report (Markdown)
          </button>
        </p>
        <ShareLink assessment={assessment} />
      </details>
    </div>
  );
}
