import { describe, expect, it } from 'vitest';
import { summarizeNuReport } from '../../../src/lib/site-checks/nu-report.ts';

describe('Nu HTML checker report', () => {
  it('lists errors by page and position, and counts warnings without failing on them', () => {
    const summary = summarizeNuReport(
      {
        messages: [
          {
            type: 'error',
            url: 'file:/site/dist/areas/x/index.html',
            lastLine: 4,
            firstColumn: 15,
            message: 'Stray start tag “script”.',
          },
          {
            type: 'info',
            subType: 'warning',
            url: 'file:/site/dist/index.html',
            message: 'The “list” role is unnecessary for element “ul”.',
          },
          { type: 'info', url: 'file:/site/dist/index.html', message: 'Trailing slash.' },
          { type: 'non-document-error', url: 'file:///site/dist/gone.html', message: 'Not found.' },
        ],
      },
      '/site/dist',
    );
    expect(summary.errors).toEqual([
      'areas/x/index.html:4:15: Stray start tag “script”.',
      'gone.html:?:?: Not found.',
    ]);
    expect(summary.warnings).toBe(1);
  });
});
