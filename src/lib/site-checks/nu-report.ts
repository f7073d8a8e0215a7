/**
 * Reads the JSON report of the Nu HTML checker (vnu.jar --format json): its errors, one line each
 * with the page and position, and how many warnings came with them. Warnings are counted, not
 * failed on: DESIGN.md asks for 0 errors ("Valid HTML").
 */
export interface NuMessage {
  /** "error", "info" (with subType "warning" for warnings) or "non-document-error". */
  type: string;
  /** "warning" or "fatal" for some messages. */
  subType?: string;
  /** The checked file, as a file: URL ("file:/abs/path", with or without "//"). */
  url?: string;
  /** Where the problem ends (the checker reports a range). */
  lastLine?: number;
  /** The column where the range begins. */
  firstColumn?: number;
  /** The column where the range ends, when firstColumn is missing. */
  lastColumn?: number;
  /** What is wrong, in the checker's words. */
  message: string;
  /** The markup around the problem. */
  extract?: string;
}

export interface NuSummary {
  /** One line per error: "<page>:<line>:<column>: <message>". */
  errors: string[];
  /** How many warnings the checker gave (not failures). */
  warnings: number;
}

/** Turns the report into error lines, with pages named relative to the checked folder (an absolute path). */
export function summarizeNuReport(report: { messages: NuMessage[] }, dir: string): NuSummary {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const place = (m: NuMessage) => {
    const path = decodeURIComponent((m.url ?? '?').replace(/^file:(\/\/)?/, ''));
    const file = path.startsWith(base) ? path.slice(base.length) : path;
    return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
  };
  const isError = (m: NuMessage) => m.type === 'error' || m.type === 'non-document-error';
  return {
    errors: report.messages.filter(isError).map((m) => `${place(m)}: ${m.message}`),
    warnings: report.messages.filter((m) => m.type === 'info' && m.subType === 'warning').length,
  };
}
