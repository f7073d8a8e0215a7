/** Cells that a spreadsheet would run as a formula (CSV injection); tab and CR also start one. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Excel reads a UTF-8 file as such (accents intact) only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** One cell, defused and quoted per RFC 4180 (quotes doubled inside quotes). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV document: BOM, comma separated, every record ended by CRLF. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
