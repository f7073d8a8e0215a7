import type { ContentSet } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { problemAt } from './helpers.ts';

/** A module's prerequisites must not lead back to the module itself. */
export function checkTraining(content: ContentSet): Problem[] {
  const prerequisites = new Map(
    content.training.map((m) => [m.id, m.data.prerequisites.map((p) => p.id)]),
  );
  return content.training
    .filter((module) => reaches(prerequisites, module.id, module.id, new Set()))
    .map((module) =>
      problemAt(
        module,
        ['prerequisites'],
        'the prerequisites go round in a circle back to this module',
      ),
    );
}

function reaches(
  graph: Map<string, string[]>,
  from: string,
  target: string,
  seen: Set<string>,
): boolean {
  for (const next of graph.get(from) ?? []) {
    if (next === target) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    if (reaches(graph, next, target, seen)) return true;
  }
  return false;
}
