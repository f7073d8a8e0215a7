import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildBank, type BankSource } from '../../src/lib/bank/build.ts';
import { bankSchema } from '../../src/schemas/bank.ts';
import { loadContent } from '../../src/lib/validation/load.ts';

type QuestionList = BankSource['questions'] extends ReadonlyMap<string, infer Q> ? Q : never;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sourceFromContent(): BankSource {
  const { content } = loadContent('content');
  const areas = [...content.areas].sort((a, b) => a.data.order - b.data.order);
  return {
    areas: areas.map((a) => ({
      slug: a.id,
      catalogId: a.data.catalogId,
      title: a.data.title,
      shortTitle: a.data.shortTitle,
    })),
    questions: new Map(content.questions.map((q) => [q.id, q.data.questions])),
    maturity: content.maturity[0]!.data,
    roles: content.roles.map((r) => ({ slug: r.id, title: r.data.title })),
  };
}

describe('question bank', () => {
  const source = sourceFromContent();
  const bank = buildBank(source, sha256);

  it('matches its published schema', () => {
    expect(bankSchema.safeParse(bank).success).toBe(true);
  });

  it('lists roles as slugs and, for every question, options in level order', () => {
    const questions = bank.areas.flatMap((area) => area.questions);
    expect(questions.length).toBeGreaterThan(100);
    for (const question of questions) {
      expect(question.roles.every((r) => /^[a-z-]+$/.test(r))).toBe(true);
      expect(question.options.map((o) => o.level)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('sorts options by level even when the content lists them in another order', () => {
    const shuffled = structuredClone(source);
    const [slug, questions] = [...shuffled.questions][0]!;
    (shuffled.questions as Map<string, typeof questions>).set(slug, [
      { ...questions[0]!, options: [...questions[0]!.options].reverse() },
      ...questions.slice(1),
    ]);
    const first = buildBank(shuffled, sha256).areas.find((a) => a.slug === slug)!.questions[0]!;
    expect(first.options.map((o) => o.level)).toEqual([1, 2, 3, 4, 5]);
  });

  /** The version of the content with the first question of the first area changed. */
  const withFirstQuestion = (change: (question: QuestionList[number]) => object) => {
    const changed = structuredClone(source);
    const questions = changed.questions as Map<string, QuestionList>;
    const [slug, list] = [...questions][0]!;
    const first = { ...list[0]!, ...change(list[0]!) };
    questions.set(slug, [first, ...list.slice(1)]);
    return buildBank(changed, sha256).version;
  };

  it('has a version that changes with what affects answers and scores', () => {
    expect(buildBank(source, sha256).version).toBe(bank.version);
    expect(withFirstQuestion((q) => ({ weight: q.weight === 3 ? 2 : 3 }))).not.toBe(bank.version);
    expect(withFirstQuestion((q) => ({ id: `${q.id}-renamed` }))).not.toBe(bank.version);
    const target = structuredClone(source);
    target.maturity = {
      ...target.maturity,
      defaultTarget: target.maturity.defaultTarget === 3 ? 4 : 3,
    };
    expect(buildBank(target, sha256).version).not.toBe(bank.version);
    // A question moved to another area changes which area it scores in.
    const moved = structuredClone(source);
    const questions = moved.questions as Map<string, QuestionList>;
    const [first, second] = [...questions.keys()];
    const [movedQuestion, ...rest] = questions.get(first!)!;
    questions.set(first!, rest);
    questions.set(second!, [movedQuestion!, ...questions.get(second!)!]);
    expect(buildBank(moved, sha256).version).not.toBe(bank.version);
  });

  it('keeps its version when only wording changes (prompt, help, labels, advice, evidence, roles)', () => {
    expect(
      withFirstQuestion((q) => ({
        title: `${q.title} (reworded)`,
        prompt: `${q.prompt} Reworded.`,
        help: `${q.help} Reworded.`,
        options: q.options.map((o) => ({
          ...o,
          label: `${o.label} Reworded.`,
          evidence: 'A new piece of evidence.',
        })),
        roles: [...q.roles].reverse(),
      })),
    ).toBe(bank.version);
  });
});
