import { contentLocations, entryPath } from '../../../schemas/locations.ts';
import type { CollectionKey, ContentSet, Entry } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { problemAt } from './helpers.ts';

interface Reference {
  id: string;
  collection: string;
}

const missing: Record<string, (id: string) => string> = {
  areas: (id) => `there is no ${entryPath(contentLocations.areas, id)}`,
  roles: (id) => `there is no ${entryPath(contentLocations.roles, id)}`,
  training: (id) => `there is no ${entryPath(contentLocations.training, id)}`,
  processes: (id) => `content/processes.yaml has no entry with id "${id}"`,
  resources: (id) => `content/resources.yaml has no entry with id "${id}"`,
};

/** Every reference to another entry (role, area, process, module, resource) must name one that exists. */
export function checkReferences(
  content: ContentSet,
  invalid: ReadonlySet<string> = new Set(),
): Problem[] {
  const known = new Map(
    (Object.keys(content) as CollectionKey[]).map((key) => [
      key as string,
      new Set(content[key].map((e) => e.id)),
    ]),
  );
  const problems: Problem[] = [];
  for (const key of Object.keys(content) as CollectionKey[]) {
    for (const entry of content[key] as Entry<unknown>[]) {
      for (const { path, ref } of findReferences(entry.data, [])) {
        if (known.get(ref.collection)?.has(ref.id) || invalid.has(`${ref.collection}/${ref.id}`))
          continue;
        const why =
          missing[ref.collection]?.(ref.id) ?? `there is no such entry in ${ref.collection}`;
        problems.push(problemAt(entry, path, `"${ref.id}" does not exist: ${why}`));
      }
    }
  }
  return problems;
}

function* findReferences(
  value: unknown,
  path: PropertyKey[],
): Generator<{ path: PropertyKey[]; ref: Reference }> {
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
