/** Characters that would start Markdown or HTML syntax inside text. */
const SPECIAL = /[\\`*_{}[\]<>#|!~]/g;

/** Text that renders literally in Markdown, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A Markdown table; cells are escaped and alignment is per column ('left' or 'right'). */
export function markdownTable(
  header: readonly string[],
  align: readonly ('left' | 'right')[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = align.map((side) => (side === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A link whose address is kept as is and whose text is escaped. */
export function markdownLink(text: string, href: string): string {
  return `[${escapeMarkdown(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** A share of a whole as a rounded percentage: "83%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
