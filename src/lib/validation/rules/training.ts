import type { ContentSet } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { problemAt } from './helpers.ts';

/** Modules: prerequisites that never lead back to the module, and checks with one right answer each. */
export function checkTraining(content: ContentSet): Problem[] {
  return [...checkPrerequisites(content), ...content.training.flatMap(checkKnowledgeCheck)];
}

function checkKnowledgeCheck(module: ContentSet['training'][number]): Problem[] {
  return module.data.check.flatMap((question, index) => {
    const right = question.options.filter((option) => option.correct).length;
    if (right === 1) return [];
    return [
      problemAt(
        module,
        ['check', index, 'options'],
        right === 0
          ? 'no answer is marked right: add "correct: true" to the one right answer'
          : `${right} answers are marked right: a question has exactly one right answer`,
      ),
    ];
  });
}

function checkPrerequisites(content: ContentSet): Problem[] {
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
