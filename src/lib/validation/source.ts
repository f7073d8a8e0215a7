import { LineCounter, parseDocument, isCollection, isNode, isScalar, type Document } from 'yaml';
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
  const problems: Problem[] = doc.errors.map((error) => {
    const { line, col } = counter.linePos(error.pos[0]);
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const hint = /mapping/i.test(reason) ? ' (put text that contains ": " in quotes)' : '';
    return {
      file,
      line: line + firstLine - 1,
      path: '',
      message: `the YAML cannot be read at column ${col}: ${reason}${hint}`,
    };
  });
  const lineOf = (path: FieldPath) => yamlLine(doc, counter, path, firstLine);
  return { data: problems.length ? undefined : (doc.toJS() as unknown), problems, lineOf };
}

/** Line of the deepest part of `path` that exists; for a field, the line of its key. */
function yamlLine(doc: Document, counter: LineCounter, path: FieldPath, firstLine: number) {
  for (let depth = path.length; depth >= 0; depth--) {
    const offset = keyOffset(doc, path.slice(0, depth)) ?? nodeOffset(doc, path.slice(0, depth));
    if (offset !== undefined) return counter.linePos(offset).line + firstLine - 1;
  }
  return undefined;
}

function nodeOffset(doc: Document, path: FieldPath): number | undefined {
  const node = doc.getIn(path as unknown[], true);
  return isNode(node) && node.range ? node.range[0] : undefined;
}

function keyOffset(doc: Document, path: FieldPath): number | undefined {
  const last = path.at(-1);
  if (typeof last !== 'string') return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  if (!isCollection(parent)) return undefined;
  for (const item of parent.items) {
    const key = (item as { key?: unknown }).key;
    if (isScalar(key) && String(key.value) === last && key.range) return key.range[0];
  }
  return undefined;
}

/** Splits an .md/.mdx file into frontmatter data and body. */
export function parseMarkdownSource(
  source: SourceFile,
  id: string,
): { entry?: RawEntry; problems: Problem[] } {
  const match = FRONTMATTER.exec(source.text);
  if (!match) {
    const message =
      'the file must start with frontmatter: a line "---", the YAML fields, and another "---"';
    return { problems: [{ file: source.file, line: 1, path: '', message }] };
  }
  const parsed = parseYamlSource(source.file, match[1] ?? '', 2);
  if (parsed.problems.length) return { problems: parsed.problems };
  const body = source.text.slice(match[0].length);
  const bodyOffset = match[0].split('\n').length - 1;
  const entry = {
    id,
    file: source.file,
    data: parsed.data ?? {},
    body,
    bodyOffset,
    lineOf: parsed.lineOf,
  };
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
