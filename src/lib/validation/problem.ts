/** One thing wrong in content/, located precisely enough for a writer to fix it. */
export interface Problem {
  /** Path from the project root, for example "content/areas/licensing.md". */
  file: string;
  /** Line in that file, when it is known. */
  line?: number;
  /** Field path inside the entry, for example "processes[3].good"; empty for the whole file. */
  path: string;
  /** What is wrong and, where it helps, what to do. */
  message: string;
}

/** A path to a field inside an entry, as zod and the YAML reader give it. */
export type FieldPath = readonly PropertyKey[];

/** One line per problem: file:line: field: message. */
export function formatProblem({ file, line, path, message }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return path ? `${where}: ${path}: ${message}` : `${where}: ${message}`;
}

/** The whole report, sorted by file and line so problems of one file stand together. */
export function formatReport(problems: readonly Problem[], heading: string): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [`${heading} (${count}):`, ...sorted.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
