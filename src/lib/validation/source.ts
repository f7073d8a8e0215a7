import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { FieldPath, Problem } from './problem.ts';

/** A file of content/ as read from disk. */
export interface SourceFile {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** Full text of the file. */
  text: string;
}

/** An entry before schema validation: its raw data and a way to find a field's line. */
export interface RawEntry {
  id: string;
  file: string;
  data: unknown;
  /** Markdown body of .md/.mdx files. */
  body?: string;
  /** Lines before the body (the frontmatter), to turn body lines into file lines. */
  bodyOffset?: number;
  /** Line of a field in the file, when it can be found. */
  lineOf: (path: FieldPath) => number | undefined;
  /** Where the entry sits in a file that holds several, for example [3]. */
  prefix?: FieldPath;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML, reporting syntax errors with their line instead of throwing. */
export function parseYamlSource(file: string, text: string, firstLine = 1) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    line: counter.linePos(error.pos[0]).line + firstLine - 1,
    path: '',
    message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
  }));
  const lineOf = (path: FieldPath) => yamlLine(doc, counter, path, firstLine);
  return { data: problems.length ? undefined : doc.toJS(), problems, lineOf };
}

function yamlLine(doc: Document, counter: LineCounter, path: FieldPath, firstLine: number) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}

/** Splits an .md/.mdx file into frontmatter data and body. */
export function parseMarkdownSource(source: SourceFile, id: string): { entry?: RawEntry; problems: Problem[] } {
  const match = FRONTMATTER.exec(source.text);
  if (!match) {
    const message = 'the file must start with frontmatter: a line "---", the YAML fields, and another "---"';
    return { problems: [{ file: source.file, line: 1, path: '', message }] };
  }
  const parsed = parseYamlSource(source.file, match[1] ?? '', 2);
  if (parsed.problems.length) return { problems: parsed.problems };
  const body = source.text.slice(match[0].length);
  const bodyOffset = match[0].split('\n').length - 1;
  const entry = { id, file: source.file, data: parsed.data ?? {}, body, bodyOffset, lineOf: parsed.lineOf };
  return { entry, problems: [] };
}

/** Reads a YAML file that holds a list of entries, each with its own `id`. */
export function parseYamlList(source: SourceFile): { entries: RawEntry[]; problems: Problem[] } {
  const parsed = parseYamlSource(source.file, source.text);
  if (parsed.problems.length) return { entries: [], problems: parsed.problems };
  if (!Array.isArray(parsed.data)) {
    const message = 'must be a list of entries, each starting with "- id: …"';
    return { entries: [], problems: [{ file: source.file, line: 1, path: '', message }] };
  }
  const entries = parsed.data.map((data: unknown, index: number) => ({
    id: idOf(data, index),
    file: source.file,
    data,
    lineOf: (path: FieldPath) => parsed.lineOf([index, ...path]),
    prefix: [index],
  }));
  return { entries, problems: [] };
}

function idOf(data: unknown, index: number): string {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index + 1}`;
}
