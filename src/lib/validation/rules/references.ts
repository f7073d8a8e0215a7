import type { CollectionKey, ContentSet, Entry } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { problemAt } from './helpers.ts';

interface Reference {
  id: string;
  collection: string;
}

const where: Record<string, (id: string) => string> = {
  areas: (id) => `content/areas/${id}.mdx`,
  roles: (id) => `content/roles/${id}.md`,
  training: (id) => `content/training/${id}.mdx`,
  processes: (id) => `an entry with id "${id}" in content/processes.yaml`,
  resources: (id) => `an entry with id "${id}" in content/resources.yaml`,
};

/** Every reference to another entry (role, area, process, module, resource) must name one that exists. */
export function checkReferences(content: ContentSet, invalid: ReadonlySet<string> = new Set()): Problem[] {
  const known = new Map(
    (Object.keys(content) as CollectionKey[]).map((key) => [key as string, new Set(content[key].map((e) => e.id))]),
  );
  const problems: Problem[] = [];
  for (const key of Object.keys(content) as CollectionKey[]) {
    for (const entry of content[key] as Entry<unknown>[]) {
      for (const { path, ref } of findReferences(entry.data, [])) {
        if (known.get(ref.collection)?.has(ref.id) || invalid.has(`${ref.collection}/${ref.id}`)) continue;
        const expected = where[ref.collection]?.(ref.id) ?? ref.collection;
        problems.push(problemAt(entry, path, `"${ref.id}" does not exist: there is no ${expected}`));
      }
    }
  }
  return problems;
}

function* findReferences(value: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; ref: Reference }> {
  if (isReference(value)) {
    yield { path, ref: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* findReferences(item, [...path, index]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* findReferences(item, [...path, key]);
  }
}

function isReference(value: unknown): value is Reference {
  if (!value || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  return keys.length === 2 && 'id' in value && 'collection' in value;
}
