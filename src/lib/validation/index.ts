import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { checkAreas } from './rules/areas.ts';
import { checkQuestions } from './rules/questions.ts';
import { checkReferences } from './rules/references.ts';
import { checkTraining } from './rules/training.ts';
import type { ContentSet } from './collections.ts';

const rules: ((content: ContentSet, invalid: ReadonlySet<string>) => Problem[])[] = [
  checkReferences,
  checkAreas,
  checkQuestions,
  checkTraining,
];

/** Checks everything under a content folder: each entry's schema, then every rule across entries. */
export function validateContent(root: string, label = 'content'): Problem[] {
  const { content, problems, invalid } = loadContent(root, label);
  return [...problems, ...rules.flatMap((rule) => rule(content, invalid))];
}
