import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSpecs, type CollectionKey, type ContentSet, type Entry } from './collections.ts';
import { describeIssue, formatFieldPath, writerWords } from '../describe-problem.ts';
import type { Problem } from './problem.ts';
import {
  parseMarkdownSource,
  parseYamlList,
  parseYamlSource,
  type RawEntry,
  type SourceFile,
} from './source.ts';
import { slugSchema } from '../../schemas/common.ts';
import { extensionOf, type FolderLocation } from '../../schemas/locations.ts';

/**
 * Reads every collection under `root` (the content/ folder) and checks each entry against its
 * schema. Entries that fail are reported and left out, so the rules across entries still run
 * on the rest and the writer sees every problem at once.
 */
export function loadContent(root: string, label = 'content'): LoadedContent {
  const problems: Problem[] = [];
  const content = {} as Record<CollectionKey, Entry<unknown>[]>;
  const invalid = new Set<string>();
  for (const key of Object.keys(collectionSpecs) as CollectionKey[]) {
    const unreadable: string[] = [];
    const raw = readCollection(root, label, key, problems, unreadable);
    for (const id of unreadable) invalid.add(`${key}/${id}`);
    content[key] = raw.flatMap((entry) => {
      const checked = checkEntry(key, entry, problems);
      if (!checked.length) invalid.add(`${key}/${entry.id}`);
      return checked;
    });
  }
  return { content: content as ContentSet, problems, invalid };
}

/** What loading gives: the valid entries, the problems, and the entries left out for their problems. */
export interface LoadedContent {
  content: ContentSet;
  problems: Problem[];
  /** "collection/id" of entries that exist but failed their schema (references to them are not reported again). */
  invalid: Set<string>;
}

function readCollection(
  root: string,
  label: string,
  key: CollectionKey,
  problems: Problem[],
  unreadable: string[],
): RawEntry[] {
  const spec = collectionSpecs[key];
  if ('dir' in spec) return readFolder(root, label, spec, problems, unreadable);
  const name = 'file' in spec ? spec.file : spec.single;
  const source = readSource(root, label, name, problems);
  if (!source) return [];
  if ('file' in spec) return collect(parseYamlList(source), problems);
  const parsed = parseYamlSource(source.file, source.text);
  problems.push(...parsed.problems);
  return parsed.problems.length
    ? []
    : [{ id: 'model', file: source.file, data: parsed.data, lineOf: parsed.lineOf }];
}

function readFolder(
  root: string,
  label: string,
  location: FolderLocation,
  problems: Problem[],
  unreadable: string[],
) {
  const { dir, extensions } = location;
  const folder = join(root, dir);
  if (!existsSync(folder)) {
    problems.push({ file: `${label}/${dir}/`, path: '', message: 'the folder is missing' });
    return [];
  }
  const entries: RawEntry[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const file = `${label}/${dir}/${name}`;
    const extension = extensionOf(name, location);
    if (extension === undefined) {
      problems.push({
        file,
        path: '',
        message: `only ${extensions.join(' and ')} files are read in ${label}/${dir}/: rename it, or start its name with "_" to keep it as a draft`,
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!slugSchema.safeParse(id).success) {
      problems.push({
        file,
        path: '',
        message:
          'the file name must be lower-case words joined by hyphens (it becomes the page address)',
      });
      continue;
    }
    const entry = readEntry(
      { file, text: readFileSync(join(folder, name), 'utf8') },
      id,
      extension,
      problems,
    );
    if (entry) entries.push(entry);
    else unreadable.push(id);
  }
  return entries;
}

function readEntry(
  source: SourceFile,
  id: string,
  extension: string,
  problems: Problem[],
): RawEntry | undefined {
  if (extension !== '.yaml') {
    const parsed = parseMarkdownSource(source, id);
    problems.push(...parsed.problems);
    return parsed.entry;
  }
  const parsed = parseYamlSource(source.file, source.text);
  problems.push(...parsed.problems);
  return parsed.problems.length
    ? undefined
    : { id, file: source.file, data: parsed.data, lineOf: parsed.lineOf };
}

function readSource(
  root: string,
  label: string,
  name: string,
  problems: Problem[],
): SourceFile | undefined {
  const path = join(root, name);
  if (!existsSync(path)) {
    problems.push({ file: `${label}/${name}`, path: '', message: 'the file is missing' });
    return undefined;
  }
  return { file: `${label}/${name}`, text: readFileSync(path, 'utf8') };
}

function collect(result: { entries: RawEntry[]; problems: Problem[] }, problems: Problem[]) {
  problems.push(...result.problems);
  return result.entries;
}

function checkEntry(key: CollectionKey, entry: RawEntry, problems: Problem[]): Entry<unknown>[] {
  const result = collectionSpecs[key].schema.safeParse(entry.data, { reportInput: true });
  if (result.success) return [{ ...entry, data: result.data }];
  for (const issue of result.error.issues) {
    const path = [...(entry.prefix ?? []), ...issue.path];
    // An unknown field has no path of its own in the issue; its line is the line of its key.
    const at =
      issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    problems.push({
      file: entry.file,
      line: entry.lineOf(at),
      path: formatFieldPath(path),
      message: describeIssue(issue, writerWords),
    });
  }
  return [];
}
