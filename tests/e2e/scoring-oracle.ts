import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * An oracle for the scores the browser shows, written apart from the engine: it reads the
 * questions from content/ itself (not from the built bank.json), keeps every score as a
 * numerator and denominator, and rounds by long division. DESIGN.md: score = Σ(w × level) / Σ(w)
 * over answers with a level; shown rounded half up to one decimal; level = floor of the exact
 * score (not of the rounded one).
 */

export interface OracleQuestion {
  id: string;
  weight: number;
}

export interface OracleArea {
  slug: string;
  catalogId: string;
  title: string;
  questions: OracleQuestion[];
}

/** The areas in catalog order with their questions, straight from content/. */
export function contentAreas(): OracleArea[] {
  const root = 'content';
  return readdirSync(`${root}/areas`)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .map((name) => {
      const slug = name.replace(/\.md$/, '');
      const front = readFileSync(`${root}/areas/${name}`, 'utf8').split(/^---$/m)[1] ?? '';
      const area = parse(front) as { catalogId: string; title: string };
      const file = parse(readFileSync(`${root}/questions/${slug}.yaml`, 'utf8')) as {
        questions: { id: string; weight?: number }[];
      };
      return {
        slug,
        catalogId: area.catalogId,
        title: area.title,
        questions: file.questions.map((q) => ({ id: q.id, weight: q.weight ?? 1 })),
      };
    })
    .sort((a, b) => a.catalogId.localeCompare(b.catalogId));
}

/** An exact score: sum of weight × level over weight. */
export interface Exact {
  sum: number;
  weights: number;
}

/** The exact score of some answers (levels only count; na and unknown do not). */
export function exactScore(
  questions: readonly OracleQuestion[],
  answers: Readonly<Record<string, number | 'na' | 'unknown'>>,
): Exact | undefined {
  let sum = 0;
  let weights = 0;
  for (const q of questions) {
    const answer = answers[q.id];
    if (typeof answer !== 'number') continue;
    sum += q.weight * answer;
    weights += q.weight;
  }
  return weights === 0 ? undefined : { sum, weights };
}

/** One decimal, rounded half up, by long division: 79/20 → "4.0", 61/20 → "3.1", 83/21 → "4.0". */
export function shown({ sum, weights }: Exact): string {
  let whole = Math.floor(sum / weights);
  const rest = sum - whole * weights;
  let tenth = Math.floor((rest * 10) / weights);
  const afterTenth = rest * 10 - tenth * weights;
  // Half up: the digit after the tenths is 5 or more exactly when twice the remainder reaches
  // the divisor.
  if (afterTenth * 2 >= weights) tenth += 1;
  if (tenth === 10) {
    whole += 1;
    tenth = 0;
  }
  return `${whole}.${tenth}`;
}

/** The level reached: the whole number part of the exact score. */
export function levelOf({ sum, weights }: Exact): number {
  return Math.floor(sum / weights);
}

/**
 * Levels for every question of an area whose weighted sum is exactly `sum`: start everyone at
 * level 1 and raise questions one step at a time (largest weights first) until the sum is met.
 */
export function answersWithSum(
  questions: readonly OracleQuestion[],
  sum: number,
): Record<string, number> | undefined {
  const levels = new Map(questions.map((q) => [q.id, 1]));
  let current = questions.reduce((s, q) => s + q.weight, 0);
  const order = [...questions].sort((a, b) => b.weight - a.weight);
  while (current < sum) {
    const step = order.find((q) => levels.get(q.id)! < 5 && current + q.weight <= sum);
    if (!step) return undefined;
    levels.set(step.id, levels.get(step.id)! + 1);
    current += step.weight;
  }
  return current === sum ? Object.fromEntries(levels) : undefined;
}
