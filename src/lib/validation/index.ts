import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { checkAreas } from './rules/areas.ts';
import { checkGlossary } from './rules/glossary.ts';
import { checkMaturity } from './rules/maturity.ts';
import { checkQuestions } from './rules/questions.ts';
import { checkReferences } from './rules/references.ts';
import { checkTraining } from './rules/training.ts';
import { checkUpdates } from './rules/updates.ts';
import type { ContentSet } from './collections.ts';

type Rule = (content: ContentSet, invalid: ReadonlySet<string>, today: Date) => Problem[];

const rules: Rule[] = [
  checkReferences,
  (content, invalid, today) => checkAreas(content, today, invalid),
  checkQuestions,
  checkTraining,
  checkGlossary,
  checkMaturity,
  (content, _invalid, today) => checkUpdates(content, today),
];

/**
 * Checks everything under a content folder: each entry's schema, then every rule across entries.
 * `today` decides what counts as a date in the future (tests pass a fixed day).
 */
export function validateContent(root: string, label = 'content', today = new Date()): Problem[] {
  const { content, problems, invalid } = loadContent(root, label);
  return [...problems, ...rules.flatMap((rule) => rule(content, invalid, today))];
}
